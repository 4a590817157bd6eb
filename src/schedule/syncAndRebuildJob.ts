// Job: every few minutes, rebuild every clinic if the content changed since the last full build, or
// if the sites that build made are not live in this job's output folder (another --out, or emptied).
import {buildAndRecord, describeBuild, withSource, type JobEnvironment} from './buildAndRecord.ts'
import {contentFingerprint} from './contentFingerprint.ts'
import type {ScheduledJob} from './scheduler.ts'
import {whyRebuildUnchanged} from './whyRebuildUnchanged.ts'

export const syncAndRebuildJob = (environment: JobEnvironment): ScheduledJob => ({
  runAtStart: true,
  run: ({now, state}) =>
    withSource(environment, async (source) => {
      const fingerprint = await contentFingerprint(source)
      const unchanged = fingerprint === state.content.fingerprint
      const sitesGone = unchanged ? await whyRebuildUnchanged(state.content, environment.outDir) : undefined
      if (unchanged && !sitesGone) return {summary: 'content unchanged since the last build; nothing built'}
      const {report, outcome} = await buildAndRecord(environment, source, now, {fingerprint})
      return {summary: `${sitesGone ? `content unchanged, but ${sitesGone}` : 'content changed'}; rebuilt ${describeBuild(report)}`, ...outcome}
    }),
})
