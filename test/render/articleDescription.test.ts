// articleDescription (src/render/lib/pages/articlePage.ts): the meta description and search-result
// text of an article: its excerpt as typed, else its first plain paragraph, over 160 UTF-16 units
// cut after its last whole word within 159 and an ellipsis. Never folded: tashkeel, tatweel, hamza
// forms, digits and bidi marks stay.
import {describe, expect, it} from 'vitest'
import type {Article} from '../../src/content/documents/article.ts'
import {articleDescription} from '../../src/render/lib/pages/articlePage.ts'
import {block, span} from './fixtures.ts'

const withBody = (body: unknown[], excerpt?: string) => ({excerpt, body}) as unknown as Article
const paragraph = (text: string) => block('p', [span('s', text)])
const SESSION = 'جلسة ' // 5 units

describe('articleDescription', () => {
  it.each([
    ['the excerpt as typed', withBody([paragraph('فقرة.')], 'قد يُفيد الميزوثيـرابي بعضَ الحالات، ٣–٦ جلسات من \u2066PRP\u2069.'), 'قد يُفيد الميزوثيـرابي بعضَ الحالات، ٣–٦ جلسات من \u2066PRP\u2069.'],
    [
      'else the first plain paragraph, its spans joined and trimmed, headings and list items skipped',
      withBody([block('h', [span('s', 'عنوان')], {style: 'h2'}), block('l', [span('s', 'بند')], {listItem: 'bullet', level: 1}), block('p', [span('a', '  حقن '), span('b', 'PRP\u200F', ['strong']), span('c', ' بجرعة ١٠ ml ')])]),
      'حقن PRP\u200F بجرعة ١٠ ml',
    ],
    ['160 units kept whole', withBody([paragraph(`${SESSION.repeat(31)}جلسات`)]), `${SESSION.repeat(31)}جلسات`],
    ['161 units: a tanwin counts as a unit', withBody([paragraph(`${SESSION.repeat(31)}جلساتٌ`)]), `${SESSION.repeat(30)}جلسة…`],
    ['tatweel counts as a unit', withBody([paragraph(`${SESSION.repeat(31)}جلـسات`)]), `${SESSION.repeat(30)}جلسة…`],
    // Cut at 159 units, «الأمان» (safety) read «الأم» (the mother).
    ['a word across the cut is left out whole, not cut into another word', withBody([paragraph(`${SESSION.repeat(31)}الأمان`)]), `${SESSION.repeat(30)}جلسة…`],
    ['a word ending at the cut is kept, the punctuation after it is not', withBody([paragraph(`${SESSION.repeat(30)}جلستان، ثم صيانة`)]), `${SESSION.repeat(30)}جلستان…`],
    ['an emoji across the cut is left out whole, not halved', withBody([paragraph(`${SESSION.repeat(31)}جلس😊ات`)]), `${SESSION.repeat(30)}جلسة…`],
    [
      'a paragraph with no space early enough is cut between letters, never inside a letter’s marks',
      withBody([paragraph('مُتَلازِمَةُ'.repeat(15))]),
      `${'مُتَلازِمَةُ'.repeat(13)}مُ…`,
    ],
    ['no excerpt and no paragraph', withBody([block('h', [span('s', 'عنوان')], {style: 'h2'})]), undefined],
  ])('%s', (_, article, expected) => {
    expect(articleDescription(article)).toBe(expected)
  })
})
