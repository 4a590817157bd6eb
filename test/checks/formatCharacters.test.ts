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
  ])('%s', (_, text, expected) => {
    expect(findBidiControls(text).map((hit) => [hit.codePoint, hit.position])).toEqual(expected)
  })
})

describe('revealAround', () => {
  it.each([
    ['the whole short text, tashkeel kept, isolates spelled out', 'الْمِيزُو\u2067ثيرابي\u2069', 10, 'الْمِيزُو⟦U+2067⟧ثيرابي⟦U+2069⟧'],
    ['twelve characters either side, cut with an ellipsis', 'نص طويل جدًا قبل الجرعة \u202E01\u202C مل ثم نص طويل بعدها', 25, '… قبل الجرعة ⟦U+202E⟧01⟦U+202C⟧ مل ثم نص…'],
    ['implicit marks are spelled out in the quote too', 'جرعة 5\u200E mg\u061C', 7, 'جرعة 5⟦U+200E⟧ mg⟦U+061C⟧'],
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
