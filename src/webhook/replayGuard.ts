// Remembers the signatures of webhook deliveries already accepted, for as long as their timestamp
// would still pass, so a captured request cannot be replayed inside the tolerance window.
export interface ReplayGuard {
  /** True the first time `key` is offered within its lifetime; false for a replay. */
  firstSeen(key: string, now: Date): boolean
}

export const createReplayGuard = (lifetimeMs: number): ReplayGuard => {
  const expiries = new Map<string, number>()
  return {
    firstSeen(key, now) {
      const time = now.getTime()
      for (const [seen, expiry] of expiries) if (expiry <= time) expiries.delete(seen)
      if (expiries.has(key)) return false
      expiries.set(key, time + lifetimeMs)
      return true
    },
  }
}
