// The timer `sanad serve` waits on for the instants it rebuilds at (a country's midnight, an
// article's publishAt or unpublishAt); tests inject their own and fire it themselves.

/** Calls `fire` after `ms`; returns what cancels it. */
export type SetTimer = (ms: number, fire: () => void) => () => void

export const nodeTimer: SetTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms)
  return () => clearTimeout(timer)
}
