// fileStateStore: the scheduler's state file. On start the scheduler saves while the start-up job
// saves its own run; both writes must land, in the order asked, with no temporary file left behind.
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {emptyScheduleState, fileStateStore, type ScheduleState} from '../../src/schedule/scheduleState.ts'
import {tempDir} from '../support/bundledDataset.ts'

const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

const stateWith = (job: string, at: string): ScheduleState => ({...emptyScheduleState(), jobs: {[job]: {lastRunFor: at, lastOutcome: 'ok'}}})

describe('fileStateStore', () => {
  it('writes asked for at once all succeed, one after another, and the last asked for is what the file holds', async () => {
    const folder = await tempDir('sanad-state-')
    folders.push(folder)
    const path = join(folder, 'state', 'schedule-state.json')
    const store = fileStateStore(path)
    const states = Array.from({length: 8}, (_, index) => stateWith(`job-${index}`, `2026-11-21T0${index}:00:00.000Z`))
    await Promise.all(states.map((state) => store.write(state)))
    expect(await store.read()).toEqual(states.at(-1))
    expect(await readdir(join(folder, 'state'))).toEqual(['schedule-state.json'])
  })

  it('writes the state as it was when asked, not as the caller changed it after', async () => {
    const folder = await tempDir('sanad-state-')
    folders.push(folder)
    const store = fileStateStore(join(folder, 'schedule-state.json'))
    const state = stateWith('sync', '2026-11-21T02:30:00.000Z')
    const first = store.write(state)
    const second = store.write(stateWith('digest', '2026-11-21T03:00:00.000Z'))
    state.jobs.sync!.lastOutcome = 'changed after the write was asked for'
    await first
    await second
    expect(await store.read()).toEqual(stateWith('digest', '2026-11-21T03:00:00.000Z'))
  })

  it('a failed write is its caller\'s error, and the next write still runs', async () => {
    const folder = await tempDir('sanad-state-')
    folders.push(folder)
    // A file where the state's folder should be: the first write cannot make the folder.
    await writeFile(join(folder, 'state'), 'not a folder')
    const store = fileStateStore(join(folder, 'state', 'schedule-state.json'))
    const failed = store.write(stateWith('sync', '2026-11-21T02:30:00.000Z'))
    await expect(failed).rejects.toMatchObject({code: 'SCHEDULE_STATE_UNWRITABLE'})
    await rm(join(folder, 'state'))
    await mkdir(join(folder, 'state'))
    await store.write(stateWith('digest', '2026-11-21T03:00:00.000Z'))
    expect(JSON.parse(await readFile(join(folder, 'state', 'schedule-state.json'), 'utf8'))).toEqual(stateWith('digest', '2026-11-21T03:00:00.000Z'))
  })
})
