// clinicsToServe: the clinics `sanad serve` serves after its first build, and, when none has a site,
// the one operational error that says why (a held-back clinic is its own case, not "not built").
import {describe, expect, it} from 'vitest'
import type {ClinicReport, RunReport} from '../../src/report/buildReport.ts'
import {clinicsToServe} from '../../src/server/clinicsToServe.ts'

const banned = {ruleId: 'banned-claim', severity: 'error' as const, message: '«المضمونة»: وعد بنتائج مضمونة.', documentId: 'clinic.x', path: 'name', url: '', location: ''}

const clinic = (slug: string, extra: Partial<ClinicReport> = {}): ClinicReport =>
  ({slug, name: slug, jurisdiction: 'EG', published: [], blocked: [], blockedProcedures: [], clinicFindings: [], warnings: [], scheduled: [], ...extra}) as ClinicReport

const report = (clinics: ClinicReport[]): RunReport => ({clinics} as unknown as RunReport)

describe('clinicsToServe', () => {
  it.each([
    ['a clinic with a new release', [clinic('nour-cairo', {release: {} as ClinicReport['release']})], ['nour-cairo']],
    ['a clinic that kept its previous site', [clinic('nour-cairo', {failure: 'OUTPUT_UNWRITABLE: disk full', previousSiteLive: true})], ['nour-cairo']],
    ['a held-back clinic whose previous site stays, beside one released', [clinic('nour-cairo', {clinicFindings: [banned], previousSiteLive: true}), clinic('lulu-dubai', {release: {} as ClinicReport['release']})], ['nour-cairo', 'lulu-dubai']],
    ['no clinic at all: the report page alone', [], []],
  ])('%s', (_, clinics, expected) => {
    expect(clinicsToServe(report(clinics), '/srv/dist')).toEqual(expected)
  })

  it.each([
    [
      'every clinic held back by its own texts, none with an earlier site',
      [clinic('nour-cairo', {clinicFindings: [banned], previousSiteLive: false}), clinic('lulu-dubai', {clinicFindings: [banned], previousSiteLive: false})],
      'CLINIC_TEXTS_HELD_BACK',
      "Nothing to serve: no clinic site could be published in /srv/dist, and none was published there before. nour-cairo: no release was written: the clinic's own texts, shown on every page, or its site's addresses fail the gate (see the report's clinicFindings) (lulu-dubai: see above).",
    ],
    [
      'every clinic failing alike',
      [clinic('nour-cairo', {failure: 'OUTPUT_OCCUPIED: /srv/dist/nour-cairo is a folder', previousSiteLive: false})],
      'OUTPUT_OCCUPIED',
      'Nothing to serve: no clinic site could be published in /srv/dist, and none was published there before. nour-cairo: /srv/dist/nour-cairo is a folder',
    ],
    [
      'one held back, one failing otherwise',
      [clinic('nour-cairo', {clinicFindings: [banned], previousSiteLive: false}), clinic('lulu-dubai', {failure: 'OUTPUT_OCCUPIED: taken', previousSiteLive: false})],
      'OUTPUT_UNWRITABLE',
      "Nothing to serve: no clinic site could be published in /srv/dist, and none was published there before. nour-cairo: no release was written: the clinic's own texts, shown on every page, or its site's addresses fail the gate (see the report's clinicFindings) (lulu-dubai: see above).",
    ],
  ])('%s: %s', (_, clinics, code, message) => {
    expect(() => clinicsToServe(report(clinics), '/srv/dist')).toThrow(expect.objectContaining({code, message}))
  })
})
