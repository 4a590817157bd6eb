// searchArticles: what a reader's query finds on a clinic site, over the index of the render
// fixtures (published: the mesotherapy and PRP articles; the marketing article is not published).
// The browser runs this same module (bundled into /assets/search.js; test/browser/search.test.ts).
import {describe, expect, it} from 'vitest'
import {buildSearchIndex, queryWords, searchArticles, searchTokens} from '../../src/search/index.ts'
import type {SearchEntry} from '../../src/search/searchIndex.ts'
import {siteInput} from '../render/fixtures.ts'

const MESO = '/articles/mesotherapy-realistic/'
const PRP = '/articles/prp-hair/'
const index = buildSearchIndex(siteInput())
const found = (query: string) => searchArticles(index, query).map((hit) => hit.entry.url)

describe('searchArticles', () => {
  it.each([
    ['alef maqsura for yeh', 'الميزوثيرابى', [MESO]],
    ['diacritics in the query', 'المِيزُوثِيرَابِي', [MESO]],
    ['tatweel in the query', 'الميـــزوثيرابي', [MESO]],
    ['the word without its article', 'ميزوثيرابي', [MESO]],
    ['the word with و + ال', 'والميزوثيرابي', [MESO]],
    ['hamza-less spelling of أسابيع', 'اسابيع', [MESO]],
    ['ta marbuta spelled as heh', 'كثافه', [MESO]],
    ['a word of an evidence note', 'المينوكسيديل', [MESO]],
    ['a word of the FAQ, hamza written', 'مؤلم', [MESO]],
    ['every word must match', 'الشعر البلازما', [PRP]],
    ['a title word of both, newest review first', 'للشعر', [MESO, PRP]],
    ['a word of an excerpt', 'البروتوكول', [PRP]],
    ['alef wasla in the query', 'ٱلميزوثيرابي', [MESO]],
    ['shadda and tanwin in the query', 'متباينًّا', [MESO]],
    ['an Arabic-Indic digit, a whole word', '٤', [MESO]],
    ['a Persian digit, a whole word', '۴', [MESO]],
    ['a bidi mark pasted inside the query word', 'الميزو\u200Fثيرابي', [MESO]],
    ['the query wrapped in an isolate', '\u2067البلازما\u2069', [PRP]],
  ])('finds %s: %s', (_, query, expected) => {
    expect(found(query)).toEqual(expected)
  })

  it.each([
    ['a word of an unpublished article', 'دعائي'],
    ['a link target', 'aad'],
    ['a word that is nowhere', 'الليزر'],
    ['one matching and one missing word', 'الميزوثيرابي الليزر'],
    ['a short word inside longer ones', 'ال'],
    ['an empty query', '  '],
    ['punctuation only', '؟!'],
    ['a Latin word no article has, beside one that matches', 'الشعر PRP'],
  ])('finds nothing for %s: %s', (_, query) => {
    expect(found(query)).toEqual([])
  })

  it('ranks title hits above body hits', () => {
    const hits = searchArticles(index, 'نتائج')
    expect(hits.map((hit) => [hit.entry.url, hit.score])).toEqual([
      [MESO, 2],
      [PRP, 1],
    ])
  })
})

describe('queryWords', () => {
  it.each([
    ['one folded word with its stems', 'والميزوثيرابى', [['والميزوثيرابي', 'الميزوثيرابي', 'ميزوثيرابي']]],
    ['each word once', 'الشعر الشَّعر', [['الشعر', 'شعر']]],
    ['a bare word', 'حقن', [['حقن']]],
  ])('%s', (_, query, expected) => {
    expect(queryWords(query)).toEqual(expected)
  })
})

// A hamza's seat is spelled either way by writers and readers: a query finds the article whichever
// the article used.
describe('searchArticles over hamza seats', () => {
  const entry = (url: string, text: string): SearchEntry => ({url, title: text, description: '', titleTokens: [], tokens: searchTokens(text)})
  const index = {articles: [entry('/a/', 'الطبيب المسؤول عن شئون المرضى'), entry('/b/', 'جلسة هادئة على شاطىء البحر'), entry('/c/', 'رئيسي')]}
  it.each([
    ['مسئول', ['/a/']],
    ['مسؤول', ['/a/']],
    ['والمسئول', ['/a/']],
    ['شؤون', ['/a/']],
    ['شئون', ['/a/']],
    ['شاطئ', ['/b/']],
    ['هادىء', ['/b/']],
    ['هادئة', ['/b/']],
    ['رئيسي', ['/c/']],
    // A hamza is not dropped: a word without one is another word.
    ['مسول', []],
    ['ريسي', []],
  ])('%s finds %j', (query, urls) => {
    expect(searchArticles(index, query).map((hit) => hit.entry.url)).toEqual(urls)
  })
})
