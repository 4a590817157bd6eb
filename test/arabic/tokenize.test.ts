// tokenize: words, numbers and percent signs, with the clause, sentence and phrase each is in.
import {expect, test} from 'vitest'
import {normalizeWord} from '../../src/arabic/normalize.ts'
import {codesOf, NUMBER, PERCENT, tokenize, tokenizeCodes, WORD} from '../../src/arabic/tokenize.ts'

const tokens = (text: string) => {
  const normalized = normalizeWord(text)
  const stream = tokenize(normalized)
  return Array.from({length: stream.count}, (_, index) => ({
    word: normalized.slice(stream.start[index], stream.end[index]),
    kind: stream.kind[index],
    clause: stream.clause[index],
    sentence: stream.sentence[index],
  }))
}

test('words, a number with a decimal separator, and the percent sign', () => {
  expect(tokens('فعّال بنسبة ٩٩٫٥٪')).toEqual([
    {word: 'فعال', kind: WORD, clause: 0, sentence: 0},
    {word: 'بنسبه', kind: WORD, clause: 0, sentence: 0},
    {word: '99.5', kind: NUMBER, clause: 0, sentence: 0},
    {word: '%', kind: PERCENT, clause: 0, sentence: 0},
  ])
})

test.each([
  [
    'commas and dashes end clauses; . ! ? ؟ ; and line breaks end sentences; quotes separate words only',
    'ليس “جلسة سحرية”، لا—هو أساس؟ نعم.\nسطر',
    [['ليس', 0, 0], ['جلسه', 0, 0], ['سحريه', 0, 0], ['لا', 1, 0], ['هو', 2, 0], ['اساس', 2, 0], ['نعم', 3, 1], ['سطر', 4, 2]],
  ],
  [
    'a colon ends a clause as a comma does; a time or a ratio with a colon is one number',
    'لا داعي للقلق: نتائج مضمونة الساعة ١٢:٣٠ بنسبة 1:10',
    [['لا', 0, 0], ['داعي', 0, 0], ['للقلق', 0, 0], ['نتائج', 1, 0], ['مضمونه', 1, 0], ['الساعه', 1, 0], ['12:30', 1, 0], ['بنسبه', 1, 0], ['1:10', 1, 0]],
  ],
] as const)('%s', (_, text, expected) => {
  expect(tokens(text).map(({word, clause, sentence}) => [word, clause, sentence])).toEqual(expected)
})

test.each([
  ['a line break (\\n, \\r, U+2028, U+2029, a blank line) ends the sentence, not the phrase', 'علاج\nنهائي\rو\u2028آمن\u2029تماما\n\nهنا', [['علاج', 0, 0], ['نهائي', 1, 0], ['و', 2, 0], ['امن', 3, 0], ['تماما', 4, 0], ['هنا', 5, 0]]],
  ['punctuation ends the phrase, before a line break too', 'علاج.\nنهائي، آمن؛ تماما! جدا؟ نعم', [['علاج', 0, 0], ['نهائي', 1, 1], ['امن', 1, 2], ['تماما', 2, 3], ['جدا', 3, 4], ['نعم', 4, 5]]],
] as const)('%s', (_, text, expected) => {
  const normalized = normalizeWord(text)
  const stream = tokenize(normalized)
  expect(Array.from({length: stream.count}, (_, index) => [normalized.slice(stream.start[index], stream.end[index]), stream.sentence[index], stream.phrase[index]])).toEqual(expected)
})

test.each([
  ['a spaced hyphen, an en dash or an em dash with no second dash after it ends the clause', 'أولًا - ثانيًا. ثالثًا —رابعًا. خامسًا– سادسًا', [['اولا', 0, -1], ['ثانيا', 1, -1], ['ثالثا', 2, -1], ['رابعا', 3, -1], ['خامسا', 4, -1], ['سادسا', 5, -1]]],
  ['brackets and a pair of dashes hold a clause inside the one they sit in, which goes on after them', 'لا يوجد (حتى الآن) علاج - للأسف، حقًا - نهائي', [['لا', 0, -1], ['يوجد', 0, -1], ['حتي', 1, 0], ['الان', 1, 0], ['علاج', 0, -1], ['للاسف', 2, 0], ['حقا', 3, 0], ['نهائي', 0, -1]]],
  ['a hyphen inside a word or between numbers, and a dash in a range, part nothing', 'ما-قبل الجلسة 5 - 10 أو 5–10 وحدات', [['ما', 0, -1], ['قبل', 0, -1], ['الجلسه', 0, -1], ['5', 0, -1], ['10', 0, -1], ['او', 0, -1], ['5', 0, -1], ['10', 0, -1], ['وحدات', 0, -1]]],
  ['brackets nested past four only part clauses', 'ا (ب (ت (ث (ج (ح) خ', [['ا', 0, -1], ['ب', 1, 0], ['ت', 2, 1], ['ث', 3, 2], ['ج', 4, 3], ['ح', 5, 3], ['خ', 6, 3]]],
  ['a sentence end closes every bracket', 'لا تؤجلي (علاج. نهائي) هنا', [['لا', 0, -1], ['تؤجلي', 0, -1], ['علاج', 1, 0], ['نهائي', 2, -1], ['هنا', 2, -1]]],
] as const)('%s', (_, text, expected) => {
  const normalized = normalizeWord(text)
  const stream = tokenize(normalized)
  expect(Array.from({length: stream.count}, (_, index) => [normalized.slice(stream.start[index], stream.end[index]), stream.clause[index], stream.clauseParent[stream.clause[index]!]])).toEqual(expected)
})

// An aside opener for the table below: «حتى» only.
const opensWithHatta = (codes: Uint16Array, start: number, end: number) => String.fromCharCode(...codes.subarray(start, end)) === 'حتي'

test.each([
  ['an aside whose first word opens asides: the clause goes on after it', 'لا يوجد - حتى الآن - علاج', [['لا', 0, -1], ['يوجد', 0, -1], ['حتي', 1, 0], ['الان', 1, 0], ['علاج', 0, -1]]],
  ['any other word: the dashes part three clauses, each its own', 'لا حاجة - جلسة واحدة - علاج', [['لا', 0, -1], ['حاجه', 0, -1], ['جلسه', 1, -1], ['واحده', 1, -1], ['علاج', 2, -1]]],
  ['a list item holding a comma: both its clauses are their own', 'لا حاجة - جلسة، واحدة - علاج', [['لا', 0, -1], ['حاجه', 0, -1], ['جلسه', 1, -1], ['واحده', 2, -1], ['علاج', 3, -1]]],
] as const)('with opensAside, a pair of dashes: %s', (_, text, expected) => {
  const normalized = normalizeWord(text)
  const stream = tokenizeCodes(codesOf(normalized), normalized.length, undefined, opensWithHatta)
  expect(Array.from({length: stream.count}, (_, index) => [normalized.slice(stream.start[index], stream.end[index]), stream.clause[index], stream.clauseParent[stream.clause[index]!]])).toEqual(expected)
})

// An aside opener of two words for the table below: «في رأيي» only.
const wordAt = (codes: Uint16Array, start: number, end: number) => String.fromCharCode(...codes.subarray(start, end))
const opensWithFiRaayi = (codes: Uint16Array, start: number, end: number, nextStart: number, nextEnd: number) =>
  wordAt(codes, start, end) === 'في' && nextStart !== -1 && wordAt(codes, nextStart, nextEnd) === 'رايي'

test.each([
  ['its two words open an aside: the clause goes on after it', 'لا يوجد - في رأيي - علاج', [['لا', 0, -1], ['يوجد', 0, -1], ['في', 1, 0], ['رايي', 1, 0], ['علاج', 0, -1]]],
  ['its first word before another: the dashes part three clauses', 'لا حاجة - في جلسة - علاج', [['لا', 0, -1], ['حاجه', 0, -1], ['في', 1, -1], ['جلسه', 1, -1], ['علاج', 2, -1]]],
  ['its first word alone: the dashes part three clauses', 'لا حاجة - في - علاج', [['لا', 0, -1], ['حاجه', 0, -1], ['في', 1, -1], ['علاج', 2, -1]]],
] as const)('with opensAside reading the second word, a pair of dashes: %s', (_, text, expected) => {
  const normalized = normalizeWord(text)
  const stream = tokenizeCodes(codesOf(normalized), normalized.length, undefined, opensWithFiRaayi)
  expect(Array.from({length: stream.count}, (_, index) => [normalized.slice(stream.start[index], stream.end[index]), stream.clause[index], stream.clauseParent[stream.clause[index]!]])).toEqual(expected)
})

test('a sentence ending in a question mark is marked as a question', () => {
  const stream = tokenize(normalizeWord('هل النتائج مضمونة؟ لا، تختلف.'))
  expect([stream.sentenceIsQuestion[0], stream.sentenceIsQuestion[1]]).toEqual([1, 0])
  expect([stream.sentenceFirstToken[0], stream.sentenceFirstToken[1]]).toEqual([0, 3])
})

test('a question mark right after an exclamation mark makes the sentence it ends a question, not the next one', () => {
  const stream = tokenize(normalizeWord('حقًا!؟ النتائج مضمونة.'))
  expect([stream.sentenceIsQuestion[0], stream.sentenceIsQuestion[1]]).toEqual([1, 0])
  expect([stream.sentenceFirstToken[0], stream.sentenceFirstToken[1]]).toEqual([0, 1])
})

test.each([
  ['«!!؟»', 'مضمونة!!؟ نعم.', [1, 0]],
  ['«.؟» after a full stop', 'مضمونة.؟ نعم.', [1, 0]],
  ['a space between: the mark stands alone', 'مضمونة! ؟ نعم.', [0, 0]],
  ['a line break between', 'مضمونة!\n؟ نعم.', [0, 0]],
] as const)('an end mark run then «؟»: %s', (_, text, expected) => {
  const stream = tokenize(normalizeWord(text))
  expect([stream.sentenceIsQuestion[0], stream.sentenceIsQuestion[1]]).toEqual(expected)
})

test('a text that is all numbers and percent signs keeps every token, however short its words', () => {
  // Two tokens in two characters: a stream sized for one token per two characters lost the tail.
  const text = '١%٢%٣%٤%٥%٦%٧%٨% سحر'
  const stream = tokenize(normalizeWord(text))
  expect(stream.count).toBe(17)
  expect(tokens(text).at(-1)).toEqual({word: 'سحر', kind: WORD, clause: 0, sentence: 0})
})

test.each([
  ['tatweel and tashkeel stay inside one word', 'مضـــمونَةٌ جدًّا', [['مضمونه', WORD], ['جدا', WORD]]],
  ['hamza forms are letters, not breaks', 'مسؤول بيئة جزء إبرة', [['مسؤول', WORD], ['بيئه', WORD], ['جزء', WORD], ['ابره', WORD]]],
  ['a bidi mark inside a word does not split it; one between words does not join them', 'نتا\u200Fئج \u2067PRP\u2069 ممتازة', [['نتائج', WORD], ['prp', WORD], ['ممتازه', WORD]]],
  ['a dose with a Latin unit: number then word', 'حقن ١٠ ml', [['حقن', WORD], ['10', NUMBER], ['ml', WORD]]],
  ['Persian digits with the Arabic decimal separator, ALM before the percent sign', '۹۹٫۵\u061C٪', [['99.5', NUMBER], ['%', PERCENT]]],
  ['a Latin word glued to a proclitic is one word', 'وPRP', [['وprp', WORD]]],
  ['a word and a number typed without a space between are two tokens, either way round', 'امن١٠٠٪ ب100 10mg b12', [['امن', WORD], ['100', NUMBER], ['%', PERCENT], ['ب', WORD], ['100', NUMBER], ['10', NUMBER], ['mg', WORD], ['b', WORD], ['12', NUMBER]]],
  ['a number with the Arabic thousands separator is one number', 'بسعر ١٬٥٠٠ جنيه', [['بسعر', WORD], ['1,500', NUMBER], ['جنيه', WORD]]],
] as const)('%s', (_, text, expected) => {
  expect(tokens(text).map(({word, kind}) => [word, kind])).toEqual(expected)
})

test('the Arabic full stop ۔ and question mark ؟ end sentences like . and ?', () => {
  expect(tokens('نعم۔ هل هو آمن؟ لا').map(({word, sentence}) => [word, sentence])).toEqual([
    ['نعم', 0],
    ['هل', 1],
    ['هو', 1],
    ['امن', 1],
    ['لا', 2],
  ])
})
