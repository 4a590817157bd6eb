// A replay guard whose memory is a Netlify Blobs store, shared by every instance of the webhook
// function: a delivery accepted by one instance is refused by a cold or parallel one.
import {createHash} from 'node:crypto'
import type {Store} from '@netlify/blobs'
import {z} from 'zod'
import {SanadError} from '../errors/catalog.ts'
import type {ReplayGuard} from './replayGuard.ts'

/**
 * How long the store may take over one delivery. The client retries a failed request five times, 5 s
 * apart, past Netlify's 10-second limit for the whole function; cut off here, the function still
 * answers 503 and says why in its log rather than being stopped mid-way.
 */
export const REPLAY_STORE_TIMEOUT_MS = 3_000

/**
 * An expired entry is not overwritten but followed by the next generation's key, created the same
 * conditional way, so taking over an expired key is as exactly-once as the first write. A generation
 * is only used up by the same signature offered after its lifetime, which the timestamp check refuses
 * long before: the bound is a guard against a loop, not a limit anyone reaches.
 */
const MAX_GENERATIONS = 8

const deliveryRecord = z.object({expiresAt: z.number()})

export interface BlobsReplayGuardOptions {
  /**
   * Opens the store with the fetch the guard gives it (one that gives up at the guard's deadline).
   * Called for each delivery: Netlify sets the Blobs context for each invocation.
   */
  openStore: (fetch: typeof globalThis.fetch) => Store
  lifetimeMs: number
  timeoutMs?: number
}

/**
 * The store's key for a delivery: a hash of the whole signature header, so a fixed length and no
 * character the store reads as a path, whatever the header holds. The header carries the signed
 * timestamp, so an old entry can only ever match a delivery the timestamp check already refuses.
 */
const deliveryKey = (key: string): string => createHash('sha256').update(key).digest('hex')

/** True if this call created the delivery's record (or the next generation of an expired one). */
const claimDelivery = async (store: Store, key: string, now: Date, lifetimeMs: number): Promise<boolean> => {
  const record = {expiresAt: now.getTime() + lifetimeMs}
  for (let generation = 0; generation < MAX_GENERATIONS; generation += 1) {
    const entryKey = `${deliveryKey(key)}/${generation}`
    const written = await store.setJSON(entryKey, record, {onlyIfNew: true})
    if (written.modified) {
      // The client reports any answer but 412 to a conditional write as a write, a refused token
      // (403) or a failing store (5xx) included; only a write the store made comes with an ETag.
      if (!written.etag) throw new Error(`the store did not confirm writing ${entryKey}`)
      return true
    }
    const held = await store.get(entryKey, {type: 'json'})
    // Someone else's write that a read does not show yet is still someone else's.
    if (held === null) return false
    const parsed = deliveryRecord.safeParse(held)
    if (!parsed.success) throw new Error(`${entryKey} holds no delivery record`)
    if (parsed.data.expiresAt > now.getTime()) return false
  }
  return false
}

export const createBlobsReplayGuard = (options: BlobsReplayGuardOptions): ReplayGuard => ({
  async firstSeen(key, now) {
    const timeoutMs = options.timeoutMs ?? REPLAY_STORE_TIMEOUT_MS
    const deadline = AbortSignal.timeout(timeoutMs)
    // The client passes no signal of its own; once the deadline passes, its retries fail at once.
    const fetchBeforeDeadline: typeof globalThis.fetch = (input, init) => fetch(input, {...init, signal: deadline})
    const store = options.openStore(fetchBeforeDeadline)
    const timedOut = new Promise<never>((_resolve, reject) => {
      deadline.addEventListener('abort', () => reject(new Error(`no answer within ${timeoutMs} ms`)), {once: true})
    })
    try {
      return await Promise.race([claimDelivery(store, key, now, options.lifetimeMs), timedOut])
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new SanadError('REPLAY_STORE_UNAVAILABLE', `Netlify Blobs could not tell whether this delivery was accepted before (${reason}), so it was refused.`, {cause: error})
    }
  },
})
