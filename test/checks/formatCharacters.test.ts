// The pieces of the bidi-control and invisible-char messages: where each character is (code points,
// so tashkeel and tatweel count), how many more there are in Arabic, and the quote around the first
// one with every hidden or reordering character spelled out.
import {describe, expect, it} from 'vitest'
import {describeHits, findBidiControls, revealAround, type CharacterHit} from '../../src/checks/formatCharacters.ts'

describe('findBidiControls', () => {
  it.each([
    ['implicit marks LRM, RLM, ALM are not reported; isolates are, counted through tatweel', 'أ\u200Eب\u200Fج\u061Cد\u2066هـ\u2069', [[0x2066, 8], [0x2069, 11]]],
    ['an override after shadda and tanwin', 'مخدّرٌ\u202E٣٠ ml', [[0x202e, 7]]],
    ['implicit marks around Latin and digits of both scripts are not reported', 'حقن PRP\u200E بجرعة ١٠\u200F ml و\u061C۳ جلسات', []],
    ['an RLM between the digits of a number reorders them (01 shows as 10)', 'الجرعة 0\u200F1 مل', [[0x200f, 9]]],
    ['ALMs between Arabic-Indic digits (٠٠١ shows as ١٠٠)', 'بنسبة ٠\u061C٠\u061C١٪', [[0x061c, 8], [0x061c, 10]]],
    ['an LRM inside a number, past a zero width space', 'الجرعة 0\u200B\u200E1 مل', [[0x200e, 10]]],
    ['an RLM on either side of the decimal separator (1.5 shows as 5.1)', 'الجرعة 1\u200F.5 و2.\u200F5 مل', [[0x200f, 9], [0x200f, 16]]],
    ['an RLM after a thousands separator', '1,\u200F000 ريال', [[0x200f, 3]]],
    ['an interlinear annotation anchor between digits (invisible, reorders like a mark)', 'الجرعة 0\uFFF91 مل', [[0xfff9, 9]]],
    ['an interlinear annotation terminator between digits, the last of the three', 'الجرعة 0\uFFFB1 مل', [[0xfffb, 9]]],
    ['two interlinear annotation characters in one number, each seen past the other', 'الجرعة 0\uFFF9\uFFFB1 مل', [[0xfff9, 9], [0xfffb, 10]]],
    ['an RLM after the Arabic decimal separator (١٫٥ shows as ٥٫١)', 'بنسبة ١٫\u200F٥٪', [[0x200f, 9]]],
    ['an ALM after the Arabic thousands separator', '١٬\u061C٠٠٠ ريال', [[0x061c, 3]]],
    ['a mark beside a sign, a dash or a space between two numbers (3–6 shows as 6–3 after a Latin word)', 'PRP 3\u200F–6، 2×\u200E3، 5 \u200F- 3، 5\u061C 3', [[0x200f, 6], [0x200e, 13], [0x200f, 19], [0x061c, 26]]],
    ['a mark after a range, beside a dash before a word, before a unit or after a full stop is not inside a number', 'من 3–6\u200F جلسات، الخطوة 2 \u200F- التالية، 5\u200F mg، انتهى.\u200F5', []],
  ])('%s', (_, text, expected) => {
    expect(findBidiControls(text).map((hit) => [hit.codePoint, hit.position])).toEqual(expected)
  })
})

describe('revealAround', () => {
  it.each([
    ['the whole short text, tashkeel kept, isolates spelled out', 'الْمِيزُو\u2067ثيرابي\u2069', 10, 'الْمِيزُو⟦U+2067⟧ثيرابي⟦U+2069⟧'],
    ['twelve characters either side, cut with an ellipsis', 'نص طويل جدًا قبل الجرعة \u202E01\u202C مل ثم نص طويل بعدها', 25, '… قبل الجرعة ⟦U+202E⟧01⟦U+202C⟧ مل ثم نص…'],
    ['implicit marks are spelled out in the quote too', 'جرعة 5\u200E mg\u061C', 7, 'جرعة 5⟦U+200E⟧ mg⟦U+061C⟧'],
    ['an invisible format character that is not default-ignorable is spelled out too', 'مضمو\uFFF9نة', 5, 'مضمو⟦U+FFF9⟧نة'],
  ])('%s', (_, text, position, expected) => {
    expect(revealAround(text, position)).toBe(expected)
  })
})

describe('describeHits', () => {
  const hits = (count: number): CharacterHit[] => Array.from({length: count}, (_, index) => ({codePoint: 0x200b, position: index + 1}))
  const listed = 'U+200B ZERO WIDTH SPACE عند المحرف رقم 1، U+200B ZERO WIDTH SPACE عند المحرف رقم 2، U+200B ZERO WIDTH SPACE عند المحرف رقم 3، U+200B ZERO WIDTH SPACE عند المحرف رقم 4، U+200B ZERO WIDTH SPACE عند المحرف رقم 5'

  it.each([
    [5, listed],
    [6, `${listed}، ومحرف آخر`],
    [7, `${listed}، ومحرفان آخران`],
    [8, `${listed}، و3 محارف أخرى`],
    [16, `${listed}، و11 محرفًا آخر`],
    [105, `${listed}، و100 محرف آخر`],
  ])('%i hits', (count, expected) => {
    expect(describeHits(hits(count))).toBe(expected)
  })
})
