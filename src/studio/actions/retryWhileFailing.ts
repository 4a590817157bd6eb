// Asks a Studio lookup again while it fails, for as long as whoever asked still wants the answer (a
// pane stays open), so a passing failure (a moment offline, a server hiccup) clears by itself: after
// 5 s, then twice as long each time, never more than a minute apart, so a lasting one (an ended
// session) costs one request a minute. Each failure and the answer are passed on as they come.
export const LOOKUP_RETRY_FIRST_MS = 5_000
export const LOOKUP_RETRY_LONGEST_MS = 60_000

/** How long to wait before asking again after the `failures`th failure in a row (1, 2, …). */
export const lookupRetryDelay = (failures: number): number => Math.min(LOOKUP_RETRY_FIRST_MS * 2 ** (failures - 1), LOOKUP_RETRY_LONGEST_MS)

export interface LookupOutcome<T> {
  answered: (value: T) => void
  failed: (error: unknown) => void
}

/** Starts `lookUp`; returns the stop for an effect's cleanup, after which nothing is passed on or asked. */
export const retryWhileFailing = <T>(lookUp: () => Promise<T>, {answered, failed}: LookupOutcome<T>): (() => void) => {
  let live = true
  let retry: ReturnType<typeof setTimeout> | undefined
  const ask = (failures: number): void => {
    lookUp().then(
      (value) => live && answered(value),
      (error: unknown) => {
        if (!live) return
        failed(error)
        retry = setTimeout(() => ask(failures + 1), lookupRetryDelay(failures + 1))
      },
    )
  }
  ask(0)
  return () => {
    live = false
    clearTimeout(retry)
  }
}
