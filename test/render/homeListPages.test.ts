// The home page's article list, HOME_PAGE_SIZE to a page: every published article on exactly one page, in
// the list's order, pages linked to their neighbours in the clinic's digits; and in a running
// process an edit re-renders only the page that lists the edited article.
import {describe, expect, it} from 'vitest'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import {createGraphReadMemo} from '../../src/content/graphReadMemo.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {renderListPage} from '../../src/render/lib/layout.ts'
import {HOME_PAGE_SIZE, homeListPages, indexPage} from '../../src/render/lib/pages/indexPage.ts'
import {renderSiteFrame} from '../../src/render/lib/renderClinicSite.ts'
import {publishedArticles} from '../../src/render/lib/siteContents.ts'
import type {RenderSiteInput} from '../../src/render/lib/types.ts'
import {sitemapEntries} from '../../src/delivery/sitemapXml.ts'
import {asText} from '../support/textFile.ts'
import {graphOf, mesoArticle, rawDocuments, siteInput} from './fixtures.ts'

const slugOf = (index: number) => `meso-${String(index).padStart(3, '0')}`

// Two full pages and five on a third.
const COUNT = 2 * HOME_PAGE_SIZE + 5

// Same review date, so the list is in slug order: meso-001, meso-002, …
const manyArticles = (count: number, titleOf = (index: number) => `الميزوثيرابي: سؤال رقم ${index}`) =>
  Array.from({length: count}, (_, offset) => {
    const index = offset + 1
    return {...mesoArticle, _id: `article.meso-${index}`, slug: {_type: 'slug', current: slugOf(index)}, title: titleOf(index), lastReviewed: '2026-10-01'}
  })

const siteWith = (count: number): RenderSiteInput => {
  const articles = manyArticles(count)
  const graph = graphOf([...rawDocuments(), ...articles])
  return siteInput('clinic.nour-cairo', {graph, published: new Set(articles.map((article) => article._id))})
}

const pagesOf = (site: RenderSiteInput) => homeListPages(publishedArticles(site)).map((page) => asText(renderListPage(site, indexPage(site, page))))
const linkedSlugs = (html: string) => [...html.matchAll(/href="\/articles\/([^/"]+)\/"/g)].map((match) => match[1])

describe('the home page list, page by page', () => {
  it(`puts ${HOME_PAGE_SIZE} articles on a page, each article on exactly one, in the list's order`, () => {
    const pages = pagesOf(siteWith(COUNT))
    expect(pages.map((page) => page.path)).toEqual(['index.html', 'page/2/index.html', 'page/3/index.html'])
    expect(pages.map((page) => linkedSlugs(page.contents).length)).toEqual([HOME_PAGE_SIZE, HOME_PAGE_SIZE, 5])
    expect(pages.flatMap((page) => linkedSlugs(page.contents))).toEqual(Array.from({length: COUNT}, (_, offset) => slugOf(offset + 1)))
  })

  it('links each page to its neighbours, says which page it is in the clinic\'s digits, and gives it its own address', () => {
    const [first, second, third] = pagesOf(siteWith(COUNT)).map((page) => page.contents)
    const nav = (html: string) => html.match(/<nav class="pagination"[^>]*>.*?<\/nav>/)?.[0]
    expect(nav(first!)).toBe('<nav class="pagination" aria-label="صفحات المقالات"><span aria-current="page">الصفحة ١ من ٣</span><a href="/page/2/" rel="next">الصفحة التالية</a></nav>')
    expect(nav(second!)).toBe(
      '<nav class="pagination" aria-label="صفحات المقالات"><a href="/" rel="prev">الصفحة السابقة</a><span aria-current="page">الصفحة ٢ من ٣</span><a href="/page/3/" rel="next">الصفحة التالية</a></nav>',
    )
    expect(nav(third!)).toBe('<nav class="pagination" aria-label="صفحات المقالات"><a href="/page/2/" rel="prev">الصفحة السابقة</a><span aria-current="page">الصفحة ٣ من ٣</span></nav>')
    expect(second).toContain('<link rel="canonical" href="https://nour.example/page/2/">')
    expect(second).toContain('<title>مقالات عيادة نور، الصفحة ٢ من ٣</title>')
    expect(second).toContain('<h1>مقالات عيادة نور</h1>')
  })

  it('lists the procedures on the home page only', () => {
    const [first, second] = pagesOf(siteWith(COUNT)).map((page) => page.contents)
    expect(first).toContain('الإجراءات المتاحة')
    expect(second).not.toContain('الإجراءات المتاحة')
    expect(second).not.toContain('href="/procedures/')
  })

  it('has no page navigation while every article fits on the home page', () => {
    const pages = pagesOf(siteWith(HOME_PAGE_SIZE))
    expect(pages).toHaveLength(1)
    expect(pages[0]!.contents).not.toContain('class="pagination"')
  })

  it('in a running process, an edit re-renders only the page listing the edited article', () => {
    const before = {...siteWith(COUNT), memo: createGraphReadMemo()}
    const first = renderSiteFrame(before)
    const [edited] = parseDocuments(manyArticles(COUNT, (index) => (index === COUNT ? 'الميزوثيرابي: عنوان بعد التعديل' : `الميزوثيرابي: سؤال رقم ${index}`)).slice(COUNT - 1)).documents
    const graph: ContentGraph = {...before.graph, articles: new Map(before.graph.articles).set(`article.meso-${COUNT}`, edited as never)}
    const second = renderSiteFrame({...before, graph})
    const at = (files: typeof first, path: string) => files.find((file) => file.path === path)
    expect(at(second, 'page/2/index.html')).toBe(at(first, 'page/2/index.html'))
    expect(at(second, 'page/3/index.html')).not.toBe(at(first, 'page/3/index.html'))
    expect(asText(at(second, 'page/3/index.html') as never).contents).toContain('الميزوثيرابي: عنوان بعد التعديل')
  })

  it('in a running process, when an article moves to the top every page shifts, and each reads as a fresh build would make it', () => {
    const before = {...siteWith(COUNT), memo: createGraphReadMemo()}
    renderSiteFrame(before)
    const [moved] = parseDocuments([{...manyArticles(COUNT)[COUNT - 1]!, slug: {_type: 'slug', current: 'meso-000'}}]).documents
    const graph: ContentGraph = {...before.graph, articles: new Map(before.graph.articles).set(`article.meso-${COUNT}`, moved as never)}
    const remembered = renderSiteFrame({...before, graph}).filter((file) => /^(index\.html|page\/)/.test(file.path))
    const fresh = pagesOf({...before, graph, memo: undefined})
    expect(remembered.map((file) => file.path)).toEqual(fresh.map((file) => file.path))
    remembered.forEach((file, index) => expect(asText(file as never).contents).toBe(fresh[index]!.contents))
    // The order itself, independently of any cache both renders share: the moved article first.
    expect(fresh.flatMap((page) => linkedSlugs(page.contents))).toEqual(['meso-000', ...Array.from({length: COUNT - 1}, (_, offset) => slugOf(offset + 1))])
  })

  it('lists the later pages in the sitemap, each last modified when the latest article it lists was', () => {
    // Updated in a different order from the list's, so a page's latest article is not its last one.
    const articles = manyArticles(COUNT).map((article, offset) => ({...article, _updatedAt: `2026-11-${String(1 + ((offset * 7) % 19)).padStart(2, '0')}T0${offset % 10}:00:00Z`}))
    const site = siteInput('clinic.nour-cairo', {graph: graphOf([...rawDocuments(), ...articles]), published: new Set(articles.map((article) => article._id))})
    const entries = sitemapEntries(site)
    const lastmodOf = (url: string) => entries.find((entry) => entry.url === url)?.lastmod
    const latestOf = (from: number, to: number) =>
      Array.from({length: to - from + 1}, (_, offset) => lastmodOf(`/articles/${slugOf(from + offset)}/`)!).sort().at(-1)
    expect(entries.filter((entry) => entry.url.startsWith('/page/')).map((entry) => entry.url)).toEqual(['/page/2/', '/page/3/'])
    expect([lastmodOf('/page/2/'), lastmodOf('/page/3/')]).toEqual([latestOf(HOME_PAGE_SIZE + 1, 2 * HOME_PAGE_SIZE), latestOf(2 * HOME_PAGE_SIZE + 1, COUNT)])
    expect(lastmodOf('/page/2/')).not.toBe(lastmodOf('/page/3/'))
    expect(sitemapEntries(siteWith(HOME_PAGE_SIZE)).some((entry) => entry.url.startsWith('/page/'))).toBe(false)
  })
})
