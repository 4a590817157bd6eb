// `sanad schedule` as an operator runs it: an invalid cron expression is refused before anything
// runs, and SIGTERM lets the running job finish, saves the state and exits 0.
import {spawn} from 'node:child_process'
import {execFile} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {tempDir, removedAfterEach} from '../support/bundledDataset.ts'

const run = promisify(execFile)
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_')))
const cleanup = removedAfterEach()

describe('sanad schedule', () => {
  it('refuses an invalid cron expression with exit code 2 and names the job', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({jobs: {reviewSweep: {cron: '30 25 * * *'}}}))
    const failure = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--check'], {env: cleanEnv}).catch((error) => error)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain('SCHEDULE_CONFIG_INVALID')
    expect(failure.stderr).toContain('jobs.reviewSweep.cron: "30 25 * * *" is not a valid cron expression')
  })

  it.each([
    {name: 'a state file cut short', state: '{"version":1,"jobs":{', says: /SCHEDULE_CONFIG_INVALID: The scheduler state .*state\.json is not valid JSON \(.*\); move it away to start afresh\./},
    {name: 'an empty state file', state: '', says: /SCHEDULE_CONFIG_INVALID: The scheduler state .*state\.json is not valid JSON/},
  ])('refuses $name with exit code 2, naming the file, before building', async ({state, says}) => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    await writeFile(join(dir, 'state.json'), state)
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({stateFile: join(dir, 'state.json')}))
    const failure = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--out', join(dir, 'dist')], {env: cleanEnv}).catch((error) => error)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(says)
    expect(failure.stderr).not.toContain('a bug in Sanad')
  })

  it('refuses a state file it cannot write with exit code 2, before building anything', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    // Nothing there to read (a first start), and nothing can be made there.
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({stateFile: '/proc/sanad-no-such-folder/state.json'}))
    const failure = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--out', join(dir, 'dist')], {env: cleanEnv}).catch((error) => error)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain('SCHEDULE_STATE_UNWRITABLE: Cannot write the scheduler state')
    expect(failure.stderr).not.toContain('a bug in Sanad')
    await expect(readFile(join(dir, 'dist', 'nour-cairo', 'index.html'))).rejects.toThrow()
  })

  it('builds on first start, then stops cleanly on SIGTERM with its state saved', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    const config = {stateFile: join(dir, 'state.json'), digestDir: join(dir, 'digests'), jobs: {reviewSweep: {cron: '30 2 * * *', enabled: false}}}
    await writeFile(join(dir, 'schedule.json'), JSON.stringify(config))
    const child = spawn(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--out', join(dir, 'dist')], {env: cleanEnv})
    let stderr = ''
    const firstBuild = new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.includes('syncAndRebuild (')) resolve()
      }),
    )
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    await firstBuild
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stderr).toContain('SIGTERM: finishing the running job, then exiting')
    const state = JSON.parse(await readFile(config.stateFile, 'utf8'))
    expect(state.jobs.syncAndRebuild.lastOutcome).toMatch(/^content changed; rebuilt/)
    expect(state.content.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(state.jobs.reviewSweep).toBeUndefined()
  }, 60_000)
})
