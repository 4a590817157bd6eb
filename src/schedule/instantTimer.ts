// The timer `sanad serve` and `sanad schedule` wait on for an instant (a country's midnight, an
// article's publishAt or unpublishAt, a run the clocks skipped); tests inject their own and fire it.

/** Calls `fire` after `ms`; returns what cancels it. */
export type SetTimer = (ms: number, fire: () => void) => () => void

export const nodeTimer: SetTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms)
  return () => clearTimeout(timer)
}

// Node's timers fire at once past 24.8 days, so an instant weeks away is waited for a day at a time;
// whoever fires checks the clock and waits again if it is early.
const LONGEST_WAIT_MS = 24 * 3_600_000

/** How long to wait for the instant `at` (ms since the epoch) from `now`: not below zero, at most a day. */
export const waitUntil = (at: number, now: Date): number => Math.min(LONGEST_WAIT_MS, Math.max(0, at - now.getTime()))
