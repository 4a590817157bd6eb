// Sets up V8's garbage collector for a process that keeps a site rebuilder: one that rebuilds on
// every save and is judged by how soon each save is live.
//
// Such a process keeps ~190 MB of byte caches at 4,000 articles (per-entry bytes of the site-wide
// lists, feed content, search shards: Node Buffers, which V8 counts as external memory), and every
// save replaces a few MB of them. By default V8 starts a full collection whenever external memory has
// grown 64 MB since the last one, whatever the heap's own limit: there that was every fourth save, and
// that save took 150–250 ms longer (marking a ~320 MB heap on two cores). Counting external memory
// in V8's global limit instead collects when heap and Buffers together need it: measured at 4,000
// articles, no full collection in 24 saves, mean save time 211 → 147 ms and CPU 267 → 163 ms.
//
// That limit is far away (heap and Buffers grew from 0.5 to 1 GB over 70 saves without reaching it),
// so the process collects on its own terms instead: between rebuilds, once heap and Buffers have
// grown by half since the last full collection, and by 64 MB at least (every ~25 saves at 4,000
// articles), and once right away, for the initial build's garbage.
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** Heap and Buffers in use may grow by this factor over what the last full collection left... */
const GROWTH_BEFORE_COLLECTING = 1.5
/**
 * ...and by this much at least. A small site keeps ~30 MB alive, and an edit's garbage alone grew
 * that by half: a full collection after every save, which made the next one slower (the bundled
 * dataset's webhook → page median 121–126 ms → 139–152 ms once the phrasebooks stopped keeping 90 MB
 * alive beside it). At 4,000 articles half is ~200 MB, so this changes nothing there.
 */
const LEAST_GROWTH_BEFORE_COLLECTING = 64 * 2 ** 20

let collect: (() => void) | undefined
let afterLastCollection = 0

const inUse = (): number => {
  const {heapUsed, arrayBuffers} = process.memoryUsage()
  return heapUsed + arrayBuffers
}

const collectNow = (gc: () => void): void => {
  gc()
  afterLastCollection = inUse()
}

/** Once per process, before the first rebuild; later calls do nothing. */
export const tuneCollectorForEdits = (): void => {
  if (collect) return
  setFlagsFromString('--external-memory-accounted-in-global-limit')
  // `gc` is only handed to contexts made after --expose-gc is set; this process's own global
  // stays as it was.
  setFlagsFromString('--expose-gc')
  collect = runInNewContext('gc') as () => void
  collectNow(collect)
}

/**
 * Call with nothing left to rebuild: a full collection if heap and Buffers have grown by half since
 * the last one, and by 64 MB at least. It blocks for as long as it takes (~0.4 s at 4,000 articles), which is why it runs
 * between rebuilds and not inside one.
 */
export const collectIfGrown = (): boolean => {
  if (!collect || inUse() <= Math.max(afterLastCollection * GROWTH_BEFORE_COLLECTING, afterLastCollection + LEAST_GROWTH_BEFORE_COLLECTING)) return false
  collectNow(collect)
  return true
}
