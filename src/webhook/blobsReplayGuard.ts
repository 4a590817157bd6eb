// A replay guard whose memory is a Netlify Blobs store, shared by every instance of the webhook
// function: a delivery accepted by one instance is refused by a cold or parallel one.
import {createHash} from 'node:crypto'
import type {Store} from '@netlify/blobs'
import {z} from 'zod'
import {isSanadError, SanadError} from '../errors/catalog.ts'
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

/** The entry this call created for the delivery (or the next generation of an expired one's), if it did. */
const claimDelivery = async (store: Store, key: string, now: Date, lifetimeMs: number): Promise<string | undefined> => {
  const record = {expiresAt: now.getTime() + lifetimeMs}
  for (let generation = 0; generation < MAX_GENERATIONS; generation += 1) {
    const entryKey = `${deliveryKey(key)}/${generation}`
    const written = await store.setJSON(entryKey, record, {onlyIfNew: true})
    if (written.modified) {
      // The client reports any answer but 412 to a conditional write as a write, a refused token
      // (403) or a failing store (5xx) included; only a write the store made comes with an ETag.
      if (!written.etag) throw new Error(`the store did not confirm writing ${entryKey}`)
      return entryKey
    }
    const held = await store.get(entryKey, {type: 'json'})
    // Someone else's write that a read does not show yet is still someone else's.
    if (held === null) return undefined
    const parsed = deliveryRecord.safeParse(held)
    if (!parsed.success) throw new Error(`${entryKey} holds no delivery record`)
    if (parsed.data.expiresAt > now.getTime()) return undefined
  }
  return undefined
}

/** Runs `work` on a store whose requests, the client's retries included, give up at the deadline. */
const beforeDeadline = async <T>(options: BlobsReplayGuardOptions, work: (store: Store) => Promise<T>): Promise<T> => {
  const timeoutMs = options.timeoutMs ?? REPLAY_STORE_TIMEOUT_MS
  const deadline = AbortSignal.timeout(timeoutMs)
  // The client passes no signal of its own; once the deadline passes, its retries fail at once.
  const fetchBeforeDeadline: typeof globalThis.fetch = (input, init) => fetch(input, {...init, signal: deadline})
  const store = options.openStore(fetchBeforeDeadline)
  const timedOut = new Promise<never>((_resolve, reject) => {
    deadline.addEventListener('abort', () => reject(new Error(`no answer within ${timeoutMs} ms`)), {once: true})
  })
  return Promise.race([work(store), timedOut])
}

export const createBlobsReplayGuard = (options: BlobsReplayGuardOptions): ReplayGuard => {
  // The entries this instance created, by delivery: only the instance that accepted a delivery
  // handles it to the end, so only it can take the acceptance back.
  const claimed = new Map<string, string>()
  return {
    async firstSeen(key, now) {
      try {
        const entryKey = await beforeDeadline(options, (store) => claimDelivery(store, key, now, options.lifetimeMs))
        if (entryKey === undefined) return false
        claimed.set(key, entryKey)
        return true
      } catch (error) {
        // Not configured at all (openNetlifyDeliveryStore) is the operator's to fix, not passing trouble.
        if (isSanadError(error)) throw error
        const reason = error instanceof Error ? error.message : String(error)
        throw new SanadError('REPLAY_STORE_UNAVAILABLE', `Netlify Blobs could not tell whether this delivery was accepted before (${reason}), so it was refused.`, {cause: error})
      }
    },
    async forget(key) {
      const entryKey = claimed.get(key)
      if (entryKey === undefined) return
      claimed.delete(key)
      try {
        await beforeDeadline(options, (store) => store.delete(entryKey))
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(`Netlify Blobs could not forget the failed delivery (${reason}), so Sanity's retry of it will be refused as a replay: publish the document again to trigger its clinics' builds.`, {cause: error})
      }
    },
  }
}
