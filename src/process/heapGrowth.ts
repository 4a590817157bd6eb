// Pins how far V8 lets the old generation grow past what the last full collection kept alive.
//
// By default V8 picks that factor from its own timings: when collections look cheap next to the
// program's allocation rate (they do during a build: ~0.6 % of the time), it allows up to 4× the live
// heap before the next full collection. A 4,000-article build keeps ~235 MB alive, so its heap then
// climbs to ~940 MB of mostly garbage, and whether it does depended on timings from one run or commit
// to the next: peak RSS read 656–733 MB and 1,160–1,313 MB for the same build (docs/performance.md,
// twenty-fourth and twenty-fifth sessions). With the factor pinned at 1.5× the same build peaks at
// 643–674 MB with no measurable change in its CPU time; lower factors cost more CPU (1.3×: +25 %)
// for no lower peak.
import {setFlagsFromString} from 'node:v8'

export const HEAP_GROWING_PERCENT = 50

/**
 * Call once at the start of a process that builds sites. The flag is read at every full collection,
 * so setting it after start-up takes effect (checked with `--trace-gc`); an explicit
 * `--heap-growing-percent` on the command line is left alone.
 */
export const limitHeapGrowth = (execArgv: readonly string[] = process.execArgv): void => {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
