// Every page of a clinic's site shows its own texts (name, place, phone numbers) and the disclaimer
// in force for its country: the clinic preset's text rules read them, with the document and field to fix.
import {describe, expect, test} from 'vitest'
import {checkClinicTexts} from '../../src/gate/checkClinicTexts.ts'
import {presetFor} from '../../src/presets/index.ts'
import {clinic, disclaimer, graphWith, seed004Article} from '../support/gateFixtures.ts'

const TODAY = '2026-11-21'

const contact = (extra: Record<string, unknown>) => ({_type: 'contact', address: '١٢ شارع المثال، مصر الجديدة', city: 'القاهرة', phone: '+20 2 1234 5678', ...extra})

const cairo = (extra: Record<string, unknown> = {}) => ({...clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'), contact: contact({}), ...extra})
const dubai = (extra: Record<string, unknown> = {}) => ({...clinic('clinic.lulu-dubai', 'lulu-dubai', 'عيادة لؤلؤ', 'AE'), contact: contact({city: 'دبي'}), ...extra})
const riyadh = (extra: Record<string, unknown> = {}) => ({...clinic('clinic.rawda-riyadh', 'rawda-riyadh', 'عيادة الروضة', 'SA'), ...extra})

const findingsOf = (clinicDocument: Record<string, unknown> & {_id: string; _type: string}, extra: Array<Record<string, unknown> & {_id: string; _type: string}> = []) => {
  const graph = graphWith(seed004Article(), {extra: [clinicDocument, ...extra]})
  const shown = graph.clinics.get(clinicDocument._id)!
  return checkClinicTexts({clinic: shown, graph, today: TODAY, preset: presetFor(shown.jurisdiction)})
}

describe('checkClinicTexts', () => {
  test.each([
    {name: 'plain texts', clinic: cairo(), extra: [], expected: []},
    {name: 'a clinic name promising results', clinic: cairo({name: 'عيادة النتائج المضمونة'}), extra: [], expected: ['banned-claim error clinic.nour-cairo name']},
    {name: 'the same promise with diacritics and tatweel, SA', clinic: riyadh({name: 'عيادةُ النّتـــائجِ المضمـونةِ'}), extra: [], expected: ['banned-claim error clinic.rawda-riyadh name']},
    {name: 'self-praise in the address', clinic: cairo({contact: contact({address: 'برج الأفضل، مصر الجديدة'})}), extra: [], expected: ['banned-claim error clinic.nour-cairo contact.address']},
    {name: 'an override reversing the building number', clinic: riyadh({contact: contact({address: 'مبنى \u202E١٢\u202C، حي الورود'})}), extra: [], expected: ['bidi-control error clinic.rawda-riyadh contact.address']},
    {name: 'an override in the phone number', clinic: dubai({contact: contact({phone: '+971 4 \u202E123\u202C 4567'})}), extra: [], expected: ['bidi-control error clinic.lulu-dubai contact.phone']},
    {name: 'a zero-width space in the city only warns', clinic: cairo({contact: contact({city: 'القا\u200Bهرة'})}), extra: [], expected: ['invisible-char warning clinic.nour-cairo contact.city']},
    {name: 'a discount with Arabic-Indic digits warns in EG', clinic: cairo({contact: contact({address: 'خصم ٥٠٪ لزوار فرع مصر الجديدة'})}), extra: [], expected: ['banned-claim warning clinic.nour-cairo contact.address']},
    {name: 'the same discount blocks in AE', clinic: dubai({contact: contact({address: 'خصم ٥٠٪ لزوار فرع جميرا'})}), extra: [], expected: ['banned-claim error clinic.lulu-dubai contact.address']},
    {
      name: 'a promise in the disclaimer in force',
      clinic: cairo(),
      extra: [{...disclaimer('disclaimer.eg-2026', 'EG', '2026.1', '2026-01-01'), text: 'نتائج مضمونة ١٠٠٪ مع أطبائنا.'}],
      expected: ['banned-claim error disclaimer.eg-2026 text'],
    },
    {
      name: 'an override in the title of the disclaimer in force',
      clinic: cairo(),
      extra: [{...disclaimer('disclaimer.eg-2026', 'EG', '2026.1', '2026-01-01'), title: 'إخلاء \u202Bالمسؤولية\u202C'}],
      expected: ['bidi-control error disclaimer.eg-2026 title'],
    },
    {
      name: 'a superseded disclaimer is on no page',
      clinic: cairo(),
      extra: [{...disclaimer('disclaimer.eg-2025', 'EG', '2025.1', '2025-01-01'), text: 'نتائج مضمونة ١٠٠٪.'}],
      expected: [],
    },
    {
      name: 'another country\'s disclaimer is on no page of this clinic',
      clinic: cairo(),
      extra: [{...disclaimer('disclaimer.ae-2026', 'AE', '2026.1', '2026-01-01'), text: 'نتائج مضمونة ١٠٠٪.'}],
      expected: [],
    },
  ])('$name', ({clinic: clinicDocument, extra, expected}) => {
    expect(findingsOf(clinicDocument, extra).map((finding) => `${finding.ruleId} ${finding.severity} ${finding.documentId} ${finding.path}`)).toEqual(expected)
  })

  test('says what was found, why, and what to write instead, with the rule\'s docs', () => {
    expect(findingsOf(cairo({name: 'عيادة النتائج المضمونة'}))).toEqual([{
      ruleId: 'banned-claim',
      severity: 'error',
      message: '«النتائج المضمونة»: وعد بنتائج مضمونة. لا يمكن لأحد أن يضمن نتيجة إجراء طبي أو تجميلي، فالاستجابة تختلف من شخص لآخر؛ وعد الضمان أو النتيجة الفورية أو «100%» ادعاء تسويقي محظور. اقتراح: تختلف النتائج من شخص لآخر، ويناقش الطبيب معك التوقعات الواقعية قبل البدء.',
      documentId: 'clinic.nour-cairo',
      path: 'name',
      url: 'docs/rules/banned-claim.md',
    }])
  })
})
