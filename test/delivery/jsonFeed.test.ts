// jsonFeed on the render fixtures: an item is dated as the article page is, published when it went
// live (its scheduled publish time) and modified at the latest edit of anything it shows.
import {describe, expect, it} from 'vitest'
import {feedEntries} from '../../src/delivery/feedItems.ts'
import {jsonFeed} from '../../src/delivery/jsonFeed.ts'
import {graphOf, mesoArticle, rawDocuments, siteInput} from '../render/fixtures.ts'

describe('jsonFeed', () => {
  it('gives an item the time it went live as date_published, and its latest edit as date_modified', async () => {
    const raws = rawDocuments().map((raw) =>
      (raw as {_id: string})._id === 'article.meso'
        ? {...mesoArticle, _createdAt: '2026-03-10T09:00:00Z', _updatedAt: '2026-10-01T12:30:00Z', publishAt: '2026-04-01T06:00:00Z'}
        : raw,
    )
    const site = siteInput('clinic.nour-cairo', {graph: graphOf(raws)})
    const item = jsonFeed(site, await feedEntries(site)).items.find((entry) => entry.url.endsWith('/mesotherapy-realistic/'))!
    expect([item.date_published, item.date_modified]).toEqual(['2026-04-01T06:00:00.000Z', '2026-10-01T12:30:00.000Z'])
  })
})
