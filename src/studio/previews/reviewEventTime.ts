// When an audit entry happened, as a line of the claim's «سجل المراجعة» shows it: on the viewer's
// clock, as the Studio shows «وقت الاعتماد» above it, with the offset from UTC, so a reviewer in
// Riyadh and a compliance lead in Cairo read one instant alike. Pure: the time zone is passed in.
import {dateTimeFormat} from '../../locale/intlCache.ts'

/** `YYYY-MM-DD HH:mm GMT+03:00` (no brackets, which a right-to-left line would turn about); undefined for anything that is not an instant. `timeZone` undefined: the viewer's. */
export const reviewEventTime = (at: unknown, timeZone?: string): string | undefined => {
  const instant = typeof at === 'string' ? new Date(at) : undefined
  if (!instant || Number.isNaN(instant.getTime())) return undefined
  const parts = Object.fromEntries(
    dateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset'})
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`
}
