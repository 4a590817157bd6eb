// procedure-offered-broken: a clinic offering a procedure that is not a published, valid procedure
// loses that procedure's page; the build report says so on the clinic, and the site still publishes.
import {describe, expect, it} from 'vitest'
import type {Finding} from '../../src/findings/finding.ts'
import {runGate} from '../../src/gate/index.ts'
import {presetFor} from '../../src/presets/index.ts'
import {graphOf, NOW, ref, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const offering = (id: string, parseFindings: Finding[] = []) => {
  const graph = graphOf([
    ...supportingDocuments().map((document) =>
      document._id === 'clinic.nour-cairo' ? {...document, proceduresOffered: [ref('procedure.mesotherapy', 'o1'), ref(id, 'o2')]} : document,
    ),
    seed004Article(),
  ])
  return runGate({graph, clinic: graph.clinics.get('clinic.nour-cairo')!, now: NOW, preset: presetFor('EG'), parseFindings})
}

const invalid: Finding = {ruleId: 'schema-invalid', severity: 'error', message: 'x', documentId: 'procedure.prp', path: 'summary', url: 'docs/rules/schema-invalid.md'}

describe('procedure-offered-broken', () => {
  it.each<[name: string, id: string, parseFindings: Finding[], message: string | undefined]>([
    ['a published procedure', 'procedure.mesotherapy', [], undefined],
    ['a deleted one', 'procedure.prp', [], 'الربط في «الإجراءات المتاحة» يشير إلى procedure.prp وهو غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد). لا تُنشر له صفحة في موقع العيادة، ويُنشر الموقع من دونها. انشر المستند المشار إليه، أو اختر مستندًا آخر، أو احذف الربط.'],
    ['an invalid one', 'procedure.prp', [invalid], 'الربط في «الإجراءات المتاحة» يشير إلى procedure.prp، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه). لا تُنشر له صفحة في موقع العيادة، ويُنشر الموقع من دونها. أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.'],
    ['a document of another type', 'person.mona', [], 'الربط في «الإجراءات المتاحة» يشير إلى person.mona وهو مستند من نوع «شخص» والمتوقع «إجراء». لا تُنشر له صفحة في موقع العيادة، ويُنشر الموقع من دونها. اختر مستندًا من النوع الصحيح.'],
  ])('%s', (_, id, parseFindings, message) => {
    const result = offering(id, parseFindings)
    const broken = result.clinicFindings.filter((finding) => finding.ruleId === 'procedure-offered-broken')
    if (message === undefined) expect(broken).toEqual([])
    else expect(broken).toEqual([{ruleId: 'procedure-offered-broken', severity: 'warning', message, documentId: 'clinic.nour-cairo', path: 'proceduresOffered[_key=="o2"]', url: 'docs/rules/procedure-offered-broken.md'}])
    // A warning: the clinic's articles still publish.
    expect(result.articles.map((verdict) => verdict.publishable)).toEqual([true])
  })
})
