// Job: every few minutes, rebuild every clinic if the content changed since the last full build.
import {buildAndRecord, describeBuild, withSource, type JobEnvironment} from './buildAndRecord.ts'
import {contentFingerprint} from './contentFingerprint.ts'
import type {ScheduledJob} from './scheduler.ts'

export const syncAndRebuildJob = (environment: JobEnvironment): ScheduledJob => ({
  runOnFirstStart: true,
  run: ({now, state}) =>
    withSource(environment, async (source) => {
      const fingerprint = await contentFingerprint(source)
      if (fingerprint === state.content.fingerprint) return {summary: 'content unchanged since the last build; nothing built'}
      const {report, outcome} = await buildAndRecord(environment, source, now, {fingerprint})
      return {summary: `content changed; rebuilt ${describeBuild(report)}`, ...outcome}
    }),
})
