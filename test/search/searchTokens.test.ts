// searchTokens: the words search compares, folded by the project's Arabic normaliser, on Arabic
// with diacritics, tatweel, hamza forms, ta marbuta, alef maqsura and Arabic-Indic digits.
import {describe, expect, it} from 'vitest'
import {searchTokens} from '../../src/search/index.ts'

describe('searchTokens', () => {
  it.each([
    ['alef maqsura read as yeh', 'الميزوثيرابى', ['الميزوثيرابي']],
    ['tashkeel dropped', 'المِيزُوثِيرَابِي', ['الميزوثيرابي']],
    ['tatweel dropped', 'الميـــزوثيرابي', ['الميزوثيرابي']],
    ['hamza on alef folded', 'أسابيع إبرة آمنة', ['اسابيع', 'ابره', 'امنه']],
    ['ta marbuta read as heh', 'كثافة', ['كثافه']],
    ['Arabic-Indic digits as ASCII, split at punctuation', 'جلسة كل ١–٤ أسابيع، ٣٠٪', ['جلسه', 'كل', '1', '4', 'اسابيع', '30']],
    ['Latin lowercased', 'PRP وMicro needling', ['prp', 'وmicro', 'needling']],
    ['nothing but punctuation', '؟!…', []],
  ])('%s: %s', (_, text, expected) => {
    expect(searchTokens(text)).toEqual(expected)
  })
})
