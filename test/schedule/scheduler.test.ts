// The scheduler under fake timers: each job fires at its cron slots, never overlaps itself, shares
// one build lock with the other jobs, and its persisted state makes a restart catch up a missed
// slot exactly once and never repeat a completed one; in a DST zone, every-minute jobs run through
// the repeated hour and a run in the skipped hour is warned of and run at the first minute after it;
// slots missed while the machine slept are caught up once.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {parseScheduleConfig, type JobName} from '../../src/schedule/scheduleConfig.ts'
import {memoryStateStore} from '../../src/schedule/scheduleState.ts'
import {cronTimeZone, skippedRunWarnings} from '../../src/schedule/cronTimeZone.ts'
import {startScheduler, type JobContext, type ScheduledJob, type Scheduler, type SchedulerEvent} from '../../src/schedule/scheduler.ts'

const START = new Date('2026-11-21T11:59:30Z')
const config = parseScheduleConfig(
  {jobs: {syncAndRebuild: {cron: '*/5 * * * *'}, scheduledPublishing: {cron: '* * * * *'}, reviewSweep: {cron: '30 2 * * *'}}},
  'test schedule',
)

/** A job that records when it ran; `hold` makes a run last until released. */
const recordingJob = (options: {runAtStart?: boolean} = {}) => {
  const runs: string[] = []
  let hold: Promise<void> | undefined
  const job: ScheduledJob & {runs: string[]; holdNext(): () => void} = {
    runs,
    runAtStart: options.runAtStart ?? false,
    async run({now}: JobContext) {
      runs.push(now.toISOString())
      if (hold) await hold
      return {summary: 'ok'}
    },
    holdNext() {
      let release!: () => void
      hold = new Promise((resolve) => (release = resolve))
      return () => {
        hold = undefined
        release()
      }
    },
  }
  return job
}

let scheduler: Scheduler | undefined
beforeEach(() => {
  vi.useFakeTimers({now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']})
})
afterEach(async () => {
  await scheduler?.stop()
  scheduler = undefined
  vi.useRealTimers()
})

const jobsOf = (overrides: Partial<Record<JobName, ReturnType<typeof recordingJob>>> = {}) => ({
  syncAndRebuild: overrides.syncAndRebuild ?? recordingJob(),
  scheduledPublishing: overrides.scheduledPublishing ?? recordingJob(),
  reviewSweep: overrides.reviewSweep ?? recordingJob(),
})

describe('scheduler', () => {
  it('fires each job at its cron slots', async () => {
    const jobs = jobsOf()
    scheduler = await startScheduler({config, jobs, store: memoryStateStore()})
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(jobs.scheduledPublishing.runs).toHaveLength(10)
    expect(jobs.scheduledPublishing.runs[0]).toBe('2026-11-21T12:00:00.000Z')
    expect(jobs.syncAndRebuild.runs).toEqual(['2026-11-21T12:00:00.000Z', '2026-11-21T12:05:00.000Z'])
    expect(jobs.reviewSweep.runs).toEqual([])
    await vi.advanceTimersByTimeAsync(15 * 3_600_000)
    expect(jobs.reviewSweep.runs).toEqual(['2026-11-22T02:30:00.000Z'])
  })

  it('never runs a job while its previous run is still going', async () => {
    const publishing = recordingJob()
    const events: SchedulerEvent[] = []
    scheduler = await startScheduler({config, jobs: jobsOf({scheduledPublishing: publishing}), store: memoryStateStore(), onEvent: (event) => events.push(event)})
    await vi.advanceTimersByTimeAsync(29_000)
    const release = publishing.holdNext()
    await vi.advanceTimersByTimeAsync(2_000) // 12:00 starts and hangs
    await vi.advanceTimersByTimeAsync(3 * 60_000) // 12:01, 12:02, 12:03 fall due meanwhile
    expect(publishing.runs).toEqual(['2026-11-21T12:00:00.000Z'])
    release()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(publishing.runs).toEqual(['2026-11-21T12:00:00.000Z', '2026-11-21T12:04:00.000Z'])
    const started = events.filter((event) => event.type === 'run-started' && event.job === 'scheduledPublishing')
    expect(started).toHaveLength(2)
  })

  it('shares one lock between jobs, so two builds never run at once', async () => {
    let active = 0
    let most = 0
    const busy = (): ScheduledJob => ({
      async run() {
        active += 1
        most = Math.max(most, active)
        await new Promise((resolve) => setTimeout(resolve, 10_000))
        active -= 1
        return {summary: 'built'}
      },
    })
    scheduler = await startScheduler({config, jobs: {syncAndRebuild: busy(), scheduledPublishing: busy(), reviewSweep: busy()}, store: memoryStateStore()})
    await vi.advanceTimersByTimeAsync(2 * 60_000)
    expect(most).toBe(1)
  })

  it('runs a job that fell due while stopped exactly once after a restart', async () => {
    const store = memoryStateStore()
    const first = jobsOf()
    scheduler = await startScheduler({config, jobs: first, store})
    await vi.advanceTimersByTimeAsync(60_000) // sync ran at 12:00, next due 12:05
    expect(first.syncAndRebuild.runs).toEqual(['2026-11-21T12:00:00.000Z'])
    await scheduler.stop()
    expect(store.current().jobs.syncAndRebuild).toMatchObject({lastRunFor: '2026-11-21T12:00:00.000Z', nextDueAt: '2026-11-21T12:05:00.000Z'})

    vi.setSystemTime(new Date('2026-11-21T12:17:10Z')) // down for 12:05, 12:10, 12:15
    const second = jobsOf()
    scheduler = await startScheduler({config, jobs: second, store})
    await scheduler.idle()
    expect(second.syncAndRebuild.runs).toEqual(['2026-11-21T12:17:10.000Z'])
    await vi.advanceTimersByTimeAsync(2 * 60_000)
    expect(second.syncAndRebuild.runs).toEqual(['2026-11-21T12:17:10.000Z'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(second.syncAndRebuild.runs).toEqual(['2026-11-21T12:17:10.000Z', '2026-11-21T12:20:00.000Z'])
  })

  it('does not repeat a run when restarted before the next slot', async () => {
    const store = memoryStateStore()
    scheduler = await startScheduler({config, jobs: jobsOf(), store})
    await vi.advanceTimersByTimeAsync(60_000)
    await scheduler.stop()
    vi.setSystemTime(new Date('2026-11-21T12:03:00Z'))
    const again = jobsOf()
    scheduler = await startScheduler({config, jobs: again, store})
    await scheduler.idle()
    expect(again.syncAndRebuild.runs).toEqual([])
    expect(again.reviewSweep.runs).toEqual([])
  })

  it('runs a start job once when the scheduler has never run', async () => {
    const sync = recordingJob({runAtStart: true})
    scheduler = await startScheduler({config, jobs: jobsOf({syncAndRebuild: sync}), store: memoryStateStore()})
    await scheduler.idle()
    expect(sync.runs).toEqual(['2026-11-21T11:59:30.000Z'])
  })

  it('runs a start job again at a restart before its next slot, then at that slot as usual', async () => {
    const store = memoryStateStore()
    scheduler = await startScheduler({config, jobs: jobsOf({syncAndRebuild: recordingJob({runAtStart: true})}), store})
    await vi.advanceTimersByTimeAsync(60_000)
    await scheduler.stop()
    vi.setSystemTime(new Date('2026-11-21T12:03:00Z'))
    const events: SchedulerEvent[] = []
    const again = jobsOf({syncAndRebuild: recordingJob({runAtStart: true})})
    scheduler = await startScheduler({config, jobs: again, store, onEvent: (event) => events.push(event)})
    await scheduler.idle()
    expect(again.syncAndRebuild.runs).toEqual(['2026-11-21T12:03:00.000Z'])
    expect(events).toContainEqual({type: 'run-started', job: 'syncAndRebuild', slot: '2026-11-21T12:03:00.000Z', reason: 'start'})
    await vi.advanceTimersByTimeAsync(2 * 60_000)
    expect(again.syncAndRebuild.runs).toEqual(['2026-11-21T12:03:00.000Z', '2026-11-21T12:05:00.000Z'])
    expect(again.reviewSweep.runs).toEqual([])
  })

  it('waits for a running job on stop, then stops firing', async () => {
    const publishing = recordingJob()
    scheduler = await startScheduler({config, jobs: jobsOf({scheduledPublishing: publishing}), store: memoryStateStore()})
    const release = publishing.holdNext()
    await vi.advanceTimersByTimeAsync(31_000)
    let stopped = false
    const stopping = scheduler.stop().then(() => (stopped = true))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(stopped).toBe(false)
    release()
    await stopping
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(publishing.runs).toHaveLength(1)
  })
})

describe('scheduler after the machine slept', () => {
  it('runs each job once for the slots node-cron missed, and says so', async () => {
    vi.setSystemTime(new Date('2026-11-21T02:00:00Z'))
    const jobs = jobsOf()
    const events: SchedulerEvent[] = []
    scheduler = await startScheduler({config, jobs, store: memoryStateStore(), onEvent: (event) => events.push(event)})
    await vi.advanceTimersByTimeAsync(20 * 60_000)
    // Suspended for six hours: the wall clock moves on, the timers do not, and each fires late.
    vi.setSystemTime(new Date('2026-11-21T08:20:00Z'))
    await vi.advanceTimersByTimeAsync(11 * 60_000)
    expect(events.filter((event) => event.type === 'slot-missed')).toEqual([
      {type: 'slot-missed', job: 'scheduledPublishing', slot: '2026-11-21T02:21:00.000Z'},
      {type: 'slot-missed', job: 'syncAndRebuild', slot: '2026-11-21T02:25:00.000Z'},
      {type: 'slot-missed', job: 'reviewSweep', slot: '2026-11-21T02:30:00.000Z'},
    ])
    expect(jobs.reviewSweep.runs).toEqual(['2026-11-21T08:30:00.000Z'])
    expect(jobs.syncAndRebuild.runs.filter((at) => at > '2026-11-21T03')).toEqual(['2026-11-21T08:25:00.000Z', '2026-11-21T08:30:00.000Z'])
    // Once for the 360 missed minutes, and not again for the minute node-cron runs on time beside it.
    expect(jobs.scheduledPublishing.runs.filter((at) => at > '2026-11-21T03' && at < '2026-11-21T08:22')).toEqual(['2026-11-21T08:21:00.000Z'])
    expect(events.filter((event) => event.type === 'overlap-skipped')).toEqual([])
  })
})

describe('scheduler in a zone with DST ("timezone": "Africa/Cairo")', () => {
  it('runs the every-minute and every-five-minutes jobs through the hour repeated when the clocks go back (Thu 29 Oct 2026, 24:00 EEST to 23:00 EET)', async () => {
    vi.setSystemTime(new Date('2026-10-29T19:49:30Z'))
    const jobs = jobsOf()
    scheduler = await startScheduler({config: parseScheduleConfig({timezone: 'Africa/Cairo'}, 'test schedule'), jobs, store: memoryStateStore()})
    await vi.advanceTimersByTimeAsync(80 * 60_000)
    const inRepeatedHour = (runs: string[]) => runs.filter((at) => at >= '2026-10-29T20:00' && at < '2026-10-29T21:00')
    expect(inRepeatedHour(jobs.scheduledPublishing.runs)).toHaveLength(60)
    expect(inRepeatedHour(jobs.syncAndRebuild.runs)).toHaveLength(12)
  })

  // Cairo's clocks go forward at 00:00 on Friday 24 April 2026 (22:00Z), to 01:00 EEST.
  const cairoNightly = (cron: string) => parseScheduleConfig({timezone: 'Africa/Cairo', jobs: {reviewSweep: {cron}}}, 'test schedule')
  it.each([
    ['30 0 * * *', ['2026-04-23T22:00:00.000Z', '2026-04-24T21:30:00.000Z']],
    ['*/20 0 * * *', ['2026-04-23T22:00:00.000Z', '2026-04-24T21:00:00.000Z', '2026-04-24T21:20:00.000Z', '2026-04-24T21:40:00.000Z']],
    ['0 0,1 * * *', ['2026-04-23T22:00:00.000Z', '2026-04-24T21:00:00.000Z', '2026-04-24T22:00:00.000Z']],
  ])('runs "%s", which names a time the clocks skip on 24 April, once at 01:00 that night: %j', async (cron, runs) => {
    vi.setSystemTime(new Date('2026-04-23T20:00:00Z'))
    const jobs = jobsOf()
    const events: SchedulerEvent[] = []
    scheduler = await startScheduler({config: cairoNightly(cron), jobs, store: memoryStateStore(), onEvent: (event) => events.push(event)})
    await vi.advanceTimersByTimeAsync(26 * 3_600_000 + 60_000)
    expect(jobs.reviewSweep.runs).toEqual(runs)
    expect(events.filter((event) => event.type === 'skipped-run-made-up')).toEqual(
      cron === '0 0,1 * * *'
        ? []
        : [{type: 'skipped-run-made-up', job: 'reviewSweep', slot: '2026-04-23T22:00:00.000Z', skipped: cron === '30 0 * * *' ? '2026-04-24 00:30' : '2026-04-24 00:00', timeZone: 'Africa/Cairo', gap: {from: '00:00', to: '01:00'}}],
    )
    expect(events.filter((event) => event.type === 'overlap-skipped' || event.type === 'already-ran')).toEqual([])
  })

  it('a scheduler down at 01:00 on the night the clocks skip its 00:30 runs the job once when it starts again', async () => {
    const store = memoryStateStore()
    vi.setSystemTime(new Date('2026-04-23T20:00:00Z'))
    scheduler = await startScheduler({config: cairoNightly('30 0 * * *'), jobs: jobsOf(), store})
    expect(store.current().jobs.reviewSweep).toMatchObject({nextDueAt: '2026-04-23T22:00:00.000Z'})
    await scheduler.stop()
    vi.setSystemTime(new Date('2026-04-24T06:00:00Z'))
    const again = jobsOf()
    scheduler = await startScheduler({config: cairoNightly('30 0 * * *'), jobs: again, store})
    await scheduler.idle()
    expect(again.reviewSweep.runs).toEqual(['2026-04-24T06:00:00.000Z'])
    expect(store.current().jobs.reviewSweep).toMatchObject({nextDueAt: '2026-04-24T21:30:00.000Z'})
  })

  it('reads a job that names no hour, day or month in UTC, and one that does in the schedule\u2019s zone', () => {
    expect(cronTimeZone('* * * * *', 'Africa/Cairo')).toBe('UTC')
    expect(cronTimeZone('*/5 * * * *', 'Africa/Cairo')).toBe('UTC')
    expect(cronTimeZone('30 2 * * *', 'Africa/Cairo')).toBe('Africa/Cairo')
    expect(cronTimeZone('*/10 * * * 5', 'Africa/Cairo')).toBe('Africa/Cairo')
  })

  it.each([
    ['30 0 * * *', 'Africa/Cairo', ['jobs.reviewSweep.cron: "30 0 * * *" names 2026-04-24 00:30 in Africa/Cairo, which the clocks skip (00:00 to 01:00 local): node-cron would not run reviewSweep that night, so the scheduler runs it once at 01:00 local instead. To run it at its own time, choose a time outside the hour the clocks go forward, or a time zone without DST.']],
    ['0 0 * * 5', 'Africa/Cairo', ['jobs.reviewSweep.cron: "0 0 * * 5" names 2026-04-24 00:00 in Africa/Cairo, which the clocks skip (00:00 to 01:00 local): node-cron would not run reviewSweep that night, so the scheduler runs it once at 01:00 local instead. To run it at its own time, choose a time outside the hour the clocks go forward, or a time zone without DST.']],
    ['0 0 * * 4', 'Africa/Cairo', []],
    ['30 2 * * *', 'Africa/Cairo', []],
    ['30 0 * * *', 'Asia/Riyadh', []],
    ['30 2 * * *', 'Europe/Berlin', ['jobs.reviewSweep.cron: "30 2 * * *" names 2026-03-29 02:30 in Europe/Berlin, which the clocks skip (02:00 to 03:00 local): node-cron would not run reviewSweep that night, so the scheduler runs it once at 03:00 local instead. To run it at its own time, choose a time outside the hour the clocks go forward, or a time zone without DST.']],
  ])('warns of "%s" in %s: %j', (cron, timezone, warnings) => {
    expect(skippedRunWarnings(parseScheduleConfig({timezone, jobs: {reviewSweep: {cron}}}, 'test schedule'), new Date('2026-01-01T00:00:00Z'))).toEqual(warnings)
  })
})

describe('scheduler state that cannot be written', () => {
  /** A memory store whose writes fail from the `failFrom`-th on (1 = the first). */
  const failingStore = (failFrom: number) => {
    const store = memoryStateStore()
    let writes = 0
    return {
      ...store,
      write: async (state: Parameters<typeof store.write>[0]) => {
        writes += 1
        if (writes >= failFrom) throw new Error('EACCES: permission denied')
        await store.write(state)
      },
    }
  }

  it('stops the scheduler before any job runs, start build included', async () => {
    const sync = recordingJob({runAtStart: true})
    await expect(startScheduler({config, jobs: jobsOf({syncAndRebuild: sync}), store: failingStore(1)})).rejects.toThrow('EACCES')
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(sync.runs).toEqual([])
  })

  it('once running, a run whose outcome cannot be saved is reported and the scheduler goes on', async () => {
    const events: SchedulerEvent[] = []
    const jobs = jobsOf()
    scheduler = await startScheduler({config, jobs, store: failingStore(3), onEvent: (event) => events.push(event)})
    await vi.advanceTimersByTimeAsync(2 * 60_000)
    expect(jobs.scheduledPublishing.runs).toEqual(['2026-11-21T12:00:00.000Z', '2026-11-21T12:01:00.000Z'])
    expect(events.filter((event) => event.type === 'state-unsaved').map((event) => event.job)).toContain('scheduledPublishing')
  })
})

describe('schedule config', () => {
  it.each([
    [{jobs: {reviewSweep: {cron: '61 2 * * *'}}}, /jobs\.reviewSweep\.cron: "61 2 \* \* \*" is not a valid cron expression/],
    [{jobs: {syncAndRebuild: {cron: 'every five minutes'}}}, /jobs\.syncAndRebuild\.cron: "every five minutes" is not a valid cron expression/],
    [{timezone: 'Mars/Olympus'}, /timezone: "Mars\/Olympus" is not an IANA time zone/],
    [{jobs: {nightly: {cron: '* * * * *'}}}, /jobs: Unrecognized key: "nightly"/],
  ])('refuses %j with a clear error', (value, message) => {
    expect(() => parseScheduleConfig(value, 'sanad.schedule.json')).toThrow(expect.objectContaining({code: 'SCHEDULE_CONFIG_INVALID', message: expect.stringMatching(message)}))
  })

  it('fills in the default schedule', () => {
    expect(parseScheduleConfig({}, 'defaults').jobs).toEqual({
      syncAndRebuild: {cron: '*/5 * * * *', enabled: true},
      scheduledPublishing: {cron: '* * * * *', enabled: true},
      reviewSweep: {cron: '30 2 * * *', enabled: true},
    })
  })
})
