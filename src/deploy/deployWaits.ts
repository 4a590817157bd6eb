// The time one deploy spends waiting on Netlify: polling a deploy it is preparing or processing, and
// the pauses its rate limit (429) asks for. Both come out of one wait (DEPLOY_WAIT_MS), so a deploy
// rate-limited again and again gives up like one that never goes live, instead of waiting forever.

/** Netlify's rate limit resets each minute; a longer wait is waited a minute at a time. */
export const MAX_RATE_LIMIT_PAUSE_MS = 60_000

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

export class DeployWaits {
  #leftMs: number
  #pollingUntil: number | undefined
  #pausedUntil = 0
  readonly #sleep: Sleep

  constructor(totalMs: number, sleep: Sleep) {
    this.#leftMs = totalMs
    this.#sleep = sleep
  }

  /** Starts polling: the returned deadline is what is left of the wait; `endPolling` takes the time spent from it. */
  startPolling(): number {
    this.#pollingUntil = Date.now() + this.#leftMs
    return this.#pollingUntil
  }

  endPolling(): void {
    if (this.#pollingUntil !== undefined) this.#leftMs = Math.max(0, this.#pollingUntil - Date.now())
    this.#pollingUntil = undefined
  }

  /**
   * Netlify asked for a pause of `askedMs` (at most a minute is taken at a time): every call waits
   * it out, as the limit is the deploy's, not one file's. False, without waiting, when it would
   * outlast what is left of the deploy's wait.
   */
  async rateLimited(askedMs: number, signal?: AbortSignal): Promise<boolean> {
    const now = Date.now()
    const until = Math.max(this.#pausedUntil, now + Math.min(askedMs, MAX_RATE_LIMIT_PAUSE_MS))
    if (this.#pollingUntil !== undefined) {
      // The polling deadline already counts this time.
      if (until > this.#pollingUntil) return false
    } else {
      // Concurrent uploads share one pause: only its lengthening is spent.
      const lengthening = until - Math.max(this.#pausedUntil, now)
      if (lengthening > this.#leftMs) return false
      this.#leftMs -= lengthening
    }
    this.#pausedUntil = until
    await this.pauseOver(signal)
    return true
  }

  /** Resolves once a rate limit's pause is over (at once when there is none), or `signal` aborts. */
  async pauseOver(signal?: AbortSignal): Promise<void> {
    // Again while another call lengthened the pause meanwhile; once per length, whatever the sleep did.
    let slept: number | undefined
    while (!signal?.aborted && this.#pausedUntil !== slept && Date.now() < this.#pausedUntil) {
      slept = this.#pausedUntil
      await this.#sleep(slept - Date.now(), signal)
    }
  }

  /** What is left of the wait, in milliseconds. */
  get leftMs(): number {
    return this.#pollingUntil !== undefined ? Math.max(0, this.#pollingUntil - Date.now()) : this.#leftMs
  }
}
