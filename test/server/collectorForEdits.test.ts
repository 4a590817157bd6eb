// The running server's collector setting (src/server/collectorForEdits.ts), observed in child
// processes: V8's flags are per process, and the test worker's own must stay as they are.
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const execFileAsync = promisify(execFile)

interface Probe {
  fullCollections: number
  mostBufferMb: number
}

// 800 MB of Buffers made over the run, 32 MB of them alive at a time (or as `rounds` and `bufferMb` say).
const probe = async (mode: 'default' | 'tuned' | 'between-saves', rounds = 200, bufferMb = 4): Promise<Probe> => {
  const {stdout} = await execFileAsync(process.execPath, ['test/support/collectorProbe.ts', mode, String(rounds), String(bufferMb)])
  return JSON.parse(stdout) as Probe
}

describe('the collector of a process that keeps a site rebuilder', () => {
  it('is not made to run a full collection for every 64 MB of Buffers, yet collects between saves as they grow', async () => {
    // One after another: three at once on two cores, beside the rest of the suite, delayed the tuned
    // probe's marking enough for it to count 6 collections in CI.
    const untuned = await probe('default')
    const tuned = await probe('tuned')
    const betweenSaves = await probe('between-saves')
    // V8's default: one full collection per 64 MB of external memory grown since the last one.
    expect(untuned.fullCollections).toBeGreaterThanOrEqual(8)
    // Counted in V8's global limit instead, the same churn costs a few: the one tuneCollectorForEdits
    // runs, then (in a process this small, whose global limit starts low and is raised as the Buffers
    // grow) up to five more, the more the later marking finishes on a loaded machine (1 on a quiet
    // one, 6 seen in CI beside the rest of the suite)...
    expect(tuned.fullCollections).toBeLessThanOrEqual(6)
    expect(tuned.fullCollections * 1.5).toBeLessThan(untuned.fullCollections)
    // ...so Buffers pile up meanwhile; collectIfGrown, called between saves, collects them as they grow.
    expect(tuned.mostBufferMb).toBeGreaterThanOrEqual(96)
    expect(betweenSaves.fullCollections).toBeGreaterThanOrEqual(3)
  })

  // A small site (the bundled dataset keeps ~30 MB alive): an edit's garbage alone grows that by half,
  // and a full collection after every save made the next save slower.
  it('leaves a small process alone until it has grown by 64 MB, not by half', async () => {
    // 8 MB alive, 1 MB replaced per round, 40 MB made in all: well over half, under 64 MB.
    const small = await probe('between-saves', 40, 1)
    // None between the saves (the one tuneCollectorForEdits runs comes before the probe counts); 5 when half was enough.
    expect(small.fullCollections).toBe(0)
  })
})
