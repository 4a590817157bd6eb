// A build that has to wait for another's write lock says so once, naming the folder, the holder's
// pid and since when, and whether that process still runs (a killed build's lock only goes stale).
// A build that loses its lock while stopped says so and exits.
import {execFile, spawn} from 'node:child_process'
import {access, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import lockfile from 'proper-lockfile'
import {describe, expect, it, vi} from 'vitest'
import {ERROR_CATALOG} from '../../src/errors/catalog.ts'
import {lockClinicWrites} from '../../src/publish/clinicWriteLock.ts'
import {removedAfterEach, tempDir} from '../support/bundledDataset.ts'
import {cleanEnv} from '../support/runSanad.ts'

const run = promisify(execFile)
const cleanup = removedAfterEach()
const CLINIC = 'nour-cairo'
const ISO = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z`
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const waitFor = async (condition: () => boolean, timeoutMs = 15_000) => {
  const until = Date.now() + timeoutMs
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
}

const newOut = async () => {
  const out = await tempDir('sanad-lock-')
  cleanup(out)
  return out
}

interface Holder {
  pid: number
  /** Lets a waiter in: the holder releases, or the operator removes a dead build's lock. */
  letIn(): Promise<void>
}

const heldHere = async (out: string): Promise<Holder> => ({pid: process.pid, letIn: await lockClinicWrites(out, CLINIC, () => {})})

/** The clinic's lock taken by a child process that is then SIGKILLed, as a crashed build leaves it. */
const heldByKilledBuild = async (out: string): Promise<Holder> => {
  const script = `import {lockClinicWrites} from './src/publish/clinicWriteLock.ts'; await lockClinicWrites(${JSON.stringify(out)}, '${CLINIC}'); console.log(process.pid); process.kill(process.pid, 'SIGKILL')`
  const child = run(process.execPath, ['--input-type=module', '-e', script])
  const pid = await new Promise<number>((resolve) => child.child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))))
  await expect(child).rejects.toMatchObject({signal: 'SIGKILL'})
  return {pid, letIn: () => rm(join(out, '.releases', `${CLINIC}.lock`), {recursive: true})}
}

describe('waiting for a clinic write lock', () => {
  it.each([
    ['held by a running build', heldHere, ''],
    ['left by a killed build', heldByKilledBuild, ', which is no longer running; the lock is taken over once it is 20 s old'],
  ])('%s: one line names the folder, pid and time', async (_name, hold, tail) => {
    const out = await newOut()
    const started = Date.now()
    const holder = await hold(out)
    const lines: string[] = []
    const waiting = lockClinicWrites(out, CLINIC, (line) => lines.push(line))
    await waitFor(() => lines.length > 0)
    await holder.letIn()
    await (await waiting)()
    const folder = join(out, '.releases', CLINIC)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^waiting for the write lock of ${escape(folder)}, held by pid ${holder.pid} since (${ISO})${escape(tail)}$`))
    const since = Date.parse(lines[0]!.match(new RegExp(ISO))![0])
    expect(since).toBeGreaterThanOrEqual(started - 1)
    expect(since).toBeLessThanOrEqual(Date.now())
  })

  it('a holder that runs as another user (EPERM to signal 0) is still running', async () => {
    const out = await newOut()
    const holder = await heldHere(out)
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('kill EPERM'), {code: 'EPERM'})
    })
    try {
      const lines: string[] = []
      const waiting = lockClinicWrites(out, CLINIC, (line) => lines.push(line))
      await waitFor(() => lines.length > 0)
      kill.mockRestore()
      await holder.letIn()
      await (await waiting)()
      expect(lines).toEqual([expect.stringMatching(new RegExp(`held by pid ${process.pid} since ${ISO}$`))])
    } finally {
      kill.mockRestore()
    }
  })

  it('a lock that fails for another reason than a holder stops at once, without a waiting line', async () => {
    const out = await newOut()
    const lock = vi.spyOn(lockfile, 'lock').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error, mkdir'), {code: 'EIO'}))
    try {
      const lines: string[] = []
      await expect(lockClinicWrites(out, CLINIC, (line) => lines.push(line))).rejects.toMatchObject({
        code: 'OUTPUT_UNWRITABLE',
        message: `Could not lock ${join(out, '.releases', CLINIC)} for writing: EIO: i/o error, mkdir`,
      })
      expect(lines).toEqual([])
    } finally {
      lock.mockRestore()
    }
  })

  it('a build that loses its lock (stopped past its staleness, another build took it) stops with WRITE_LOCK_LOST, exit 2', async () => {
    const out = await newOut()
    const folder = join(out, '.releases', CLINIC)
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    let exited: (code: unknown) => void = () => {}
    const exitCode = new Promise((resolve) => (exited = resolve))
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => void exited(code) as never)
    try {
      await lockClinicWrites(out, CLINIC, () => {})
      // What the other build does once the lock is stale: it removes it, then takes it.
      await rm(`${folder}.lock`, {recursive: true})
      await vi.advanceTimersByTimeAsync(10_000)
      expect(await exitCode).toBe(2)
      expect(stderr.mock.calls.map(([text]) => String(text))).toEqual([
        `sanad: WRITE_LOCK_LOST: Another build took over the write lock of ${folder} while this one was stopped for more than 20 s; clinic "${CLINIC}" was not published by this build.\n  what to do: ${ERROR_CATALOG.WRITE_LOCK_LOST.hint}\n`,
      ])
    } finally {
      exit.mockRestore()
      stderr.mockRestore()
      vi.useRealTimers()
    }
  })

  it('releasing the lock removes the record of who held it', async () => {
    const out = await newOut()
    const record = join(out, '.releases', `${CLINIC}.lock-holder.json`)
    const release = await lockClinicWrites(out, CLINIC, () => {})
    await expect(access(record)).resolves.toBeUndefined()
    await release()
    await expect(access(record)).rejects.toMatchObject({code: 'ENOENT'})
  })

  it('says nothing when the lock is free', async () => {
    const out = await newOut()
    const lines: string[] = []
    await (await lockClinicWrites(out, CLINIC, (line) => lines.push(line)))()
    await (await lockClinicWrites(out, CLINIC, (line) => lines.push(line)))()
    expect(lines).toEqual([])
  })

  it('`sanad build` prints the line on stderr, then builds once the lock is free', async () => {
    const out = await newOut()
    const release = await lockClinicWrites(out, CLINIC, () => {})
    const child = spawn(process.execPath, ['scripts/sanad.ts', 'build', '--clinic', CLINIC, '--out', out, '--now', '2026-11-21'], {env: cleanEnv})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.resume()
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    await waitFor(() => stderr.includes('waiting for'))
    await release()
    expect(await exited).toBe(0)
    const folder = join(out, '.releases', CLINIC)
    expect(stderr.split('\n').filter((line) => line.includes('waiting for'))).toEqual([
      expect.stringMatching(new RegExp(`^sanad: waiting for the write lock of ${escape(folder)}, held by pid ${process.pid} since ${ISO}$`)),
    ])
  })
})
