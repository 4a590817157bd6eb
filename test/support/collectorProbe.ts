// Run as a child process by test/server/collectorForEdits.test.ts, so the V8 flags it sets do not
// reach the test worker: churns Buffers the way a running server's byte caches do (a few MB replaced
// per save while the rest stays alive) and prints how many full collections V8 ran meanwhile and
// the most Buffer memory it held.
import {constants, PerformanceObserver, type PerformanceEntry} from 'node:perf_hooks'
import {collectIfGrown, tuneCollectorForEdits} from '../../src/server/collectorForEdits.ts'

// default: V8 as it comes; tuned: tuneCollectorForEdits only; between-saves: collectIfGrown too, after every round.
// The Buffers replaced per round are 4 MB, or `bufferMb`.
const [mode, rounds, bufferMb = '4'] = process.argv.slice(2)
if (mode !== 'default') tuneCollectorForEdits()
let fullCollections = 0
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as (PerformanceEntry & {detail?: {kind?: number}})[]) {
    if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections++
  }
})
observer.observe({entryTypes: ['gc']})
let mostBuffers = 0
// Eight Buffers alive at any time (32 MB), one replaced per round.
const alive: Buffer[] = []
for (let round = 0; round < Number(rounds); round++) {
  alive[round % 8] = Buffer.alloc(Number(bufferMb) * 1024 * 1024, round)
  mostBuffers = Math.max(mostBuffers, process.memoryUsage().arrayBuffers)
  await new Promise((resolve) => setTimeout(resolve, 1))
  if (mode === 'between-saves') collectIfGrown()
}
// gc entries are delivered asynchronously.
await new Promise((resolve) => setTimeout(resolve, 50))
observer.disconnect()
process.stdout.write(`${JSON.stringify({fullCollections, mostBufferMb: Math.round(mostBuffers / 2 ** 20)})}\n`)
