// The clinics `sanad serve` and `npm start` serve after their first build: those with a site, new or
// kept from before. When clinics were built and none has one, serving would be an empty promise:
// the command fails with the clinics' own operational error instead.
import {ERROR_CATALOG, SanadError, type SanadErrorName} from '../errors/catalog.ts'
import {clinicOutcome, HELD_BACK_LOG, type ClinicReport, type RunReport} from '../report/buildReport.ts'

/** A clinic's failure is reported as `CODE: message` (runBuild); the catalog name, when it is one. */
const failureCode = (failure: string): SanadErrorName | undefined => {
  const code = failure.slice(0, failure.indexOf(': '))
  return Object.hasOwn(ERROR_CATALOG, code) ? (code as SanadErrorName) : undefined
}

const failureMessage = (clinic: ClinicReport): string => {
  if (clinicOutcome(clinic) === 'heldBack') return `no release was written: ${HELD_BACK_LOG}`
  const failure = clinic.failure ?? ''
  return failureCode(failure) ? failure.slice(failure.indexOf(': ') + 2) : failure
}

export const clinicsToServe = (report: RunReport, outDir: string): string[] => {
  const served = report.clinics.filter((clinic) => clinic.release || clinic.previousSiteLive).map((clinic) => clinic.slug)
  // Content with no clinic at all still has its report page to show.
  if (served.length > 0 || report.clinics.length === 0) return served
  const [first, ...others] = report.clinics as [ClinicReport, ...ClinicReport[]]
  const codes = new Set(report.clinics.map((clinic) => (clinicOutcome(clinic) === 'heldBack' ? 'CLINIC_TEXTS_HELD_BACK' : failureCode(clinic.failure ?? ''))))
  const [code] = codes.size === 1 ? [...codes] : []
  throw new SanadError(
    code ?? 'OUTPUT_UNWRITABLE',
    `Nothing to serve: no clinic site could be published in ${outDir}, and none was published there before. ${first.slug}: ${failureMessage(first)}${
      others.length > 0 ? ` (${others.map((clinic) => clinic.slug).join(', ')}: see above).` : ''
    }`,
  )
}
