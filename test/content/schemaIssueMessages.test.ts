// What a writer reads when a document does not fit the content model: the field, named by its
// Portable Text key where it has one, and in Arabic what is wrong with it and how a right value looks.
import {describe, expect, test} from 'vitest'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {citation, claim, clinic, person, seed004Article, seed004Body} from '../support/gateFixtures.ts'

const problems = (raw: Record<string, unknown> & {_id: string; _type: string}): string[] =>
  parseDocuments([raw]).findings.map((finding) => `${finding.path} | ${finding.message.replace(/^المستند لا يطابق نموذج المحتوى في الحقل (?:«[^»]+» \(\S+\)|\S+): /, '').replace(/\. صحّح الحقل في الاستوديو ثم أعد النشر\.$/, '')}`)

const withCitation = (extra: Record<string, unknown>) => claim('claim.c', 'نص الادعاء', {evidence: {certainty: 'low', citations: [citation('c1', extra)]}})

describe('schema-invalid messages', () => {
  test.each([
    {name: 'a required field that is missing', raw: {...person('person.p', 'x', ['writer']), name: undefined}, expected: ['name | الحقل مطلوب وليست له قيمة']},
    {name: 'a number where text belongs', raw: person('person.p', 7 as unknown as string, ['writer']), expected: ['name | المتوقع نص، والموجود رقم']},
    {name: 'an empty text', raw: person('person.p', '', ['writer']), expected: ['name | الحقل فارغ، ويجب أن يُملأ']},
    {name: 'an empty list', raw: person('person.p', 'منى', []), expected: ['roles | القائمة فارغة، ويجب أن تضم عنصرًا واحدًا على الأقل']},
    {
      name: 'a value outside the list, in a list of plain strings (named by position)',
      raw: person('person.p', 'منى', ['writer', 'boss']),
      expected: ['roles[1] | القيمة «boss» ليست من الخيارات المسموحة: كاتب طبي (writer)، مراجع طبي (medicalReviewer)، محرر (editor)'],
    },
    {
      name: 'a choice left empty',
      raw: {...clinic('clinic.c', 'c', 'عيادة', 'EG'), jurisdiction: undefined},
      expected: ['jurisdiction | الحقل مطلوب وليست له قيمة؛ الخيارات المسموحة: مصر (EG)، السعودية (SA)، الإمارات (AE)'],
    },
    {
      name: 'a body block of an unknown type, named by its key',
      raw: seed004Article({body: [...seed004Body(), {_type: 'table', _key: 'tb1'}]}),
      expected: ['body[_key=="tb1"]._type | النوع «table» غير معروف هنا؛ الأنواع المسموحة: block، evidenceNote، faq، procedureSafety، disclaimerBlock'],
    },
    {
      name: 'a PMID with letters in it',
      raw: withCitation({pmid: 'PMID 123'}),
      expected: ['evidence.citations[_key=="c1"].pmid | القيمة «PMID 123» لا تطابق صيغة رقم PMID (أرقام فقط، حتى 9 أرقام)؛ مثال صحيح: 31234567'],
    },
    {
      name: 'a DOI given as a link',
      raw: withCitation({doi: 'https://doi.org/10.1111/jdv.1'}),
      expected: ['evidence.citations[_key=="c1"].doi | القيمة «https://doi.org/10.1111/jdv.1» لا تطابق صيغة معرّف DOI (يبدأ بـ 10. ثم رقم الناشر ثم /)؛ مثال صحيح: 10.1111/jocd.12345'],
    },
    {
      name: 'a colour by name',
      raw: {...clinic('clinic.c', 'c', 'عيادة', 'EG'), branding: {primaryColor: 'أزرق'}},
      expected: ['branding.primaryColor | القيمة «أزرق» لا تطابق صيغة رمز لون سداسي عشري (hex)؛ مثال صحيح: #1B4F72'],
    },
    {
      name: 'a review date written the Arabic way',
      raw: seed004Article({nextReviewDue: '١/٣/٢٠٢٧'}),
      expected: ['nextReviewDue | القيمة «١/٣/٢٠٢٧» ليست تاريخًا بصيغة YYYY-MM-DD مثل 2026-11-21'],
    },
    {
      name: 'a link without its scheme',
      raw: withCitation({url: 'pubmed'}),
      expected: ['evidence.citations[_key=="c1"].url | القيمة «pubmed» ليست رابطًا كاملًا يبدأ بـ https://'],
    },
  ])('$name', ({raw, expected}) => {
    expect(problems(raw as Record<string, unknown> & {_id: string; _type: string})).toEqual(expected)
  })

  test("no message carries zod's English", () => {
    const findings = parseDocuments([
      {_id: 'person.a', _type: 'person', name: 5, roles: 'writer'},
      {_id: 'clinic.a', _type: 'clinic', name: [], slug: 'c', jurisdiction: 'KW', branding: {primaryColor: 12}},
      {_id: 'article.a', _type: 'article', title: {}, body: [{_key: 'b', _type: 'block', children: [{_type: 'span'}]}], lastReviewed: 'yesterday'},
    ]).findings
    expect(findings.length).toBeGreaterThan(8)
    for (const finding of findings) expect(finding.message).not.toMatch(/Invalid|expected|received|Too (small|big)|must/i)
  })
})
