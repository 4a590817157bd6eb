// `sanad check`: load, parse and gate every selected clinic; nothing is written.
import {loadContent} from '../content/loadContent.ts'
import type {RunReport} from '../report/buildReport.ts'
import type {ContentSource} from '../sources/contentSource.ts'
import {clinicReport, gateClinics, runReport} from './gateContent.ts'
import {selectClinics} from './selectClinics.ts'

export interface CheckRequest {
  source: ContentSource
  clinicSlugs?: readonly string[]
  now: Date
}

export const runCheck = async ({source, clinicSlugs, now}: CheckRequest): Promise<RunReport> => {
  const startedAt = performance.now()
  const loaded = await loadContent(source)
  const gated = gateClinics(loaded, selectClinics(loaded, clinicSlugs), now)
  return runReport(loaded, gated.map(clinicReport), startedAt)
}
