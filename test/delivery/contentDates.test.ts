// The dates delivery documents carry (`updatedAt`, sitemap `lastmod`, the page's JSON-LD
// `dateModified`) are the latest `_updatedAt` of everything the document shows, so a clinic site
// that caches by `updatedAt` sees every change.
// Every fixture document is stamped BEFORE; each row edits one at EDITED and says where it shows.
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {createGraphReadMemo} from '../../src/content/graphReadMemo.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {apiIndexJson} from '../../src/delivery/apiIndex.ts'
import {articleDetail, articleSummaries, articleSummary} from '../../src/delivery/articleApi.ts'
import type {ArticleSummary} from '../../src/delivery/apiShapes.ts'
import {renderArticleDeliveryFiles} from '../../src/delivery/deliveryFiles.ts'
import {feedEntries} from '../../src/delivery/feedItems.ts'
import {procedureDetail, procedureDetailJson} from '../../src/delivery/procedureApi.ts'
import {sitemapEntries} from '../../src/delivery/sitemapXml.ts'
import {renderArticlePage, type RenderSiteInput} from '../../src/render/index.ts'
import {articlesAbout} from '../../src/render/lib/siteContents.ts'
import {articleOf, graphOf, rawDocuments, siteInput} from '../render/fixtures.ts'

const BEFORE = '2026-09-01T08:00:00.000Z'
const EDITED = '2026-11-20T10:30:00.000Z'

/** The Cairo site with every document stamped BEFORE but the one of id `edited`, stamped EDITED; `fields` are set on the document of id `on`. */
const siteWith = (edited: string, fields: Record<string, unknown> = {}, on = 'article.meso') => {
  const raws = rawDocuments().map((raw) => ({...(raw as object), _updatedAt: (raw as {_id: string})._id === edited ? EDITED : BEFORE, ...((raw as {_id: string})._id === on ? fields : {})}))
  return siteInput('clinic.nour-cairo', {graph: graphOf(raws)})
}

const articleDates = (edited: string, fields: Record<string, unknown> = {}, on = 'article.meso') => {
  const site = siteWith(edited, fields, on)
  const article = articleOf(site)
  const delivery = renderArticleDeliveryFiles(site, article)
  const markdown = String(delivery.files.find((file) => file.path.endsWith('.md'))!.contents)
  return {
    api: articleDetail(site, article).article.updatedAt,
    index: articleSummary(site, article).updatedAt,
    sitemap: sitemapEntries(site).find((entry) => entry.url === '/articles/mesotherapy-realistic/')!.lastmod,
    page: JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(renderArticlePage(site, article).contents)![1]!).dateModified,
    // The export lists no related articles: only what it shows dates it.
    markdown: parseYaml(markdown.slice(4, markdown.indexOf('\n---\n'))).updatedAt,
  }
}

describe('article updatedAt (article.meso on the Cairo site)', () => {
  it.each<[edited: string, what: string, api: string, markdown: string]>([
    ['nothing', 'every document as it was', BEFORE, BEFORE],
    ['article.meso', 'the article', EDITED, EDITED],
    ['risk.necrosis', 'a risk of its procedure', EDITED, EDITED],
    ['claim.density', 'a claim it cites', EDITED, EDITED],
    ['clinic.nour-cairo', 'the clinic whose name and address it shows', EDITED, EDITED],
    ['article.prp', 'a related article published here', EDITED, BEFORE],
    ['article.marketing', 'a related article not published here', BEFORE, BEFORE],
    ['clinic.rawda-riyadh', 'another clinic', BEFORE, BEFORE],
  ])('%s edited (%s): API, index, sitemap and page %s, Markdown export %s', (edited, _, api, markdown) => {
    expect(articleDates(edited)).toEqual({api, index: api, sitemap: api, page: api, markdown})
  })

  // Scheduled publishing: the article was last saved before its publishAt and appeared on the site
  // then. Dated by its last save, it went live "updated" before it was published (Atom <published>
  // after <updated>, JSON-LD datePublished after dateModified), and the feeds, which carry the
  // twenty most recently updated articles, could leave out the article that had just appeared.
  it('an article that went live at its publishAt, after its last save, is dated when it went live', async () => {
    const LIVE_AT = '2026-11-15T08:00:00.000Z'
    expect(articleDates('nothing', {publishAt: LIVE_AT})).toEqual({api: LIVE_AT, index: LIVE_AT, sitemap: LIVE_AT, page: LIVE_AT, markdown: LIVE_AT})
    expect(articleDates('article.meso', {publishAt: LIVE_AT}).api, 'an edit after it went live').toBe(EDITED)
    const entries = await feedEntries(siteWith('nothing', {publishAt: LIVE_AT}))
    expect(entries.map(({summary, publishedAt}) => [summary.slug, publishedAt, summary.updatedAt])).toEqual([
      ['mesotherapy-realistic', LIVE_AT, LIVE_AT],
      ['prp-hair', BEFORE, BEFORE],
    ])
  })

  // The page lists a related article from its publishAt on; the Markdown export lists none.
  it('a related article published here that went live at its publishAt dates the article then', () => {
    const LIVE_AT = '2026-11-15T08:00:00.000Z'
    expect(articleDates('nothing', {publishAt: LIVE_AT}, 'article.prp')).toEqual({api: LIVE_AT, index: LIVE_AT, sitemap: LIVE_AT, page: LIVE_AT, markdown: BEFORE})
  })

  it.each<[name: string, summaryOf: (site: RenderSiteInput, article: Article) => ArticleSummary]>([
    ['one summary', articleSummary],
    ['a list of summaries', (site, article) => articleSummaries(site, [article])[0]!],
  ])('leaves out a related article that is no longer published here, remembered as %s', (_, summaryOf) => {
    const site = siteWith('article.prp')
    const memo = createGraphReadMemo()
    const article = articleOf(site)
    expect(summaryOf({...site, memo}, article).updatedAt).toBe(EDITED)
    // Same graph, same article object: only the published set tells the remembered summary apart.
    expect(summaryOf({...site, publishedArticleIds: new Set(['article.meso']), memo}, article).updatedAt).toBe(BEFORE)
    expect(summaryOf({...site, memo}, article).updatedAt).toBe(EDITED)
  })
})

describe('procedure updatedAt (procedure.meso on the Cairo site): its API document, its index entry and its sitemap entry', () => {
  const procedureDates = (edited: string, meso: Record<string, unknown> = {}) => {
    const site = siteWith(edited, meso)
    const procedure = site.graph.procedures.get('procedure.meso')!
    const articles = articlesAbout(site, procedure)
    const json = JSON.parse(new TextDecoder().decode(procedureDetailJson(site, procedure, articles)))
    expect(json.procedure.updatedAt, 'the bytes the build writes').toBe(procedureDetail(site, procedure, articles).procedure.updatedAt)
    const index = JSON.parse(new TextDecoder().decode(apiIndexJson(site)))
    return {
      api: json.procedure.updatedAt,
      index: index.procedures.find((entry: {slug: string}) => entry.slug === 'mesotherapy').updatedAt,
      sitemap: sitemapEntries(site).find((entry) => entry.url === '/procedures/mesotherapy/')!.lastmod,
    }
  }

  it.each<[edited: string, what: string, date: string]>([
    ['nothing', 'every document as it was', BEFORE],
    ['procedure.meso', 'the procedure', EDITED],
    ['contra.keloid', 'one of its contraindications', EDITED],
    ['article.meso', 'an article it lists (a new title shows there)', EDITED],
    ['procedure.prp', 'an alternative it names', EDITED],
    ['clinic.nour-cairo', 'the clinic', EDITED],
    ['article.marketing', 'an article about it that is not published here', BEFORE],
    ['article.prp', 'an article about another procedure', BEFORE],
  ])('%s edited (%s): %s', (edited, _, date) => {
    expect(procedureDates(edited)).toEqual({api: date, index: date, sitemap: date})
  })

  // The page lists the article from its publishAt on, after the article's last save.
  it('an article it lists that went live at its publishAt dates it then', () => {
    const LIVE_AT = '2026-11-15T08:00:00.000Z'
    expect(procedureDates('nothing', {publishAt: LIVE_AT})).toEqual({api: LIVE_AT, index: LIVE_AT, sitemap: LIVE_AT})
  })
})
