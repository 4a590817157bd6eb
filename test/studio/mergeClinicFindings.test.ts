// Several clinics' verdicts merged for one form: one entry per problem (rule, document, field,
// message), at its strictest severity, naming each clinic it concerns or blocks once, by id.
import {describe, expect, test} from 'vitest'
import type {Finding, Severity} from '../../src/findings/finding.ts'
import {mergeClinicFindings, type ClinicVerdict} from '../../src/studio/validation/mergeClinicFindings.ts'

const cairo = {_id: 'clinic.nour-cairo', name: 'عيادة نور'}
const dubai = {_id: 'clinic.nour-dubai', name: 'عيادة نور'}
const riyadh = {_id: 'clinic.rawda-riyadh', name: 'مركز روضة'}

const discount = (documentId: string, severity: Severity): Finding => ({
  ruleId: 'banned-claim',
  severity,
  message: '«بخصم 50%»: عرض أو خصم.',
  documentId,
  path: 'whatToDo',
  url: 'docs/rules/banned-claim.md',
})

/** `documentId severity clinics | blocking`, by clinic id. */
const lines = (verdicts: ClinicVerdict[]) =>
  mergeClinicFindings(verdicts).map(({finding, clinics, blocking}) =>
    `${finding.documentId} ${finding.severity} ${clinics.map((clinic) => clinic._id).join(',')} | ${blocking.map((clinic) => clinic._id).join(',')}`,
  )

describe('mergeClinicFindings', () => {
  test.each([
    {name: 'nothing found', verdicts: [{clinics: [cairo], findings: []}], expected: []},
    {
      name: 'one problem in two clinics: once, at the stricter severity, blocking only where it is an error',
      verdicts: [{clinics: [cairo], findings: [discount('risk.pain', 'warning')]}, {clinics: [riyadh], findings: [discount('risk.pain', 'error')]}],
      expected: ['risk.pain error clinic.nour-cairo,clinic.rawda-riyadh | clinic.rawda-riyadh'],
    },
    {
      name: 'the same wording in two documents: two problems, each naming the clinic once',
      verdicts: [{clinics: [riyadh], findings: [discount('risk.pain', 'error'), discount('risk.redness', 'error')]}],
      expected: ['risk.pain error clinic.rawda-riyadh | clinic.rawda-riyadh', 'risk.redness error clinic.rawda-riyadh | clinic.rawda-riyadh'],
    },
    {
      name: 'a clinic judged twice is named once',
      verdicts: [{clinics: [riyadh], findings: [discount('risk.pain', 'error')]}, {clinics: [riyadh], findings: [discount('risk.pain', 'error')]}],
      expected: ['risk.pain error clinic.rawda-riyadh | clinic.rawda-riyadh'],
    },
    {
      name: 'two clinics of one name are two clinics',
      verdicts: [{clinics: [cairo], findings: [discount('risk.pain', 'warning')]}, {clinics: [dubai], findings: [discount('risk.pain', 'error')]}],
      expected: ['risk.pain error clinic.nour-cairo,clinic.nour-dubai | clinic.nour-dubai'],
    },
    {
      name: 'a verdict for every clinic under one preset names them all; one for no clinic names none',
      verdicts: [{clinics: [cairo, dubai], findings: [discount('risk.pain', 'warning')]}, {clinics: [], findings: [discount('risk.pain', 'error')]}],
      expected: ['risk.pain error clinic.nour-cairo,clinic.nour-dubai | '],
    },
  ])('$name', ({verdicts, expected}) => {
    expect(lines(verdicts)).toEqual(expected)
  })

  test('names stay for display', () => {
    const [merged] = mergeClinicFindings([{clinics: [cairo], findings: [discount('risk.pain', 'error')]}, {clinics: [dubai], findings: [discount('risk.pain', 'error')]}])
    expect(merged!.blocking.map((clinic) => clinic.name)).toEqual(['عيادة نور', 'عيادة نور'])
  })
})
