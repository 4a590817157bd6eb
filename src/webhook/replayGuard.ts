// Remembers the signatures of webhook deliveries already accepted, for as long as their timestamp
// would still pass, so a captured request cannot be replayed inside the tolerance window.
export interface ReplayGuard {
  /**
   * True the first time `key` is offered within its lifetime; false for a replay. Asynchronous so a
   * guard may keep its keys in a store shared by every instance of the receiver (blobsReplayGuard.ts);
   * it throws a SanadError when it cannot tell, and the delivery is then refused.
   */
  firstSeen(key: string, now: Date): Promise<boolean>
  /**
   * Takes back this guard's acceptance of `key`: called when the delivery it accepted failed (a build
   * hook, or reading the content), so Sanity's retry of it is not refused as a replay. A replay that
   * slips in meanwhile only sets off builds the failed delivery did not.
   */
  forget(key: string): Promise<void>
}

/** Keys held in this process only: enough for `sanad serve`, which is one long-running process. */
export const createReplayGuard = (lifetimeMs: number): ReplayGuard => {
  const expiries = new Map<string, number>()
  return {
    // No await before the map is read and written, so two deliveries cannot both pass.
    async firstSeen(key, now) {
      const time = now.getTime()
      for (const [seen, expiry] of expiries) if (expiry <= time) expiries.delete(seen)
      if (expiries.has(key)) return false
      expiries.set(key, time + lifetimeMs)
      return true
    },
    async forget(key) {
      expiries.delete(key)
    },
  }
}
