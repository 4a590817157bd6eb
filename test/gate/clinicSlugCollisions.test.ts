// slug-duplicate on the procedures a clinic offers: two procedure pages at one address, including
// slugs that differ only in letter case, which a case-insensitive file system keeps as one folder.
import {describe, expect, it} from 'vitest'
import {clinicSlugCollisions} from '../../src/gate/clinicSlugCollisions.ts'
import {clinic, graphOf, mesotherapyProcedure, ref} from '../support/gateFixtures.ts'

const offering = (secondSlug: string) => {
  const graph = graphOf([
    {...clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'), proceduresOffered: [ref('procedure.mesotherapy', 'o1'), ref('procedure.prp', 'o2')]},
    mesotherapyProcedure(),
    mesotherapyProcedure({_id: 'procedure.prp', name: 'البلازما', slug: {current: secondSlug}}),
  ])
  return clinicSlugCollisions(graph.clinics.get('clinic.nour-cairo')!, graph)
}

describe('slug-duplicate on the procedures a clinic offers', () => {
  it.each([
    ['mesotherapy', ['procedure.mesotherapy', 'procedure.prp']],
    ['Mesotherapy', ['procedure.mesotherapy', 'procedure.prp']],
    ['MESOTHERAPY', ['procedure.mesotherapy', 'procedure.prp']],
    ['prp', []],
  ])('a second procedure at %s: findings on %j', (slug, documentIds) => {
    expect(offering(slug).map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual(documentIds.map((id) => `slug-duplicate ${id} slug`))
  })

  it('names each address when the slugs differ only in letter case', () => {
    expect(offering('Mesotherapy')[0]!.message).toMatch(
      /^الروابط \/procedures\/mesotherapy\/، \/procedures\/Mesotherapy\/ لا تختلف إلا في حالة الأحرف، وتعدّها أنظمة الملفات وكثير من الخوادم رابطًا واحدًا يستخدمه أكثر من إجراء تقدّمه هذه العيادة: «الميزوثيرابي» \(procedure\.mesotherapy\)، «البلازما» \(procedure\.prp\)\. /,
    )
    expect(offering('mesotherapy')[0]!.message).toMatch(/^الرابط \/procedures\/mesotherapy\/ يستخدمه أكثر من إجراء تقدّمه هذه العيادة: /)
  })
})
