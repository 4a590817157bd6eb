// Job: every minute, rebuild the clinics of articles whose publishAt or unpublishAt has just
// passed, so scheduled publishing and withdrawal take effect within the minute.
import {loadContent} from '../content/loadContent.ts'
import {upcomingWindowChanges} from '../pipeline/publishWindow.ts'
import {buildAndRecord, describeBuild, withSource, type JobEnvironment} from './buildAndRecord.ts'
import type {ScheduledJob} from './scheduler.ts'

export const scheduledPublishingJob = (environment: JobEnvironment): ScheduledJob => ({
  run: async ({now, state}) => {
    const due = state.content.windowChanges.filter((at) => Date.parse(at) <= now.getTime())
    if (due.length === 0) return {summary: 'no publish-at or unpublish-at has passed'}
    return withSource(environment, async (source) => {
      const loaded = await loadContent(source)
      const dueTimes = new Set(due.map((at) => Date.parse(at)))
      const changesNow = (at: string | undefined) => at !== undefined && dueTimes.has(Date.parse(at))
      const clinicIds = new Set(
        [...loaded.graph.articles.values()]
          .filter((article) => changesNow(article.publishAt) || changesNow(article.unpublishAt))
          .flatMap((article) => article.targetClinics.map((ref) => ref._ref)),
      )
      const clinicSlugs = [...clinicIds].flatMap((id) => loaded.graph.clinics.get(id)?.slug.current ?? []).sort()
      if (clinicSlugs.length === 0) {
        // The article moved its time or was deleted since the last load: just forget the instant.
        return {
          summary: 'a scheduled instant passed, but no article changes at it any more',
          content: {windowChanges: upcomingWindowChanges(loaded.graph.articles.values(), now)},
        }
      }
      const {report, outcome} = await buildAndRecord(environment, source, now, {loaded, clinicSlugs})
      return {summary: `publishing window changed at ${due.join(', ')}; rebuilt ${describeBuild(report)}`, ...outcome}
    })
  },
})
