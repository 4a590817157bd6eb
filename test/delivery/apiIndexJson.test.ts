// The API index is assembled from per-summary JSON bytes cached across builds; it must be byte for byte
// what serialising the whole index gives, and a remembered summary must follow every edit it reads.
import {describe, expect, it} from 'vitest'
import {createGraphReadMemo} from '../../src/content/graphReadMemo.ts'
import {apiIndex, apiIndexJson} from '../../src/delivery/apiIndex.ts'
import {articleSummary} from '../../src/delivery/articleApi.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {siteInput} from '../render/fixtures.ts'

const serialised = (site: RenderSiteInput) => `${JSON.stringify(apiIndex(site), null, 2)}\n`
// The index is written as UTF-8 bytes; decoding strictly also proves no entry was cut mid-character.
const indexText = (site: RenderSiteInput) => new TextDecoder('utf-8', {fatal: true}).decode(apiIndexJson(site))

describe('apiIndex', () => {
  it('links the feeds and the sitemap by absolute URL, and none for a clinic without a domain, which has none of them', () => {
    expect(apiIndex(siteInput('clinic.nour-cairo')).links).toMatchObject({
      jsonFeed: 'https://nour.example/feed.json',
      atomFeed: 'https://nour.example/atom.xml',
      sitemap: 'https://nour.example/sitemap.xml',
    })
    expect(apiIndex(siteInput('clinic.rawda-riyadh')).links).toMatchObject({jsonFeed: null, atomFeed: null, sitemap: null})
  })

  it('percent-encodes an Arabic slug in the URLs of an article\'s API document and Markdown export', () => {
    const base = siteInput()
    const article = base.graph.articles.get('article.meso')!
    const site = {...base, graph: {...base.graph, articles: new Map(base.graph.articles).set(article._id, {...article, slug: {current: 'ميزو'}})}}
    const summary = apiIndex(site).articles.find((entry) => entry.id === 'article.meso')!
    expect([summary.apiUrl, summary.markdownUrl]).toEqual([
      'https://nour.example/api/v1/articles/%D9%85%D9%8A%D8%B2%D9%88.json',
      'https://nour.example/export/%D9%85%D9%8A%D8%B2%D9%88.md',
    ])
  })

  it('follows a new graph that shares the articles collection of the last one (only a procedure was renamed)', () => {
    const first = siteInput()
    const procedure = first.graph.procedures.get('procedure.meso')!
    const names = (site: RenderSiteInput) => apiIndex(site).articles.find((entry) => entry.id === 'article.meso')!.procedures.map((entry) => entry.name)
    expect(names(first)).toEqual(['الميزوثيرابي'])
    const renamed = {...first, graph: {...first.graph, procedures: new Map(first.graph.procedures).set(procedure._id, {...procedure, name: 'الميزوثيرابي للشعر'})}}
    expect(names(renamed)).toEqual(['الميزوثيرابي للشعر'])
  })
})

describe('apiIndexJson', () => {
  it('equals the serialised index, with articles and without', () => {
    const site = siteInput()
    expect(apiIndex(site).articles.length).toBeGreaterThan(1)
    expect(indexText(site)).toBe(serialised(site))
    const empty = siteInput('clinic.nour-cairo', {published: new Set()})
    expect(indexText(empty)).toBe(serialised(empty))
  })

  it('keeps "$" patterns in article text as they are', () => {
    const base = siteInput()
    const article = base.graph.articles.get('article.meso')!
    const graph = {...base.graph, articles: new Map(base.graph.articles).set(article._id, {...article, title: "ميزوثيرابي $& $' $` $$ $1"})}
    const site = {...base, graph}
    expect(indexText(site)).toContain("ميزوثيرابي $& $' $` $$ $1")
    expect(indexText(site)).toBe(serialised(site))
  })

  it('reuses remembered summaries only while what they read is unchanged', () => {
    const memo = createGraphReadMemo()
    const first = {...siteInput(), memo}
    const meso = first.graph.articles.get('article.meso')!
    const prp = first.graph.articles.get('article.prp')!
    const summary = articleSummary(first, prp)
    expect(indexText(first)).toBe(serialised({...first, memo: createGraphReadMemo()}))

    // A procedure the meso article is about is renamed: its summary changes, the PRP one is reused.
    const procedureId = meso.procedures[0]!._ref
    const procedure = first.graph.procedures.get(procedureId)!
    const graph = {...first.graph, procedures: new Map(first.graph.procedures).set(procedureId, {...procedure, name: `${procedure.name} (مُحدَّث)`})}
    const second = {...first, graph}
    expect(prp.procedures.map((ref) => ref._ref)).not.toContain(procedureId)
    expect(articleSummary(second, prp)).toBe(summary)
    expect(JSON.stringify(articleSummary(second, meso))).toContain('(مُحدَّث)')
    expect(indexText(second)).toBe(serialised({...second, memo: createGraphReadMemo()}))
  })
})
