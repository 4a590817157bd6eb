// How a job's cron expression meets the schedule's time zone: the zone node-cron reads it in, and
// the runs a DST change skips (a local time the clocks jump over, which node-cron never runs), which
// the scheduler makes up at the first minute after the jump, as Vixie cron does.
import {parse} from 'node-cron'
import {dateTimeFormat} from '../locale/intlCache.ts'
import type {JobName, ScheduleConfig} from './scheduleConfig.ts'

const EVERY = {hour: 24, dayOfMonth: 31, month: 12, dayOfWeek: 7} as const

/**
 * The zone node-cron reads `cron` in. An expression that names no hour, day or month ("every N
 * minutes") means the same in every whole-hour zone, and read in a DST zone node-cron pauses it for
 * the repeated hour when the clocks go back (Cairo, last Thursday of October): it is read in UTC.
 */
export const cronTimeZone = (cron: string, timeZone: string): string => {
  const fields = parse(cron)
  return (Object.keys(EVERY) as (keyof typeof EVERY)[]).every((field) => fields[field].length === EVERY[field]) ? 'UTC' : timeZone
}

/** Minutes `timeZone` is ahead of UTC at `at`. */
const offsetMinutes = (at: number, timeZone: string): number => {
  const parts = dateTimeFormat('en-US', {timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric'}).formatToParts(new Date(at))
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return Math.round((Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - Math.floor(at / 60_000) * 60_000) / 60_000)
}

export interface SkippedRun {
  /** The local date and time the expression names, which the clocks skip: `2026-04-24 00:30`. */
  local: string
  /** The skipped stretch of that night, local: `00:00` to `01:00`. */
  gap: {from: string; to: string}
  /** ISO instant of the first minute after the stretch (`gap.to` local), when the scheduler runs it instead. */
  runsAt: string
  /** The expression names `gap.to` too, so node-cron runs the job then of itself. */
  gapEndNamed: boolean
}

const HOUR = 3_600_000
const wallClock = (localMs: number) => new Date(localMs).toISOString().slice(0, 16).replace('T', ' ')

type CronFields = ReturnType<typeof parse>

/** Whether `cron` names the local minute `localMs` (a wall-clock time written as if it were UTC). */
const namesLocalMinute = (fields: CronFields, localMs: number): boolean => {
  const at = new Date(localMs)
  return (
    fields.minute.includes(at.getUTCMinutes()) &&
    fields.hour.includes(at.getUTCHours()) &&
    fields.dayOfMonth.includes(at.getUTCDate()) &&
    fields.month.includes(at.getUTCMonth() + 1) &&
    fields.dayOfWeek.includes(at.getUTCDay())
  )
}

/** The runs of `cron` read in `timeZone` that fall in a stretch the clocks skip in the `days` after `from`. */
const skippedRuns = (cron: string, timeZone: string, from: Date, days = 366): SkippedRun[] => {
  if (cronTimeZone(cron, timeZone) === 'UTC') return []
  const fields = parse(cron)
  const skipped: SkippedRun[] = []
  for (let start = from.getTime(), end = start + days * 24 * HOUR; start < end; start += 6 * HOUR) {
    const before = offsetMinutes(start, timeZone)
    const after = offsetMinutes(start + 6 * HOUR, timeZone)
    if (after <= before) continue
    // The clocks go forward in these six hours: find the minute, then every local minute jumped over.
    let low = start
    let high = start + 6 * HOUR
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000
      if (offsetMinutes(middle, timeZone) === before) low = middle
      else high = middle
    }
    // `high` is on the minute grid of `from`, which may have seconds: the clocks jump at a whole minute.
    const jump = Math.floor(high / 60_000) * 60_000
    const gapFrom = jump + before * 60_000
    const gapTo = jump + after * 60_000
    const gap = {from: wallClock(gapFrom).slice(11), to: wallClock(gapTo).slice(11)}
    const gapEndNamed = namesLocalMinute(fields, gapTo)
    for (let local = gapFrom; local < gapTo; local += 60_000) {
      if (namesLocalMinute(fields, local)) skipped.push({local: wallClock(local), gap, runsAt: new Date(jump).toISOString(), gapEndNamed})
    }
  }
  return skipped
}

/**
 * The next instant after `after` at which the scheduler runs `cron` for a time the clocks skipped:
 * once per skipped stretch, however many of its minutes the expression names, and not at all where
 * it names the first minute after the stretch too (node-cron runs it then).
 */
export const nextSkippedRunMadeUp = (cron: string, timeZone: string, after: Date): SkippedRun | undefined =>
  skippedRuns(cron, timeZone, after).find((run) => !run.gapEndNamed && Date.parse(run.runsAt) > after.getTime())

/** One warning per enabled job some of whose runs in the next year fall in a skipped stretch, for `--check` and the start log. */
export const skippedRunWarnings = (config: ScheduleConfig, now: Date): string[] =>
  (Object.entries(config.jobs) as [JobName, ScheduleConfig['jobs'][JobName]][]).flatMap(([name, job]) => {
    const skipped = job.enabled ? skippedRuns(job.cron, config.timezone, now) : []
    if (skipped.length === 0) return []
    const [first] = skipped
    return [
      `jobs.${name}.cron: "${job.cron}" names ${skipped.map((run) => run.local).join(', ')} in ${config.timezone}, which the clocks skip (${first!.gap.from} to ${first!.gap.to} local): node-cron would not run ${name} that night, so the scheduler runs it once at ${first!.gap.to} local instead. To run it at its own time, choose a time outside the hour the clocks go forward, or a time zone without DST.`,
    ]
  })
