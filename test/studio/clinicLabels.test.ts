// How the Studio names clinics to a writer: by name, by name and slug where two share a name, by
// name and id should the slugs match too; one clinic listed twice is one clinic.
import {describe, expect, test} from 'vitest'
import {clinicLabels} from '../../src/studio/validation/clinicLabels.ts'

const clinic = (_id: string, slug: string, name: string) => ({_id, name, slug: {current: slug}})

describe('clinicLabels', () => {
  test.each([
    {name: 'no clinics', clinics: [], expected: []},
    {
      name: 'names apart: by name',
      clinics: [clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور'), clinic('clinic.lulu-dubai', 'lulu-dubai', 'عيادة لؤلؤ')],
      expected: [['clinic.nour-cairo', 'عيادة نور'], ['clinic.lulu-dubai', 'عيادة لؤلؤ']],
    },
    {
      name: 'one name shared: those two by name and slug, the third by name',
      clinics: [clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور'), clinic('clinic.nour-dubai', 'nour-dubai', 'عيادة نور'), clinic('clinic.lulu-dubai', 'lulu-dubai', 'عيادة لؤلؤ')],
      expected: [['clinic.nour-cairo', 'عيادة نور (nour-cairo)'], ['clinic.nour-dubai', 'عيادة نور (nour-dubai)'], ['clinic.lulu-dubai', 'عيادة لؤلؤ']],
    },
    {
      name: 'name and slug shared: by name and id',
      clinics: [clinic('clinic.nour-1', 'nour', 'عيادة نور'), clinic('clinic.nour-2', 'nour', 'عيادة نور')],
      expected: [['clinic.nour-1', 'عيادة نور (clinic.nour-1)'], ['clinic.nour-2', 'عيادة نور (clinic.nour-2)']],
    },
    {
      name: 'one clinic listed twice: one clinic, by name',
      clinics: [clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور'), clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور')],
      expected: [['clinic.nour-cairo', 'عيادة نور']],
    },
  ])('$name', ({clinics, expected}) => {
    expect([...clinicLabels(clinics)]).toEqual(expected)
  })
})
