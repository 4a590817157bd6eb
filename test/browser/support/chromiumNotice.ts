// Vitest global setup: says once, at the start of the run, when the browser tests will be skipped.
import {hasChromium, NO_CHROMIUM_MESSAGE} from './chromium.ts'

export default function setup(): void {
  if (!hasChromium) console.warn(`\n⚠ ${NO_CHROMIUM_MESSAGE}\n`)
}
