// The scheduler's configuration: which jobs run when. Data in a JSON file an operator edits,
// validated once here; an invalid cron expression is refused with the field node-cron objects to.
import {readFile} from 'node:fs/promises'
import {validateDetailed} from 'node-cron'
import {z} from 'zod'
import {SanadError} from '../errors/catalog.ts'

export const JOB_NAMES = ['syncAndRebuild', 'scheduledPublishing', 'reviewSweep'] as const
export type JobName = (typeof JOB_NAMES)[number]

const cronExpression = z.string().superRefine((value, context) => {
  const result = validateDetailed(value)
  if (!result.valid) {
    const detail = result.errors.map((error) => `${error.field}: ${error.message}`).join('; ')
    context.addIssue({code: 'custom', message: `"${value}" is not a valid cron expression${detail ? ` (${detail})` : ''}`})
  }
})

/** Each job's schedule when the file does not give one. */
const DEFAULT_CRON: Readonly<Record<JobName, string>> = {
  syncAndRebuild: '*/5 * * * *',
  scheduledPublishing: '* * * * *',
  reviewSweep: '30 2 * * *',
}

// Each field defaults on its own, so `{"enabled": false}` turns a job off without restating its cron;
// prefault parses the empty default through the fields, where default would stand in for them.
const job = (name: JobName) => z.object({cron: cronExpression.default(DEFAULT_CRON[name]), enabled: z.boolean().default(true)}).strict().prefault({})

export const scheduleConfigShape = z
  .object({
    /** IANA zone the cron expressions are read in. */
    timezone: z.string().default('UTC'),
    /** Where the scheduler remembers what it ran, so a restart neither skips nor repeats a due job. */
    stateFile: z.string().default('.sanad-state/schedule.json'),
    /** Where the nightly review sweep writes the reviewers' digest. */
    digestDir: z.string().default('.sanad-state/review-digests'),
    jobs: z
      .object({syncAndRebuild: job('syncAndRebuild'), scheduledPublishing: job('scheduledPublishing'), reviewSweep: job('reviewSweep')})
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((config, context) => {
    try {
      new Intl.DateTimeFormat('en', {timeZone: config.timezone})
    } catch {
      context.addIssue({code: 'custom', path: ['timezone'], message: `"${config.timezone}" is not an IANA time zone`})
    }
  })
export type ScheduleConfig = z.infer<typeof scheduleConfigShape>

export const parseScheduleConfig = (value: unknown, origin: string): ScheduleConfig => {
  const parsed = scheduleConfigShape.safeParse(value)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n  ')
  throw new SanadError('SCHEDULE_CONFIG_INVALID', `${origin} is not a valid schedule:\n  ${problems}`)
}

/** Reads the schedule file; without one, every job runs on its default schedule. */
export const loadScheduleConfig = async (path: string | undefined): Promise<ScheduleConfig> => {
  if (!path) return parseScheduleConfig({}, 'the default schedule')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    // The catalog's hint is about the file's contents (cron expressions); this one was never read.
    throw new SanadError('SCHEDULE_CONFIG_INVALID', `Cannot read the schedule file ${path}: ${(error as Error).message}`, {
      cause: error,
      hint: 'Check the path given to --config (a JSON file; see "Scheduler" in README.md), or leave --config out to run the built-in schedule.',
    })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SanadError('SCHEDULE_CONFIG_INVALID', `${path} is not valid JSON: ${(error as Error).message}`, {cause: error})
  }
  return parseScheduleConfig(json, path)
}
