// Runs the configured jobs on node-cron. Each job never overlaps itself (node-cron's noOverlap, and
// a guard for catch-up runs), and all jobs share one lock so two builds never write at once. The
// slot a job last completed is persisted: a restart runs a job that fell due while it was down
// exactly once, and never repeats one that already ran. A job may also ask to run at every start. A
// fixed time the clocks skip when they go forward, which node-cron never runs, is run at the first
// minute after the jump, as Vixie cron does.
import {createTask, type ScheduledTask} from 'node-cron'
import {isSanadError} from '../errors/catalog.ts'
import {cronTimeZone, nextSkippedRunMadeUp} from './cronTimeZone.ts'
import {nodeTimer, waitUntil} from './instantTimer.ts'
import type {JobName, ScheduleConfig} from './scheduleConfig.ts'
import type {ScheduleState, ScheduleStateStore} from './scheduleState.ts'

export interface JobContext {
  now: Date
  state: ScheduleState
}

export interface JobOutcome {
  /** One line for the log and the state file. */
  summary: string
  content?: Partial<ScheduleState['content']>
}

export interface ScheduledJob {
  run(context: JobContext): Promise<JobOutcome>
  /**
   * Run at every start that does not already catch up a missed slot: the sync checks the sites
   * against the content at once (built the first time, or after a new or emptied output folder),
   * not at its next slot. Cheap when nothing changed: it compares a fingerprint.
   */
  runAtStart?: boolean
}

export type SchedulerEvent =
  | {type: 'run-started'; job: JobName; slot: string; reason: 'scheduled' | 'catch-up' | 'start'}
  | {type: 'run-finished'; job: JobName; slot: string; summary: string}
  | {type: 'run-failed'; job: JobName; slot: string; error: string}
  | {type: 'overlap-skipped'; job: JobName; slot: string}
  | {type: 'already-ran'; job: JobName; slot: string}
  /** node-cron found `slot` late (the machine slept, or the process was blocked): the job runs once now for every slot it missed. */
  | {type: 'slot-missed'; job: JobName; slot: string}
  /**
   * `skipped` (local, in `timeZone`) is a time the clocks jumped over (`gap`), which node-cron never
   * runs: the job runs once now, at `slot`, the first minute after the jump.
   */
  | {type: 'skipped-run-made-up'; job: JobName; slot: string; skipped: string; timeZone: string; gap: {from: string; to: string}}
  /** The state could not be saved after a run (`job`) or on stop: it is kept in memory, and saved with the next save. */
  | {type: 'state-unsaved'; job?: JobName; slot?: string; error: string}

export interface Scheduler {
  /** Resolves when no job is running. */
  idle(): Promise<void>
  /** Stops firing, waits for running jobs to finish (builds are never cut off half-written), saves state. */
  stop(): Promise<void>
}

export interface StartSchedulerOptions {
  config: ScheduleConfig
  jobs: Record<JobName, ScheduledJob>
  store: ScheduleStateStore
  now?: () => Date
  onEvent?: (event: SchedulerEvent) => void
}

export const startScheduler = async (options: StartSchedulerOptions): Promise<Scheduler> => {
  const now = options.now ?? (() => new Date())
  const emit = options.onEvent ?? (() => {})
  let state = await options.store.read()
  // Saved once before any job runs, so a state file the scheduler cannot write stops it here, before
  // a first build publishes sites whose runs it could not remember.
  await options.store.write(state)
  const running = new Map<JobName, Promise<void>>()
  const tasks = new Map<JobName, ScheduledTask>()
  let buildLock: Promise<unknown> = Promise.resolve()
  let stopped = false
  /** Jobs running once for slots node-cron reported missed. */
  const catchingUp = new Set<JobName>()
  const madeUpRunTimers = new Map<JobName, () => void>()
  const nextMadeUpRun = (name: JobName) => nextSkippedRunMadeUp(options.config.jobs[name].cron, options.config.timezone, now())

  /** When the job is next due: node-cron's next slot, or a run made up for a time the clocks skip, if sooner. */
  const nextRunOf = (name: JobName): Date | undefined => {
    const slot = tasks.get(name)?.getNextRun() ?? undefined
    const madeUp = nextMadeUpRun(name)
    return madeUp && (!slot || Date.parse(madeUp.runsAt) < slot.getTime()) ? new Date(madeUp.runsAt) : slot
  }

  /** Saves the state once running; a failure is reported, not thrown, so no save stops the jobs. */
  const save = async (after?: {job: JobName; slot: string}): Promise<void> => {
    try {
      await options.store.write(state)
    } catch (error) {
      emit({type: 'state-unsaved', ...after, error: (error as Error).message})
    }
  }

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = buildLock.then(work, work)
    buildLock = result.catch(() => {})
    return result
  }

  const runJob = (name: JobName, slot: Date, reason: 'scheduled' | 'catch-up' | 'start'): Promise<void> => {
    const slotIso = slot.toISOString()
    if (running.has(name)) {
      // The slot a catch-up for missed slots is already running for is not news.
      if (!catchingUp.has(name)) emit({type: 'overlap-skipped', job: name, slot: slotIso})
      return running.get(name)!
    }
    const last = state.jobs[name]?.lastRunFor
    if (reason === 'scheduled' && last && Date.parse(last) >= slot.getTime()) {
      emit({type: 'already-ran', job: name, slot: slotIso})
      return Promise.resolve()
    }
    emit({type: 'run-started', job: name, slot: slotIso, reason})
    const run = exclusive(async () => {
      let outcome: string
      try {
        const result = await options.jobs[name].run({now: now(), state: structuredClone(state)})
        if (result.content) state.content = {...state.content, ...result.content}
        outcome = result.summary
        emit({type: 'run-finished', job: name, slot: slotIso, summary: outcome})
      } catch (error) {
        // A Sanad error says what to do (its code and hint); the log line is all an operator sees of it.
        const message = isSanadError(error) ? `${error.code}: ${error.message} ${error.hint}` : (error as Error).message
        outcome = `failed: ${message}`
        emit({type: 'run-failed', job: name, slot: slotIso, error: message})
      }
      // A failed run counts as run: it is retried at its next slot, not in a tight loop.
      const next = nextRunOf(name)
      state.jobs[name] = {
        lastRunFor: slotIso,
        lastFinishedAt: now().toISOString(),
        ...(next ? {nextDueAt: next.toISOString()} : {}),
        lastOutcome: outcome,
      }
      await save({job: name, slot: slotIso})
    }).finally(() => running.delete(name))
    running.set(name, run)
    return run
  }

  // node-cron reports each slot it finds late as missed and never runs it: one catch-up stands for
  // all of a job's missed slots, as a restart would run it once.
  const catchUpMissed = (name: JobName, slot: Date): void => {
    if (stopped || catchingUp.has(name)) return
    catchingUp.add(name)
    emit({type: 'slot-missed', job: name, slot: slot.toISOString()})
    void runJob(name, now(), 'catch-up').finally(() => catchingUp.delete(name))
  }

  // Checked against the clock when it fires: a timer late after the machine slept still runs the job, one early re-arms.
  const armMadeUpRun = (name: JobName): void => {
    const run = stopped ? undefined : nextMadeUpRun(name)
    if (!run) return
    const cancel = nodeTimer(waitUntil(Date.parse(run.runsAt), now()), () => {
      if (stopped) return
      if (Date.parse(run.runsAt) <= now().getTime()) {
        emit({type: 'skipped-run-made-up', job: name, slot: run.runsAt, skipped: run.local, timeZone: options.config.timezone, gap: run.gap})
        void runJob(name, new Date(run.runsAt), 'scheduled')
      }
      armMadeUpRun(name)
    })
    madeUpRunTimers.set(name, cancel)
  }

  const enabled = (Object.keys(options.jobs) as JobName[]).filter((name) => options.config.jobs[name].enabled)
  for (const name of enabled) {
    const {cron} = options.config.jobs[name]
    const task = createTask(cron, (context) => runJob(name, context.date, 'scheduled'), {
      name,
      noOverlap: true,
      timezone: cronTimeZone(cron, options.config.timezone),
    })
    task.on('execution:missed', (context) => catchUpMissed(name, context.date))
    tasks.set(name, task)
  }

  const startedAt = now()
  const catchUps: Promise<void>[] = []
  for (const name of enabled) {
    const task = tasks.get(name)!
    await task.start()
    const saved = state.jobs[name]
    if (saved?.nextDueAt && Date.parse(saved.nextDueAt) <= startedAt.getTime()) catchUps.push(runJob(name, startedAt, 'catch-up'))
    else if (options.jobs[name].runAtStart) catchUps.push(runJob(name, startedAt, 'start'))
    else if (!saved?.nextDueAt || Date.parse(saved.nextDueAt) > startedAt.getTime()) {
      const next = nextRunOf(name)
      state.jobs[name] = {...saved, ...(next ? {nextDueAt: next.toISOString()} : {})}
    }
    armMadeUpRun(name)
  }
  await options.store.write(state)

  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running.values()])
  }
  void Promise.allSettled(catchUps)

  return {
    idle,
    async stop() {
      if (stopped) return
      stopped = true
      for (const cancel of madeUpRunTimers.values()) cancel()
      for (const task of tasks.values()) await task.stop()
      await idle()
      for (const task of tasks.values()) await task.destroy()
      await save()
    },
  }
}
