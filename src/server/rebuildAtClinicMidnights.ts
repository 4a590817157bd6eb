// `sanad serve`: at each country's midnight, rebuilds its clinics through the webhook's own path (the
// site rebuilder), so an approval or review lapsing that day, or a disclaimer version coming into
// force, reaches the live sites then and not at the next edit.
import type {Clinic} from '../content/documents/clinic.ts'
import type {Jurisdiction} from '../presets/preset.ts'
import {describeDayStart, upcomingDayStarts} from '../schedule/clinicDayStarts.ts'
import type {DocumentChange} from '../webhook/index.ts'
import {nodeTimer, waitUntil, type SetTimer} from '../schedule/instantTimer.ts'

export interface MidnightRebuildOptions {
  now: () => Date
  /** The clinics of a jurisdiction in the content the sites were last built from. */
  clinicsIn: (jurisdiction: Jurisdiction) => readonly Clinic[]
  submit: (change: DocumentChange) => Promise<unknown>
  onProgress?: (message: string) => void
  setTimer?: SetTimer
}

export const rebuildAtClinicMidnights = (options: MidnightRebuildOptions): {stop(): void} => {
  const setTimer = options.setTimer ?? nodeTimer
  let cancel: (() => void) | undefined
  const arm = () => {
    const now = options.now()
    const dayStarts = upcomingDayStarts(now)
    // Checked against the clock when it fires: a timer late after the machine slept still rebuilds, one early re-arms.
    cancel = setTimer(waitUntil(Date.parse(dayStarts[0]!.at), now), () => {
      const firedAt = options.now().getTime()
      for (const day of dayStarts.filter((start) => Date.parse(start.at) <= firedAt)) {
        const clinics = options.clinicsIn(day.jurisdiction)
        options.onProgress?.(`${describeDayStart(day)}; rebuilding ${clinics.map((clinic) => clinic.slug.current).join(', ') || 'no clinic'}`)
        for (const {_id: documentId} of clinics) {
          options.submit({documentId, documentType: 'clinic'}).catch((error: unknown) => options.onProgress?.(`rebuild at midnight for ${documentId} failed: ${String(error)}`))
        }
      }
      arm()
    })
  }
  arm()
  return {stop: () => cancel?.()}
}
