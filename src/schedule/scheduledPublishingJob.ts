// Job: every minute, rebuild the clinics of articles whose publishAt or unpublishAt has just
// passed, so scheduled publishing and withdrawal take effect within the minute; and the clinics of a
// country whose calendar day has just begun, so approvals and reviews that lapsed at its midnight
// come off (and a disclaimer version coming into force goes on) then, not at the nightly sweep.
import {loadContent} from '../content/loadContent.ts'
import {clinicsWithWindowChangeAt, upcomingWindowChanges} from '../pipeline/publishWindow.ts'
import {buildAndRecord, describeBuild, withSource, type JobEnvironment} from './buildAndRecord.ts'
import {describeDayStart, upcomingDayStarts} from './clinicDayStarts.ts'
import type {ScheduledJob} from './scheduler.ts'

export const scheduledPublishingJob = (environment: JobEnvironment): ScheduledJob => ({
  run: async ({now, state}) => {
    const passed = (at: string) => Date.parse(at) <= now.getTime()
    const due = state.content.windowChanges.filter(passed)
    const newDays = state.content.dayStarts.filter((day) => passed(day.at))
    if (due.length === 0 && newDays.length === 0) {
      // A state written before midnights were recorded learns them here, without building.
      return {
        summary: 'no publish-at, unpublish-at or clinic midnight has passed',
        ...(state.content.dayStarts.length === 0 ? {content: {dayStarts: upcomingDayStarts(now)}} : {}),
      }
    }
    return withSource(environment, async (source) => {
      const loaded = await loadContent(source)
      const clinicIds = clinicsWithWindowChangeAt(loaded.graph.articles.values(), due)
      const newDayIn = new Set(newDays.map((day) => day.jurisdiction))
      for (const clinic of loaded.graph.clinics.values()) if (newDayIn.has(clinic.jurisdiction)) clinicIds.add(clinic._id)
      const clinicSlugs = [...clinicIds].flatMap((id) => loaded.graph.clinics.get(id)?.slug.current ?? []).sort()
      const reasons = [
        ...(due.length > 0 ? [`publishing window changed at ${due.join(', ')}`] : []),
        ...newDays.map(describeDayStart),
      ].join('; ')
      if (clinicSlugs.length === 0) {
        // The article moved its time or was deleted since the last load, or the country has no clinic: just forget the instant.
        return {
          summary: `${reasons}, but no clinic changes at it`,
          content: {windowChanges: upcomingWindowChanges(loaded.graph.articles.values(), now), dayStarts: upcomingDayStarts(now)},
        }
      }
      const {report, outcome} = await buildAndRecord(environment, source, now, {loaded, clinicSlugs})
      return {summary: `${reasons}; rebuilt ${describeBuild(report)}`, ...outcome}
    })
  },
})
