// `sanad schedule` as an operator runs it: an invalid cron expression is refused before anything
// runs, and SIGTERM lets the running job finish, saves the state and exits 0.
import {spawn} from 'node:child_process'
import {execFile} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
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

  it('--check accepts a job turned off without its cron, which keeps its default, as every field does', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({jobs: {reviewSweep: {enabled: false}, syncAndRebuild: {cron: '*/10 * * * *'}}}))
    const {stdout} = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--check'], {env: cleanEnv})
    expect(JSON.parse(stdout).jobs).toEqual({
      syncAndRebuild: {cron: '*/10 * * * *', enabled: true},
      scheduledPublishing: {cron: '* * * * *', enabled: true},
      reviewSweep: {cron: '30 2 * * *', enabled: false},
    })
  })

  it('--check warns of a fixed-hour job the clocks skip over, and still accepts the file', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({timezone: 'Africa/Cairo', jobs: {reviewSweep: {cron: '30 0 * * *'}}}))
    const {stdout, stderr} = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--check'], {env: cleanEnv})
    expect(JSON.parse(stdout).jobs.reviewSweep.cron).toBe('30 0 * * *')
    expect(stderr).toMatch(/^sanad: warning: jobs\.reviewSweep\.cron: "30 0 \* \* \*" names \d{4}-04-\d\d 00:30 in Africa\/Cairo, which the clocks skip \(00:00 to 01:00 local\): node-cron would not run reviewSweep that night, so the scheduler runs it once at 01:00 local instead\./)
  })

  it('refuses a --config file that is not there with exit code 2, and a hint about the path, not cron expressions', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    const failure = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'sanad.schedule.json'), '--check'], {env: cleanEnv}).catch((error) => error)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain(`SCHEDULE_CONFIG_INVALID: Cannot read the schedule file ${join(dir, 'sanad.schedule.json')}: ENOENT`)
    expect(failure.stderr).toContain('\n  what to do: Check the path given to --config (a JSON file; see "Scheduler" in README.md), or leave --config out to run the built-in schedule.')
  })

  // The state file's own hint, not the schedule file's ("Fix the schedule file named above; … cron …").
  const DAMAGED_STATE = '  what to do: The state file only remembers what the scheduler last ran and built; nothing in it needs keeping. Move it aside (or delete it)'
  const UNREADABLE_STATE = '  what to do: Make the state file readable by the scheduler (a file, not a folder), or set "stateFile" in the schedule file to another path'
  it.each([
    {name: 'a state file cut short', state: '{"version":1,"jobs":{', says: /SCHEDULE_CONFIG_INVALID: The scheduler state .*state\.json is not valid JSON \(.*\); move it away to start afresh\./, hint: DAMAGED_STATE},
    {name: 'an empty state file', state: '', says: /SCHEDULE_CONFIG_INVALID: The scheduler state .*state\.json is not valid JSON/, hint: DAMAGED_STATE},
    {name: 'a state file of another shape', state: '{"version":2}', says: /SCHEDULE_CONFIG_INVALID: The scheduler state .*state\.json is not valid; move it away to start afresh\./, hint: DAMAGED_STATE},
    {name: 'a folder where the state file should be', state: undefined, says: /SCHEDULE_CONFIG_INVALID: Cannot read the scheduler state .*state\.json: EISDIR/, hint: UNREADABLE_STATE},
  ])('refuses $name with exit code 2, naming the file, before building, with a hint for the state file', async ({state, says, hint}) => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    if (state === undefined) await mkdir(join(dir, 'state.json'))
    else await writeFile(join(dir, 'state.json'), state)
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({stateFile: join(dir, 'state.json')}))
    const failure = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--out', join(dir, 'dist')], {env: cleanEnv}).catch((error) => error)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(says)
    expect(failure.stderr).toContain(`\n${hint}`)
    expect(failure.stderr).not.toContain('Fix the schedule file')
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

  // Before, it ran and logged the same failure every five minutes, without a code or what to do.
  it.each([
    {name: 'no dataset at --dataset', args: (dir: string) => ['--dataset', join(dir, 'no-such-export')], env: {}, says: 'DATASET_NOT_FOUND', hint: '  what to do: Pass --dataset with a data.ndjson file'},
    {name: 'a Sanity project without SANITY_DATASET', args: () => [], env: {SANITY_PROJECT_ID: 'abc123'}, says: 'SANITY_DATASET', hint: '  what to do: Fix the environment variable named above'},
  ])('refuses a content source it cannot open ($name) with exit code 2 and what to do, before building', async ({args, env, says, hint}) => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    await writeFile(join(dir, 'schedule.json'), JSON.stringify({stateFile: join(dir, 'state.json')}))
    const failure = await run(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--out', join(dir, 'dist'), ...args(dir)], {env: {...cleanEnv, ...env}, timeout: 60_000}).catch((error) => error)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain(says)
    expect(failure.stderr).toContain(`\n${hint}`)
    expect(failure.stderr).not.toContain('scheduler running')
    await expect(readFile(join(dir, 'state.json'))).rejects.toThrow()
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

  it('builds into a new --out folder on its catch-up run, though the content is unchanged since the build into the last one', async () => {
    const dir = await tempDir('sanad-schedule-')
    cleanup(dir)
    const config = {stateFile: join(dir, 'state.json'), digestDir: join(dir, 'digests'), jobs: {reviewSweep: {cron: '30 2 * * *', enabled: false}}}
    await writeFile(join(dir, 'schedule.json'), JSON.stringify(config))
    /** Runs `sanad schedule --out` until its sync job has logged, then stops it; the log. */
    const syncInto = async (out: string): Promise<string> => {
      const child = spawn(process.execPath, ['scripts/sanad.ts', 'schedule', '--config', join(dir, 'schedule.json'), '--out', out], {env: cleanEnv})
      let stderr = ''
      const synced = new Promise<void>((resolve) =>
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString()
          if (stderr.includes('syncAndRebuild (')) resolve()
        }),
      )
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
      await synced
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      return stderr
    }
    await syncInto(join(dir, 'a'))
    // Stopped past the sync's next slot: the restart catches it up.
    const state = JSON.parse(await readFile(config.stateFile, 'utf8'))
    state.jobs.syncAndRebuild.nextDueAt = '2026-01-01T00:00:00.000Z'
    await writeFile(config.stateFile, JSON.stringify(state))
    const log = await syncInto(join(dir, 'b'))
    expect(log).toContain(`syncAndRebuild: catch-up run`)
    expect(log).toContain(`content unchanged, but the last build wrote ${join(dir, 'a')}, not ${join(dir, 'b')}; rebuilt lulu-dubai`)
    expect(await readFile(join(dir, 'b', 'nour-cairo', 'index.html'), 'utf8')).toContain('<html')
  }, 60_000)
})
