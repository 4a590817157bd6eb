// Run as a child process by test/server/collectorForEdits.test.ts, so the V8 flags it sets do not
// reach the test worker: churns Buffers the way a running server's byte caches do (a few MB replaced
// per save while the rest stays alive) and prints how many full collections V8 ran meanwhile.
import {constants, PerformanceObserver} from 'node:perf_hooks'
import {tuneCollectorForEdits} from '../../src/server/collectorForEdits.ts'

const [mode, rounds] = process.argv.slice(2)
if (mode === 'tuned') tuneCollectorForEdits()
let fullCollections = 0
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if ((entry.detail as {kind?: number} | undefined)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections++
})
observer.observe({entryTypes: ['gc']})
// 32 MB alive at any time, 4 MB replaced per round.
const alive: Buffer[] = []
for (let round = 0; round < Number(rounds); round++) {
  alive[round % 8] = Buffer.alloc(4 * 1024 * 1024, round)
  await new Promise((resolve) => setTimeout(resolve, 1))
}
// gc entries are delivered asynchronously.
await new Promise((resolve) => setTimeout(resolve, 50))
observer.disconnect()
process.stdout.write(`${JSON.stringify({fullCollections})}\n`)
