// procedure-safety-missing: a procedure the clinic offers with no risk and no contraindication shows
// no safety section on its page or in its articles; the build report says so on the clinic, and the
// site still publishes.
import {describe, expect, it} from 'vitest'
import {runGate} from '../../src/gate/index.ts'
import {presetFor} from '../../src/presets/index.ts'
import {graphOf, mesotherapyProcedure, NOW, ref, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const RISKS = {risks: [{_key: 'r1', risk: ref('risk.bruising'), frequency: 'common', severity: 'mild'}]}
const CONTRAINDICATIONS = {contraindications: [{_key: 'c1', contraindication: ref('contraindication.pregnancy'), kind: 'absolute'}]}

const offering = (safety: Record<string, unknown>) => {
  const graph = graphOf([
    ...supportingDocuments().map((document) => {
      if (document._id === 'clinic.nour-cairo') return {...document, proceduresOffered: [ref('procedure.mesotherapy', 'o1')]}
      return document._id === 'procedure.mesotherapy' ? mesotherapyProcedure(safety) : document
    }),
    {_id: 'risk.bruising', _type: 'risk', name: 'كدمات', explanation: 'كدمات صغيرة مكان الحقن.', whatToDo: 'كمادات باردة.'},
    {_id: 'contraindication.pregnancy', _type: 'contraindication', name: 'الحمل والرضاعة', explanation: 'لا تتوفر بيانات أمان كافية.'},
    seed004Article(),
  ])
  return runGate({graph, clinic: graph.clinics.get('clinic.nour-cairo')!, now: NOW, preset: presetFor('EG')})
}

describe('procedure-safety-missing', () => {
  it.each<[name: string, safety: Record<string, unknown>, warned: boolean]>([
    ['risks and contraindications', {...RISKS, ...CONTRAINDICATIONS}, false],
    ['risks only', RISKS, false],
    ['contraindications only', CONTRAINDICATIONS, false],
    ['neither', {}, true],
    ['both lists empty', {risks: [], contraindications: []}, true],
  ])('a procedure offered with %s', (_, safety, warned) => {
    const result = offering(safety)
    const missing = result.clinicFindings.filter((finding) => finding.ruleId === 'procedure-safety-missing')
    expect(missing).toEqual(
      warned
        ? [
            {
              ruleId: 'procedure-safety-missing',
              severity: 'warning',
              message:
                'الإجراء «الميزوثيرابي» لا يذكر أي مخاطر ولا موانع استخدام، فتُنشر صفحته والمقالات عنه بلا قسم للسلامة، ولا يعرف القارئ أهو إجراء بلا مخاطر أم أنها لم تُكتب. أضف مخاطره في «المخاطر» وموانعه في «موانع الاستخدام».',
              documentId: 'procedure.mesotherapy',
              path: 'risks',
              url: 'docs/rules/procedure-safety-missing.md',
            },
          ]
        : [],
    )
    // A warning: the clinic's articles still publish, and so does the procedure's page.
    expect([result.articles.map((verdict) => verdict.publishable), result.blockedProcedures]).toEqual([[true], []])
  })
})
