// claim-text-mismatch: the words an article marks for a claim are its approved statement, up to
// spelling variants and punctuation that changes no claim; a paraphrase, a part, an addition, a mark on
// no words or one split by unmarked words is reported at the claimRef.
import {describe, expect, test} from 'vitest'
import {claimWording} from '../../src/checks/claim-text-mismatch.ts'
import {claim, claimRefMark, gateFindings, graphWith, seed004Article, seed004Body, span, summarize, textBlock} from '../support/gateFixtures.ts'

const RULE = 'claim-text-mismatch'
const AT_M1 = `${RULE} error body[_key=="b1"].markDefs[_key=="m1"]`
const STATEMENT = 'بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'

/** Seed 004 with the first claim's marked words replaced by `spans` (text, marked?). */
const withMarked = (...spans: [string, boolean][]) => {
  const [, ...rest] = seed004Body()
  const b1 = textBlock('b1', spans.map(([text, marked], index) => span(`s${index}`, text, marked ? ['m1'] : [])), [claimRefMark('m1', 'claim.meso-hair-density')])
  return seed004Article({body: [b1, ...rest]})
}

const cases = [
  {name: 'the approved words', spans: [['بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات', true]], expected: []},
  {name: 'the full stop inside the mark', spans: [['بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.', true]], expected: []},
  {name: 'no tashkeel, hamza folded, Arabic-Indic digits', spans: [['بعض الدراسات تشير الى تحسن في كثافة الشعر او سماكته بعد ٣–٦ جلسات', true]], expected: []},
  {name: 'full tashkeel and tatweel', spans: [['بَعْضُ الدِّراساتِ تُشيرُ إلى تَحسُّنٍ في كثـــافة الشَّعرِ أو سَماكَتِهِ بعد 3-6 جلسات', true]], expected: []},
  {name: 'split over spans by bold, with a bidi mark', spans: [['بعض الدراسات تشير إلى تحسّن ', true], ['في كثافة الشعر\u200f', true], [' أو سماكته بعد 3–6 جلسات', true]], expected: []},
  {name: 'the writer’s words around the mark are not compared', spans: [['في فروة الرأس: ', false], ['بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات', true], ['، لكن الدليل محدود.', false]], expected: []},
  {name: 'a paraphrase', spans: [['قد يفيد بعض الحالات كجزء من خطة', true]], expected: [AT_M1], says: ['في المقال: «قد يفيد بعض الحالات كجزء من خطة»', 'نص الادعاء: «بعض الدراسات تشير إلى تحسّن', 'لا يطابق نص الادعاء، والشارة تشهد لنص الادعاء وحده']},
  {name: 'a part that drops the hedge', spans: [['تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات', true]], expected: [AT_M1]},
  {name: 'words added inside the mark', spans: [['بعض الدراسات تشير إلى تحسّن مضمون في كثافة الشعر أو سماكته بعد 3–6 جلسات', true]], expected: [AT_M1]},
  {name: 'another number', spans: [['بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–4 جلسات', true]], expected: [AT_M1]},
  {name: 'a mark on a space only: the badge would stand beside unmarked words', spans: [['بعض الدراسات تشير إلى تحسّن', false], [' ', true]], expected: [AT_M1], says: ['بنص بلا كلمات']},
  {name: 'a mark on an empty span', spans: [['بعض الدراسات تشير إلى تحسّن في كثافة الشعر', false], ['', true]], expected: [AT_M1], says: ['بنص بلا كلمات']},
  {
    name: 'one mark split by an unmarked word: two badges around words nobody approved',
    spans: [['بعض الدراسات ', true], ['لا ', false], ['تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات', true]],
    expected: [AT_M1],
    says: ['بأجزاء متفرقة', '«بعض الدراسات» … «تشير إلى تحسّن في كثافة الشعر أو سماكته…»'],
  },
  {name: 'a greater-than the statement does not have', spans: [['بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد >3–6 جلسات', true]], expected: [AT_M1]},
  {name: 'the statement asked as a question', spans: [['بعض الدراسات تشير إلى تحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات؟', true]], expected: [AT_M1]},
  {name: 'a Latin word for the Arabic one', spans: [['بعض الدراسات تشير إلى تحسّن في hair density أو سماكته بعد 3–6 جلسات', true]], expected: [AT_M1]},
] as {name: string; spans: [string, boolean][]; expected: string[]; says?: string[]}[]

describe(RULE, () => {
  test.each(cases)('$name', ({spans, expected, says = []}) => {
    const graph = graphWith(withMarked(...spans), {extra: [claim('claim.meso-hair-density', STATEMENT)]})
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('blocks the article in every jurisdiction', () => {
    const graph = graphWith(withMarked(['قد يفيد بعض الحالات كجزء من خطة', true]), {extra: [claim('claim.meso-hair-density', STATEMENT)]})
    for (const clinicId of ['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']) {
      expect(summarize(gateFindings(graph, {clinicId}), RULE)).toEqual([AT_M1])
    }
  })

  test('a claim missing from the graph is reference-broken’s, not this rule’s', () => {
    expect(summarize(gateFindings(graphWith(seed004Article(), {without: ['claim.meso-hair-density']})), RULE)).toEqual([])
  })
})

describe('claimWording', () => {
  test.each([
    ['التحسّن—إن حدث—يظهر تدريجيًا.', 'التحسن ان حدث يظهر تدريجيا'],
    ['«نتائجٌ» (مؤقتة)، ١٠٪', 'نتائج مؤقته 10 %'],
    ['بعد ٣–٦ جلسات', 'بعد 3-6 جلسات'],
    ['بعد 3 - 6 جلسات', 'بعد 3-6 جلسات'],
    ['انخفض بنسبة −20٪', 'انخفض بنسبه -20 %'],
    ['جرعة ١٫٥ مل', 'جرعه 1.5 مل'],
    ['أكثر من 70% (>70%) أو أقل (≤ 30%)', 'اكثر من 70 % > 70 % او اقل ≤ 30 %'],
    ['هل يعالج التساقط؟', 'هل يعالج التساقط ?'],
    ['\u202bPRP\u202c وMicro needling', 'prp وmicro needling'],
  ])('%s → %s', (input, expected) => {
    expect(claimWording(input)).toBe(expected)
  })

  test.each([
    ['a greater-than and a less-than', 'تحسّن لدى >70% من المرضى', 'تحسّن لدى <70% من المرضى'],
    ['a decimal and a whole number', 'جرعة 1.5 مل', 'جرعة 15 مل'],
    ['a question and a statement', 'يعالج التساقط؟', 'يعالج التساقط.'],
    ['a signed and an unsigned change', 'تغيّر بنسبة −20٪', 'تغيّر بنسبة 20٪'],
    ['a range and two numbers', 'بعد 3–6 جلسات', 'بعد 3 6 جلسات'],
    ['a power and a number (the folding reads «³» as «3»)', 'نحو 10³ خلية', 'نحو 103 خلية'],
    ['per mille and a number', 'لدى 5‰ من المرضى', 'لدى 5 من المرضى'],
    ['a multiple and a number', 'كثافة أعلى 2× بعد الجلسات', 'كثافة أعلى 2 بعد الجلسات'],
    ['about and exactly', 'تحسّن بنحو ≈20%', 'تحسّن بنحو 20%'],
    ['a tilde and exactly', 'تحسّن ~20%', 'تحسّن 20%'],
  ])('keeps apart %s', (_, one, other) => {
    expect(claimWording(one)).not.toBe(claimWording(other))
  })
})
