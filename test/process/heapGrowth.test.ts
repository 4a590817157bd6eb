// The heap growing factor every building process runs with, read back from V8's own trace
// (`--trace-gc-verbose` prints the factor it chose at each full collection).
import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {cleanEnv} from '../support/runSanad.ts'

const execFileAsync = promisify(execFile)
const HEAP_GROWTH = fileURLToPath(new URL('../../src/process/heapGrowth.ts', import.meta.url))

// Keeps ~20 MB alive and churns garbage until V8 runs full collections, then forces one more.
const churn = (limit: boolean) => `
  import {limitHeapGrowth} from ${JSON.stringify(HEAP_GROWTH)}
  ${limit ? 'limitHeapGrowth()' : ''}
  const keep = []
  for (let i = 0; i < 200000; i++) keep.push({text: 'سند'.repeat(8) + i})
  let junk
  for (let i = 0; i < 3e6; i++) junk = {i, list: [i]}
  globalThis.gc()
`

const factors = (trace: string): string[] => [...trace.matchAll(/\[HeapController\] factor (\d+(?:\.\d+)?)/g)].map((match) => match[1] ?? '')

const traceOf = async (nodeArgs: readonly string[], args: readonly string[]): Promise<string> => {
  try {
    return (await execFileAsync(process.execPath, ['--trace-gc-verbose', ...nodeArgs, ...args], {env: cleanEnv, maxBuffer: 64 * 1024 * 1024})).stdout
  } catch (error) {
    // `sanad check` exits 1 on the bundled dataset (it blocks articles by design); its trace is what counts.
    return (error as {stdout: string}).stdout
  }
}

describe('limitHeapGrowth', () => {
  it('pins the factor at 1.5 where V8 left to itself picks more', async () => {
    const free = factors(await traceOf(['--expose-gc', '--input-type=module', '-e', churn(false)], []))
    const pinned = factors(await traceOf(['--expose-gc', '--input-type=module', '-e', churn(true)], []))
    expect(free.length).toBeGreaterThan(0)
    expect(free.some((factor) => Number(factor) > 1.5)).toBe(true)
    expect(pinned.length).toBeGreaterThan(0)
    expect(new Set(pinned)).toEqual(new Set(['1.5']))
  })

  it('leaves a factor given on the command line alone', async () => {
    const given = factors(await traceOf(['--expose-gc', '--heap-growing-percent=80', '--input-type=module', '-e', churn(true)], []))
    expect(given.length).toBeGreaterThan(0)
    expect(new Set(given)).toEqual(new Set(['1.8']))
  })

  it('is what the sanad command runs with', async () => {
    const trace = await traceOf([], ['scripts/sanad.ts', 'check', '--now', '2026-11-21', '--format', 'json'])
    const seen = factors(trace)
    expect(seen.length).toBeGreaterThan(0)
    expect(new Set(seen)).toEqual(new Set(['1.5']))
  })
})
