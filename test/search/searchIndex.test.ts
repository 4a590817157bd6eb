// buildSearchIndex: one entry per published article of the clinic (newest review first), with its
// URL, title, description, and the distinct folded words of what a reader sees; never an
// unpublished article, a link target or an image description.
import {describe, expect, it} from 'vitest'
import {buildSearchIndex} from '../../src/search/index.ts'
import {siteInput} from '../render/fixtures.ts'

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(siteInput())
  const meso = index.articles[0]!

  it('lists the published articles only, newest review first', () => {
    expect(index.articles.map((entry) => [entry.url, entry.title, entry.description])).toEqual([
      ['/articles/mesotherapy-realistic/', 'الميزوثيرابي للشعر والبشرة: نتائج واقعية', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
      ['/articles/prp-hair/', 'البلازما للشعر: ماذا تقول الدراسات؟', 'نتائج البلازما تختلف حسب البروتوكول.'],
    ])
  })

  it('folds the title words', () => {
    expect(meso.titleTokens).toEqual(['الميزوثيرابي', 'للشعر', 'والبشره', 'نتاءج', 'واقعيه'])
  })

  it.each([
    ['a body span', 'الادمه'],
    ['a claim sentence', 'كثافه'],
    ['an evidence note', 'المينوكسيديل'],
    ['a FAQ question (the hamza of «مؤلم» on no seat)', 'مءلم'],
    ['a FAQ answer', 'مخدر'],
    ['a list item, digits folded', '4'],
  ])('indexes %s (%s)', (_, token) => {
    expect(meso.tokens).toContain(token)
  })

  it.each([
    ['a link target', 'aad'],
    ['the hero image description', 'طبيبه'],
    ['a procedure-safety block (it is the procedure’s text, not the article’s)', 'كدمات'],
  ])('does not index %s', (_, token) => {
    expect(meso.tokens.some((word) => word.includes(token))).toBe(false)
  })

  it('lists each word once', () => {
    expect(new Set(meso.tokens).size).toBe(meso.tokens.length)
  })

  it('is empty for a clinic without published articles', () => {
    expect(buildSearchIndex(siteInput('clinic.nour-cairo', {published: new Set()}))).toEqual({articles: []})
  })
})
