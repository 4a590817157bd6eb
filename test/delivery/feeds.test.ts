// Feeds, sitemap, robots.txt and the Markdown export on the bundled dataset: each parses as what it
// claims to be (JSON Feed 1.1, Atom XML, sitemap XML, YAML front matter) with one entry per
// published article.
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {parse as parseYaml} from 'yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {jsonFeedShape} from '../../src/delivery/index.ts'
import {entryId} from '../../src/delivery/deliveryPaths.ts'
import type {Clinic} from '../../src/content/documents/clinic.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, NOW, tempDir} from '../support/bundledDataset.ts'

let outDir: string
beforeAll(async () => {
  outDir = await tempDir('sanad-feeds-')
  const source = await openLocalSource(BUNDLED_DATASET)
  await runBuild({source, outDir, now: NOW})
  await source.close()
})
afterAll(async () => {
  await rm(outDir, {recursive: true, force: true})
})

const read = (clinic: string, path: string) => readFile(join(outDir, clinic, path), 'utf8')
const xml = new XMLParser({ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'link', 'author', 'category'].includes(name)})

// Published articles and offered procedures per clinic, from the gate and the clinic documents.
const CLINICS = [
  {slug: 'nour-cairo', locale: 'ar-EG', articles: 2, procedures: 5},
  {slug: 'rawda-riyadh', locale: 'ar-SA', articles: 1, procedures: 4},
  {slug: 'lulu-dubai', locale: 'ar-AE', articles: 1, procedures: 4},
]

describe.each(CLINICS)('$slug', ({slug, locale, articles, procedures}) => {
  // JSON Feed 1.1's top-level `language`; Atom's is xml:lang on <feed> (RFC 4287, atomCommonAttributes).
  it('both feeds state the clinic\'s language', async () => {
    expect(JSON.parse(await read(slug, 'feed.json')).language).toBe(locale)
    expect(await read(slug, 'atom.xml')).toContain(`\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">\n`)
  })

  it('every page links both feeds in its head, where readers discover them', async () => {
    const links =
      `<link rel="alternate" type="application/atom\\+xml" title="آخر مقالات [^"]+ \\(Atom\\)" href="/atom\\.xml">` +
      `<link rel="alternate" type="application/feed\\+json" title="آخر مقالات [^"]+ \\(JSON Feed\\)" href="/feed\\.json">`
    for (const page of ['index.html', '404.html', 'search/index.html', 'articles/mesotherapy-hair-skin-realistic-results/index.html']) {
      expect(await read(slug, page), page).toMatch(new RegExp(`<head>.*${links}.*</head>`))
    }
  })

  it('feed.json is JSON Feed 1.1 with one item per published article', async () => {
    const feed = JSON.parse(await read(slug, 'feed.json'))
    expect(jsonFeedShape.safeParse(feed).success).toBe(true)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items).toHaveLength(articles)
    expect(feed.items[0].id).toMatch(/^urn:uuid:[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/)
    expect(feed.items[0].url).toMatch(new RegExp(`^https://${slug}\\.example/articles/`))
  })

  // Feed readers and search engines show a picture only from these; the page alone had it.
  it("the article's hero image is in its feed item and its page's JSON-LD, at the API's absolute address", async () => {
    const slugPath = 'mesotherapy-hair-skin-realistic-results'
    const api = JSON.parse(await read(slug, `api/v1/articles/${slugPath}.json`))
    const hero = api.article.heroImage
    expect(hero.url).toMatch(new RegExp(`^https://${slug}\\.example/images/`))
    const item = JSON.parse(await read(slug, 'feed.json')).items.find((entry: {url: string}) => entry.url.endsWith(`/articles/${slugPath}/`))
    expect(item.image).toBe(hero.url)
    const page = await read(slug, `articles/${slugPath}/index.html`)
    const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!)
    expect(jsonLd.image).toEqual({'@type': 'ImageObject', url: hero.url, ...(hero.alt ? {caption: hero.alt} : {})})
  })

  it('feed entries link citations at the article page, not at anchors the feed does not have', async () => {
    const feed = JSON.parse(await read(slug, 'feed.json'))
    const html = feed.items.map((item: {content_html: string}) => item.content_html).join('')
    expect(html).not.toMatch(/href="#/)
    const meso = feed.items.find((item: {url: string}) => item.url.includes('mesotherapy-hair-skin-realistic-results'))
    expect(meso.content_html).toContain(`href="${meso.url}#cite-1"`)
  })

  it('atom.xml is well-formed Atom with one entry per published article', async () => {
    const text = await read(slug, 'atom.xml')
    expect(XMLValidator.validate(text)).toBe(true)
    const {feed} = xml.parse(text)
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.entry).toHaveLength(articles)
    for (const entry of feed.entry) expect(Number.isNaN(Date.parse(entry.updated))).toBe(false)
  })

  it('sitemap.xml lists home, every article and every procedure page, each with lastmod', async () => {
    const text = await read(slug, 'sitemap.xml')
    expect(XMLValidator.validate(text)).toBe(true)
    const {urlset} = xml.parse(text)
    expect(urlset.url).toHaveLength(1 + articles + procedures)
    for (const url of urlset.url) {
      expect(url.loc).toMatch(new RegExp(`^https://${slug}\\.example/`))
      expect(Number.isNaN(Date.parse(url.lastmod))).toBe(false)
    }
  })

  it('robots.txt keeps crawlers out of the API and points at the sitemap', async () => {
    const robots = await read(slug, 'robots.txt')
    expect(robots.split('\n')).toEqual(expect.arrayContaining(['Disallow: /api/', 'Disallow: /export/', `Sitemap: https://${slug}.example/sitemap.xml`]))
  })
})

describe('Markdown export', () => {
  it('has YAML front matter with attribution and the article in Markdown', async () => {
    const text = await read('lulu-dubai', 'export/mesotherapy-hair-skin-realistic-results.md')
    const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!
    const meta = parseYaml(frontMatter!)
    expect(meta).toMatchObject({
      slug: 'mesotherapy-hair-skin-realistic-results',
      canonical: 'https://lulu-dubai.example/articles/mesotherapy-hair-skin-realistic-results/',
      lastReviewed: '2026-10-01',
      disclaimer: {jurisdiction: 'AE'},
      licence: {id: 'sanad-syndication-1.0'},
    })
    expect(meta.medicalReviewer.name).toBe('د. هالة عبد الرحمن')
    expect(body).toContain(`# ${meta.title}`)
    expect(body).toContain('## المراجع العلمية')
    expect(body).toContain('إخلاء المسؤولية الطبية — الإمارات (2026)')
  })

  it.each(CLINICS)('$slug: no heading left empty by the moved disclaimer, no letters as character references', async ({slug}) => {
    const text = await read(slug, 'export/mesotherapy-hair-skin-realistic-results.md')
    // The writer's «تنبيه مهم» stood over the disclaimer blocks only; the disclaimer has its own heading.
    expect(text).not.toContain('## تنبيه مهم')
    expect(text).not.toMatch(/^## .+\n\n## المراجع العلمية$/m)
    expect(text).not.toMatch(/&#x[\dA-F]+;/)
    expect(text).toMatch(/^- \*\*[^*\n]+:\*\* \S/m)
    expect(text).toMatch(/ \(درجة الدليل: [^)]+\)\\\[[\d٠-٩]+]/)
  })
})

// A feed reader knows an entry by its id: one that changes re-announces the article as new.
describe('entryId', () => {
  // Published ids: this value changes only with a deliberate change of every feed's ids.
  const PINNED_MESO_ID = 'urn:uuid:8217bd01-01aa-591a-8033-e5643fd60dc0'
  const clinic = {_id: 'clinic.nour-cairo', slug: {current: 'nour-cairo'}, domain: 'nour-cairo.example'} as unknown as Clinic
  it('is a name-based urn:uuid (a registered URN namespace, RFC 8141), pinned so a change of namespace shows here', () => {
    expect(entryId(clinic, 'article.meso-realistic')).toBe(entryId(clinic, 'article.meso-realistic'))
    expect(entryId(clinic, 'article.meso-realistic')).toMatch(/^urn:uuid:[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/)
    expect(entryId(clinic, 'article.meso-realistic')).toBe(PINNED_MESO_ID)
  })
  it("keeps an entry's id through a new slug or domain of the clinic, and tells clinics and documents apart", () => {
    const moved = {...clinic, slug: {current: 'nour-new-cairo'}, domain: 'nour.example'} as unknown as Clinic
    expect(entryId(moved, 'article.meso-realistic')).toBe(entryId(clinic, 'article.meso-realistic'))
    const ids = [entryId(clinic, 'article.a'), entryId(clinic, 'article.b'), entryId({...clinic, _id: 'clinic.lulu-dubai'} as Clinic, 'article.a'), entryId(clinic, clinic._id)]
    expect(new Set(ids).size).toBe(ids.length)
  })
})
