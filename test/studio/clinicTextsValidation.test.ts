// Clinic and disclaimer forms show what the gate of the texts every page of a clinic's site shows
// finds, at the field, under the document's own country's preset; an error says it holds back the
// site(s) until fixed.
import {describe, expect, test} from 'vitest'
import {clinicTextsValidation} from '../../src/studio/validation/clinicTextsValidation.ts'
import {CLINIC_HELD_BACK_NOTE, disclaimerHeldBackNote, studioClinicTextFindings} from '../../src/studio/validation/studioClinicTextFindings.ts'
import {runValidation} from '../support/fakeStudio.ts'
import {clinic, disclaimer} from '../support/gateFixtures.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

const cairo = (extra: Record<string, unknown> = {}): Raw => ({...clinic('drafts.clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'), contact: {_type: 'contact', address: '١٢ شارع المثال', city: 'القاهرة'}, ...extra})
const dubai = (extra: Record<string, unknown> = {}): Raw => ({...clinic('clinic.lulu-dubai', 'lulu-dubai', 'عيادة لؤلؤ', 'AE'), ...extra})
const egDisclaimer = (extra: Record<string, unknown> = {}): Raw => ({...disclaimer('drafts.disclaimer.eg-2027', 'EG', '2027.1', '2027-01-01'), ...extra})

const lines = (findings: readonly {ruleId: string; severity: string; documentId: string; path: string}[]) =>
  findings.map((f) => `${f.ruleId} ${f.severity} ${f.documentId} ${f.path}`)

describe('studioClinicTextFindings', () => {
  test.each([
    {name: 'a clean clinic', document: cairo(), expected: []},
    {name: 'a clinic name promising results, with tatweel', document: cairo({name: 'عيادة النتائـــج المضمونة'}), expected: ['banned-claim error drafts.clinic.nour-cairo name']},
    {name: 'an override in the city', document: cairo({contact: {_type: 'contact', city: 'القا\u202Eهرة\u202C'}}), expected: ['bidi-control error drafts.clinic.nour-cairo contact.city']},
    {name: 'a discount in the address warns in EG', document: cairo({contact: {_type: 'contact', address: 'خصم ٥٠٪ للزيارة الأولى'}}), expected: ['banned-claim warning drafts.clinic.nour-cairo contact.address']},
    {name: 'the same discount blocks in AE', document: dubai({contact: {_type: 'contact', address: 'خصم ٥٠٪ للزيارة الأولى'}}), expected: ['banned-claim error clinic.lulu-dubai contact.address']},
    {name: 'a ZWNJ in a Persian word is allowed in AE', document: dubai({contact: {_type: 'contact', address: 'می\u200Cخواهم، جميرا'}}), expected: []},
    {name: 'a clean disclaimer', document: egDisclaimer(), expected: []},
    {name: 'a disclaimer promising results, with diacritics and Arabic-Indic digits', document: egDisclaimer({text: 'نتائجُ مضمونةٌ ١٠٠٪ مع أطبائنا.'}), expected: ['banned-claim error drafts.disclaimer.eg-2027 text']},
    {name: 'an isolate in the disclaimer title', document: egDisclaimer({title: 'إخلاء \u2067المسؤولية\u2069'}), expected: ['bidi-control error drafts.disclaimer.eg-2027 title']},
    {name: 'a new clinic draft with only its name and country: the name is checked, the empty fields say so', document: {_id: 'drafts.clinic.new', _type: 'clinic', name: 'الأفضل في القاهرة', jurisdiction: 'EG', locale: 'ar-EG'}, expected: ['schema-invalid error drafts.clinic.new slug', 'banned-claim error drafts.clinic.new name']},
  ])('$name', ({document, expected}) => {
    expect(lines(studioClinicTextFindings({document}))).toEqual(expected)
  })

  test('an error says it holds back the site; a warning does not', () => {
    const [error] = studioClinicTextFindings({document: cairo({name: 'عيادة النتائج المضمونة'})})
    expect(error!.message).toBe(
      `«النتائج المضمونة»: وعد بنتائج مضمونة. لا يمكن لأحد أن يضمن نتيجة إجراء طبي أو تجميلي، فالاستجابة تختلف من شخص لآخر؛ وعد الضمان أو النتيجة الفورية أو «100%» ادعاء تسويقي محظور. اقتراح: تختلف النتائج من شخص لآخر، ويناقش الطبيب معك التوقعات الواقعية قبل البدء. (${CLINIC_HELD_BACK_NOTE})`,
    )
    const [warning] = studioClinicTextFindings({document: cairo({contact: {_type: 'contact', address: 'خصم ٥٠٪ للزيارة الأولى'}})})
    expect(warning!.message).not.toContain(CLINIC_HELD_BACK_NOTE)
    expect(disclaimerHeldBackNote('SA')).toBe('يظهر في كل صفحة من مواقع عيادات السعودية ما دام هذا الإصدار ساريًا؛ حتى يُصلَح لا يُنشر لها إصدار جديد، وتبقى مواقعها السابقة كما هي')
  })
})

describe('clinicTextsValidation (the clinic and disclaimer forms)', () => {
  test('puts each finding at its field, errors and warnings apart', async () => {
    const document = cairo({name: 'عيادة النتائج المضمونة', contact: {_type: 'contact', city: 'القا\u200Bهرة'}})
    const {results} = await runValidation(clinicTextsValidation, document, [])
    expect(results.error).toEqual([{message: expect.stringMatching(/^«النتائج المضمونة»: وعد بنتائج مضمونة\..* \[banned-claim\]$/), path: ['name']}])
    expect(results.warning).toEqual([{message: expect.stringMatching(/^يحتوي النص على محارف خفية: U\+200B ZERO WIDTH SPACE .* \[invisible-char\]$/), path: ['contact', 'city']}])
  })

  test('checks a disclaimer under its own country: a discount warns in EG and blocks in AE', async () => {
    const text = 'خصم ٥٠٪ على الاستشارة الأولى.'
    const eg = await runValidation(clinicTextsValidation, egDisclaimer({text}), [])
    expect([eg.results.error, (eg.results.warning as Array<{path: unknown}>).map((marker) => marker.path)]).toEqual([true, [['text']]])
    const ae = await runValidation(clinicTextsValidation, egDisclaimer({jurisdiction: 'AE', text}), [])
    expect((ae.results.error as Array<{message: string; path: unknown}>).map((marker) => [marker.path, marker.message.endsWith(`(${disclaimerHeldBackNote('AE')}) [banned-claim]`)])).toEqual([[['text'], true]])
  })
})
