// latestFeedArticles: the feeds carry the most recently updated articles, and articles updated at
// the same instant in the order of their slugs, not in the home page's order (newest review first).
import {describe, expect, it} from 'vitest'
import {latestFeedArticles} from '../../src/delivery/feedItems.ts'
import {publishedSummaries} from '../../src/delivery/publishedSummaries.ts'
import {graphOf, rawDocuments, siteInput} from '../render/fixtures.ts'

describe('latestFeedArticles', () => {
  it('orders articles updated at the same instant by slug', () => {
    // The PRP article reviewed last, so the home page lists it first; neither document is stamped, so both tie.
    const raws = rawDocuments().map((raw) => ((raw as {_id: string})._id === 'article.prp' ? {...(raw as object), lastReviewed: '2026-10-15'} : raw))
    const site = siteInput('clinic.nour-cairo', {graph: graphOf(raws)})
    expect(publishedSummaries(site).map(({summary}) => summary.slug)).toEqual(['prp-hair', 'mesotherapy-realistic'])
    expect(latestFeedArticles(site).map(({summary}) => [summary.slug, summary.updatedAt])).toEqual([
      ['mesotherapy-realistic', '1970-01-01T00:00:00.000Z'],
      ['prp-hair', '1970-01-01T00:00:00.000Z'],
    ])
  })
})
