// Field titles: the generated catalog matches the Studio schema, and a path is named as the form names
// its fields, from the document down, as far as a field has a title of its own.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {schemaTypes} from '../../schemas/index.ts'
import {EMAIL_FORMAT} from '../../src/content/fieldFormats.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {extractDocumentTypeTitles, extractFieldTitles, type SchemaTypeDefinition} from '../../src/content/fieldTitles/extractFieldTitles.ts'
import {documentLocation} from '../../src/content/fieldTitles/documentLocation.ts'
import {fieldTitlesAt} from '../../src/content/fieldTitles/fieldTitlesAt.ts'
import {fieldTitlesModule} from '../../src/content/fieldTitles/fieldTitlesModule.ts'
import {citation, claim, licence, person, seed004Article, seed004Body} from '../support/gateFixtures.ts'

describe('fieldTitles.generated.ts', () => {
  test('is what `npm run typegen` writes from the schema today (run it after changing a field title)', () => {
    const generated = readFileSync(new URL('../../src/content/fieldTitles/fieldTitles.generated.ts', import.meta.url), 'utf8')
    const types = schemaTypes as unknown as SchemaTypeDefinition[]
    expect(generated).toBe(fieldTitlesModule(extractFieldTitles(types), extractDocumentTypeTitles(types)))
  })
})

describe('extractFieldTitles: what the Studio checks in a field', () => {
  const field = (validation?: (rule: any) => unknown) => extractFieldTitles([{name: 'doc', type: 'document', fields: [{name: 'f', title: 'حقل', type: 'string', validation}]}]).doc!.f
  test.each([
    {name: 'no validation', validation: undefined, expected: {title: 'حقل'}},
    {name: 'required only', validation: (rule: any) => rule.required(), expected: {title: 'حقل', required: true}},
    {name: 'required, worded', validation: (rule: any) => rule.required().error('املأه'), expected: {title: 'حقل', required: true}},
    {name: 'a format', validation: (rule: any) => rule.regex(/^\d+$/).error('أرقام فقط'), expected: {title: 'حقل', ownRule: true}},
    {name: 'a format the boundary shares (fieldFormats.ts)', validation: (rule: any) => rule.regex(EMAIL_FORMAT.pattern).error('بريد'), expected: {title: 'حقل', ownRule: true, format: 'email'}},
    {name: 'a shared format, as a warning: not the field\'s own check', validation: (rule: any) => rule.regex(EMAIL_FORMAT.pattern).warning(), expected: {title: 'حقل'}},
    {name: 'required and a custom check, as an array', validation: (rule: any) => [rule.required(), rule.custom(() => true)], expected: {title: 'حقل', required: true, ownRule: true}},
    {name: 'a range against a sibling', validation: (rule: any) => rule.min(rule.valueOfField('countMin')), expected: {title: 'حقل', ownRule: true}},
    {name: 'a warning keeps no value out', validation: (rule: any) => rule.custom(() => true).warning(), expected: {title: 'حقل'}},
    {name: 'a custom check that rejects an empty value (the slugs)', validation: (rule: any) => rule.custom((value?: string) => (value ? true : 'حقل مطلوب')), expected: {title: 'حقل', required: true, ownRule: true}},
    {name: 'a custom check that lets an empty value through', validation: (rule: any) => rule.custom((value?: string) => (!value || /^\d+$/.test(value) ? true : 'أرقام فقط')), expected: {title: 'حقل', ownRule: true}},
    {name: 'a custom check that needs the document', validation: (rule: any) => rule.custom((_value: unknown, context: {document: {x: string}}) => (context.document.x ? true : 'لا')), expected: {title: 'حقل', ownRule: true}},
    {name: 'an asynchronous custom check', validation: (rule: any) => rule.custom(async () => 'لاحقًا'), expected: {title: 'حقل', ownRule: true}},
    {name: 'a warning that rejects an empty value', validation: (rule: any) => rule.custom((value?: string) => (value ? true : 'يُستحسن')).warning(), expected: {title: 'حقل'}},
  ])('$name', ({validation, expected}) => {
    expect(field(validation)).toEqual(expected)
  })
})

describe('extractFieldTitles: which fields no writer can change', () => {
  const catalog = extractFieldTitles([
    {name: 'state', type: 'object', readOnly: true, fields: [{name: 'status', type: 'string'}, {name: 'history', type: 'array', of: [{type: 'object', name: 'event', fields: [{name: 'at', type: 'datetime'}]}]}]},
    {name: 'doc', type: 'document', fields: [
      {name: 'state', type: 'state'},
      {name: 'hash', type: 'string', readOnly: true},
      {name: 'decided', type: 'string', readOnly: () => true},
      {name: 'meta', type: 'object', readOnly: true, fields: [{name: 'by', type: 'string'}]},
      {name: 'title', type: 'string'},
    ]},
  ])
  test.each([
    ['a field of a read-only type', catalog.doc!.state, true],
    ["that type's own fields", catalog.state!.status, true],
    ['an item field of an array in it', catalog['state.history.event']!.at, true],
    ['a field marked read-only itself', catalog.doc!.hash, true],
    ['a field inside a read-only inline object', catalog['doc.meta']!.by, true],
    ['read-only by a function: it depends on the document and user, so not recorded', catalog.doc!.decided, undefined],
    ['an ordinary field', catalog.doc!.title, undefined],
  ])('%s', (_, field, readOnly) => {
    expect(field?.readOnly).toBe(readOnly)
  })
})

describe('fieldTitlesAt', () => {
  const faqArticle = seed004Article()
  const claimWithCitation = claim('claim.c', 'نص', {evidence: {certainty: 'low', citations: [citation('c1')]}})
  const withOtherLicences = {...person('person.p', 'د. هالة', ['medicalReviewer']), otherLicences: [{_key: 'l1', ...licence('الهيئة السعودية للتخصصات الصحية', '١٢٣٤٥', 'SA')}]}
  test.each([
    {name: 'a top-level field', type: 'article', raw: faqArticle, path: ['title'], expected: ['العنوان']},
    {name: 'a field of an inline object', type: 'article', raw: faqArticle, path: ['heroImage', 'alt'], expected: ['الصورة الرئيسية', 'النص البديل (بالعربية)']},
    {name: 'an FAQ item, found by its _type among the body’s members', type: 'article', raw: faqArticle, path: ['body', 5, 'items', 1, 'answer'], expected: ['نص المقال', 'الأسئلة', 'الجواب']},
    {name: 'a text block has no titled fields: named as far as the body', type: 'article', raw: faqArticle, path: ['body', 0, 'children', 1, 'text'], expected: ['نص المقال']},
    {name: 'a reference stops at its field', type: 'article', raw: faqArticle, path: ['author', '_ref'], expected: ['الكاتب']},
    {name: 'an item of an array of one object type', type: 'claim', raw: claimWithCitation, path: ['evidence', 'citations', 0, 'url'], expected: ['الدليل العلمي', 'المراجع', 'رابط']},
    {name: 'a licence among other licences', type: 'person', raw: withOtherLicences, path: ['otherLicences', 0, 'jurisdiction'], expected: ['تراخيص أخرى', 'دولة الترخيص']},
    {name: 'a field the schema does not have', type: 'article', raw: faqArticle, path: ['subtitle'], expected: []},
    {name: 'a type the catalog does not know', type: 'sanity.imageAsset', raw: {}, path: ['url'], expected: []},
  ])('$name', ({type, raw, path, expected}) => {
    expect(fieldTitlesAt(type, raw, path)).toEqual(expected)
  })
  test('the body fixture has the FAQ where the rows above expect it', () => {
    expect((seed004Body()[5] as {_type: string})._type).toBe('faq')
  })
})

describe('schema-invalid names the field by its Studio title, then its path', () => {
  test.each([
    {
      name: 'a missing slug',
      raw: seed004Article({slug: undefined}),
      expected: 'المستند لا يطابق نموذج المحتوى في الحقل «المعرّف في الرابط» (slug): الحقل مطلوب وليست له قيمة. صحّح الحقل في الاستوديو ثم أعد النشر.',
    },
    {
      name: 'an empty FAQ answer, with the FAQ item’s key in the path',
      raw: seed004Article({body: seed004Body().map((block) => ((block as {_type: string})._type === 'faq' ? {...(block as object), items: [{_key: 'q1', question: 'هل الإجراء مؤلم؟', answer: 5}]} : block))}),
      expected: 'المستند لا يطابق نموذج المحتوى في الحقل «نص المقال › الأسئلة › الجواب» (body[_key=="f1"].items[_key=="q1"].answer): المتوقع نص، والموجود رقم. صحّح الحقل في الاستوديو ثم أعد النشر.',
    },
    {
      name: 'a choice outside the list, named with the Studio’s titles',
      raw: {...person('person.p', 'د. هالة', ['medicalReviewer']), licence: licence('نقابة الأطباء', '٤٥٦', 'KW' as 'EG')},
      expected: 'المستند لا يطابق نموذج المحتوى في الحقل «الترخيص المهني › دولة الترخيص» (licence.jurisdiction): القيمة «KW» ليست من الخيارات المسموحة: مصر (EG)، السعودية (SA)، الإمارات (AE). صحّح الحقل في الاستوديو ثم أعد النشر.',
    },
    {
      // Before: «صحّح الحقل في الاستوديو», where only the workflow buttons change a claim's review.
      name: 'a read-only field (a claim’s review): put right where it was written, not in the Studio',
      raw: claim('claim.c', 'نص', {review: {status: 'accepted'}}),
      expected: 'المستند لا يطابق نموذج المحتوى في الحقل «المراجعة الطبية › الحالة» (review.status): القيمة «accepted» ليست من الخيارات المسموحة: مسودة (draft)، قيد المراجعة (inReview)، معتمد (approved)، مرفوض (rejected). لا يُعدَّل هذا الحقل في الاستوديو، فقيمته كُتبت من خارجه (استيراد أو نص برمجي أو واجهة Sanity البرمجية): صحّحها حيث كُتبت، أو اطلب ذلك من المسؤول التقني عن المحتوى.',
    },
    {
      name: 'a path with no title stays a path',
      raw: {_id: 'article.x', _type: 'article', title: 'عنوان', slug: {current: 'x'}, body: [{_key: 'b', _type: 'block', children: [{_key: 's', _type: 'span', text: 7}]}]},
      expected: 'المستند لا يطابق نموذج المحتوى في الحقل «نص المقال» (body[_key=="b"].children[_key=="s"].text): المتوقع نص، والموجود رقم. صحّح الحقل في الاستوديو ثم أعد النشر.',
    },
  ])('$name', ({raw, expected}) => {
    expect(parseDocuments([raw]).findings.map((finding) => finding.message)).toEqual([expected])
  })
})

describe('documentLocation: a linked document named as the Studio lists it', () => {
  const statement = 'قد يُحسّن الميزوثيرابي كثافة الشعر لدى بعض المرضى بعد ٣–٦ جلسات، بحسب دراسات صغيرة.'
  test.each([
    {name: 'a risk and its field', id: 'risk.pain', path: 'whatToDo', document: {_type: 'risk', name: 'ألم موضعي'}, expected: 'في «ألم موضعي» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»'},
    {name: 'a claim by the start of its statement', id: 'claim.meso', path: 'statement', document: {_type: 'claim', statement}, expected: 'في «قد يُحسّن الميزوثيرابي كثافة الشعر لدى…» (ادعاء طبي)، الحقل «نص الادعاء»'},
    {name: 'an FAQ answer of an article, by its keys', id: 'article.x', path: 'body[_key=="f1"].items[_key=="q2"].answer', document: seed004Article(), expected: 'في «الميزوثيرابي للشعر والبشرة: حقنة صغيرة…» (مقال)، الحقل «نص المقال › الأسئلة › الجواب»'},
    {name: 'a long name with no space is cut between letters, never inside a letter’s marks', id: 'risk.x', path: '', document: {_type: 'risk', name: `ا${'مُتَلازِمَةُ'.repeat(5)}`}, expected: `في «ا${'مُتَلازِمَةُ'.repeat(3)}مُ…» (خطر / أثر جانبي)`},
    {name: 'no path: the document only', id: 'risk.pain', path: '', document: {_type: 'risk', name: 'ألم موضعي'}, expected: 'في «ألم موضعي» (خطر / أثر جانبي)'},
    {name: 'a document with no name yet: its id', id: 'drafts.risk.new', path: 'whatToDo', document: {_type: 'risk', name: '  '}, expected: 'في المستند drafts.risk.new، الحقل «ماذا تفعل إن حدث»'},
    {name: 'a document not at hand: id and path', id: 'risk.gone', path: 'whatToDo', document: undefined, expected: 'في المستند risk.gone، الحقل whatToDo'},
  ])('$name', ({id, path, document, expected}) => {
    expect(documentLocation(id, path, document)).toBe(expected)
  })
})
