// What the scheduler must remember across restarts: per job, the scheduled slot it last completed
// and when it is next due; and what the last build was made from. Written atomically (temp file +
// rename), so a crash leaves the previous state, never a torn one.
import {readFile, rename, writeFile} from 'node:fs/promises'
import {makeFolder} from '../publish/makeFolder.ts'
import {dirname} from 'node:path'
import {z} from 'zod'
import {SanadError} from '../errors/catalog.ts'
import {JURISDICTIONS, valuesOf} from '../content/vocabulary.ts'

const instant = z.iso.datetime({offset: true})

export const jobStateShape = z.object({
  /** The scheduled time of the last completed run (a catch-up run records when it ran). */
  lastRunFor: instant.optional(),
  lastFinishedAt: instant.optional(),
  /** When the job is next due; a restart after this instant runs the job once to catch up. */
  nextDueAt: instant.optional(),
  lastOutcome: z.string().optional(),
})
export type JobState = z.infer<typeof jobStateShape>

export const scheduleStateShape = z.object({
  version: z.literal(1),
  jobs: z.record(z.string(), jobStateShape),
  content: z.object({
    /** Revisions of the content the live sites were last fully built from. */
    fingerprint: z.string().optional(),
    /** The output folder that build wrote: the fingerprint vouches for the sites there only. */
    outDir: z.string().optional(),
    /** Slugs of the clinics that build released, whose sites must still be live in `outDir`. */
    sites: z.array(z.string()).default([]),
    /** Future publishAt/unpublishAt instants, from the last content the scheduler loaded. */
    windowChanges: z.array(instant).default([]),
    /** Each jurisdiction's next local midnight, when dated verdicts (expiry, review, disclaimers) change. */
    dayStarts: z.array(z.object({jurisdiction: z.enum(valuesOf(JURISDICTIONS)), at: instant})).default([]),
  }),
})
export type ScheduleState = z.infer<typeof scheduleStateShape>

// Under SCHEDULE_CONFIG_INVALID (the code scripts know), but the catalog's hint is about the schedule
// file and its cron expressions: the state file is fixed by starting afresh, which costs one rebuild.
const DAMAGED_STATE_HINT =
  'The state file only remembers what the scheduler last ran and built; nothing in it needs keeping. Move it aside (or delete it) and start the scheduler again: it starts as on its first run, and the sync job rebuilds every clinic once. See "Scheduler" in README.md.'
const UNREADABLE_STATE_HINT =
  'Make the state file readable by the scheduler (a file, not a folder), or set "stateFile" in the schedule file to another path: the state only remembers what was last run and built, so a fresh one costs one rebuild of every clinic. See "Scheduler" in README.md.'

export const emptyScheduleState = (): ScheduleState => ({version: 1, jobs: {}, content: {sites: [], windowChanges: [], dayStarts: []}})

export interface ScheduleStateStore {
  read(): Promise<ScheduleState>
  write(state: ScheduleState): Promise<void>
}

export const fileStateStore = (path: string): ScheduleStateStore => {
  // Writes one at a time, in the order asked: the scheduler saves on start while the start-up job
  // saves its own run, and two writes through one temporary name made one rename fail (a false
  // "could not be saved") or could interleave their bytes into a torn file.
  let writing: Promise<void> = Promise.resolve()
  const writeNow = async (state: ScheduleState): Promise<void> => {
    try {
      await makeFolder(dirname(path))
      const temporary = `${path}.${process.pid}.tmp`
      await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`)
      await rename(temporary, path)
    } catch (error) {
      throw new SanadError('SCHEDULE_STATE_UNWRITABLE', `Cannot write the scheduler state ${path}: ${(error as Error).message}`, {cause: error})
    }
  }
  return {
    async read() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyScheduleState()
        throw new SanadError('SCHEDULE_CONFIG_INVALID', `Cannot read the scheduler state ${path}: ${(error as Error).message}`, {cause: error, hint: UNREADABLE_STATE_HINT})
      }
      // Written atomically, so a torn file was damaged from outside (a copy cut short, an editor).
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (error) {
        throw new SanadError('SCHEDULE_CONFIG_INVALID', `The scheduler state ${path} is not valid JSON (${(error as Error).message}); move it away to start afresh.`, {cause: error, hint: DAMAGED_STATE_HINT})
      }
      const parsed = scheduleStateShape.safeParse(json)
      if (!parsed.success) throw new SanadError('SCHEDULE_CONFIG_INVALID', `The scheduler state ${path} is not valid; move it away to start afresh.`, {hint: DAMAGED_STATE_HINT})
      return parsed.data
    },
    write(state) {
      // Each caller hears of its own write's failure; the next write runs whatever the last one did.
      const snapshot = structuredClone(state)
      const written = writing.then(() => writeNow(snapshot))
      writing = written.catch(() => {})
      return written
    },
  }
}

export const memoryStateStore = (initial: ScheduleState = emptyScheduleState()): ScheduleStateStore & {current(): ScheduleState} => {
  let state = structuredClone(initial)
  return {
    read: async () => structuredClone(state),
    write: async (next) => {
      state = structuredClone(next)
    },
    current: () => structuredClone(state),
  }
}
