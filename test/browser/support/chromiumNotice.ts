// Vitest global setup: says once, at the start of the run, when the browser tests will be skipped;
// where the CI variable is set, as CI runners set it, a missing Chromium is an error, so CI never
// skips them (.ci/run installs Chromium before the tests, and stops if it cannot).
import {hasChromium, NO_CHROMIUM_MESSAGE} from './chromium.ts'

// CI=false and CI=0 mean "not CI", as the runners that set the variable read it.
const underCi = (value: string | undefined): boolean => value !== undefined && !/^(|0|false)$/i.test(value.trim())

export default function setup(): void {
  if (hasChromium) return
  if (underCi(process.env.CI)) throw new Error(`CI must run the browser tests, but there is ${NO_CHROMIUM_MESSAGE}`)
  console.warn(`\n⚠ Browser tests SKIPPED: ${NO_CHROMIUM_MESSAGE}\n`)
}
