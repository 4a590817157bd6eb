// The running server's collector setting (src/server/collectorForEdits.ts), observed in child
// processes: V8's flags are per process, and the test worker's own must stay as they are.
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const execFileAsync = promisify(execFile)

const fullCollections = async (mode: 'default' | 'tuned'): Promise<number> => {
  // 480 MB of Buffers made over the run, 32 MB of them alive at a time.
  const {stdout} = await execFileAsync(process.execPath, ['test/support/collectorProbe.ts', mode, '120'])
  return (JSON.parse(stdout) as {fullCollections: number}).fullCollections
}

describe('tuneCollectorForEdits', () => {
  it('stops Buffer churn from starting a full collection every 64 MB', async () => {
    const [untuned, tuned] = await Promise.all([fullCollections('default'), fullCollections('tuned')])
    // V8's default: one full collection per 64 MB of external memory grown since the last one.
    expect(untuned).toBeGreaterThanOrEqual(5)
    // Counted in V8's global limit instead, the same churn costs one at most, or two.
    expect(tuned).toBeLessThanOrEqual(2)
  })
})
