// target-clinics-missing in a build's report: an article that reaches no clinic says why, and a target
// clinic that is published but fails the content model is said to be so (as target-clinic-unknown
// says of the entry), not to be unpublished.
import {describe, expect, test} from 'vitest'
import {articlesReachingNoClinic} from '../../src/checks/target-clinics-missing.ts'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {ref, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const reportFor = (targetClinics: unknown[], edit: (document: Record<string, unknown> & {_id: string}) => Record<string, unknown> = (document) => document) => {
  const parsed = parseDocuments([...supportingDocuments().map(edit), seed004Article({targetClinics})])
  return articlesReachingNoClinic(buildContentGraph(parsed.documents), parsed.findings).map(({severity, documentId, path, message}) => `${severity} ${documentId} ${path}: ${message}`)
}

const HEAD = 'warning article.meso-realistic targetClinics: المقال «الميزوثيرابي للشعر: ما الذي يمكن توقعه فعلًا؟» لا يصل إلى أي موقع: '

describe('articlesReachingNoClinic', () => {
  test.each([
    {name: 'no clinic chosen', targets: [], says: 'لم تُختر عيادة يُنشر فيها المقال، فلم تُفحص شروط النشر بعد. اختر عيادة واحدة على الأقل في «العيادات المستهدفة».'},
    {name: 'only a clinic that is not published', targets: [ref('clinic.ghost', 't1')], says: 'لا عيادة منشورة بين «العيادات المستهدفة»، فلم تُفحص شروط النشر بعد. اختر عيادة منشورة، أو انشر العيادة أولًا.'},
    {
      name: 'only a clinic that is published but fails the content model',
      targets: [ref('clinic.nour-cairo', 't1')],
      says: 'لا تضم «العيادات المستهدفة» إلا عيادات منشورة لا تطابق مستنداتها نموذج المحتوى (انظر خطأ schema-invalid عليها)، فلا تُبنى مواقعها ولم تُفحص شروط النشر بعد. أصلح مستند العيادة وأعد نشره، أو اختر عيادة أخرى منشورة.',
    },
  ])('$name', ({targets, says}) => {
    const report = reportFor(targets, (document) => (document._id === 'clinic.nour-cairo' ? {...document, locale: 'ar'} : document))
    expect(report).toEqual([expect.stringContaining(says)])
    expect(report[0]!.startsWith('warning article.meso-realistic targetClinics: المقال «')).toBe(true)
  })
})
