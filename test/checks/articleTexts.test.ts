// articleTexts: the shared walker yields every text field of an article with its exact path.
import {describe, expect, test} from 'vitest'
import {articleTexts} from '../../src/content/articleTexts.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {graphWith, seed004WithText} from '../support/gateFixtures.ts'

describe('articleTexts', () => {
  test('walks title, slug, excerpt, alt, spans, links, evidence notes and FAQ in reading order', () => {
    const graph = graphWith(seed004WithText('linkHref', 'https://pubmed.ncbi.nlm.nih.gov/12345678/'))
    const texts = [...articleTexts(graph.articles.get('article.meso-realistic') as Article)]
    expect(texts.map((t) => `${t.kind} ${t.path}`)).toEqual([
      'title title',
      'slug slug.current',
      'excerpt excerpt',
      'imageAlt heroImage.alt',
      'span body[_key=="b1"].children[_key=="s1"].text',
      'span body[_key=="b1"].children[_key=="s2"].text',
      'span body[_key=="b1"].children[_key=="s3"].text',
      'evidenceNote body[_key=="e1"].text',
      'span body[_key=="b2"].children[_key=="s1"].text',
      'span body[_key=="b2"].children[_key=="s2"].text',
      'span body[_key=="b2"].children[_key=="s3"].text',
      'span body[_key=="b3"].children[_key=="s1"].text',
      'linkHref body[_key=="b3"].markDefs[_key=="l1"].href',
      'faqTitle body[_key=="f1"].title',
      'faqQuestion body[_key=="f1"].items[_key=="q1"].question',
      'faqAnswer body[_key=="f1"].items[_key=="q1"].answer',
      'faqQuestion body[_key=="f1"].items[_key=="q2"].question',
      'faqAnswer body[_key=="f1"].items[_key=="q2"].answer',
    ])
    expect(texts.find((t) => t.path === 'body[_key=="f1"].items[_key=="q1"].question')!.text).toBe('هل الإجراء مؤلم؟')
  })

  test('optional fields that are absent are not yielded', () => {
    const raw = seed004WithText('title', 'عنوان')
    delete raw.excerpt
    delete raw.heroImage
    const texts = [...articleTexts(graphWith(raw).articles.get('article.meso-realistic') as Article)]
    expect(texts.map((t) => t.path)).not.toContain('excerpt')
    expect(texts.map((t) => t.path)).not.toContain('heroImage.alt')
  })
})
