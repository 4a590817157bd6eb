// planRelease: which published articles keep their files from the live release and which are
// rendered again. Deciding unchanged articles by position from the last plan must give exactly what
// deciding them from the live manifest gives.
import {describe, expect, it} from 'vitest'
import type {Article} from '../../src/content/documents/article.ts'
import type {ReleaseManifest} from '../../src/publish/manifest.ts'
import type {PublishFile} from '../../src/publish/publishFile.ts'
import {planRelease, type ArticleHashes, type ReleasePlan} from '../../src/pipeline/releasePlan.ts'

const article = (slug: string, title: string) => ({_id: `article.${slug}`, slug: {current: slug}, title}) as unknown as Article
const pathsOf = new Map<Article, readonly string[]>()
const paths = (item: Article) => {
  if (!pathsOf.has(item)) pathsOf.set(item, [`articles/${item.slug.current}/index.html`, `api/v1/articles/${item.slug.current}.json`, `export/${item.slug.current}.md`])
  return pathsOf.get(item)!
}
// The Markdown export, made from the article's own content alone.
const contentPaths = (item: Article) => paths(item).slice(2)
/** Input hashes; an article's content hash is its input hash unless given. */
const hashes = (...inputs: (string | [string, string])[]): ArticleHashes[] =>
  inputs.map((input) => (typeof input === 'string' ? {inputHash: input, contentHash: input} : {inputHash: input[0], contentHash: input[1]}))
const hero: PublishFile = {path: 'images/meso.jpg', sourcePath: '/dataset/images/meso.jpg'}
const heroCopy = (item: Article) => (item.slug.current.startsWith('meso') ? hero : undefined)

/** The live manifest a release made from `plan` has (as releaseStore writes it: the plan's own entries). */
const liveManifest = (plan: ReleasePlan): ReleaseManifest => ({
  version: 1,
  clinic: 'nour-cairo',
  releaseId: 'r',
  files: new Map(plan.reusePaths.concat(plan.toRender.flatMap((item) => paths(item))).map((path) => [path, `hash:${path}`])),
  articles: plan.articles,
})

const decisions = (plan: ReleasePlan) => ({
  render: plan.toRender.map((item) => item._id),
  contentKept: [...plan.contentKept].map((item) => item._id),
  reuse: plan.reusePaths,
  images: [...plan.reusedImages],
  kept: plan.kept,
})

describe('planRelease', () => {
  const meso = article('meso-hair', 'الميزوثيرابي للشعر')
  const prp = article('prp-hair', 'البلازما الغنية بالصفائح')
  const micro = article('microneedling', 'الإبر الدقيقة')

  it('renders everything on a first build, and after an edit only the article whose inputs changed', () => {
    const first = planRelease({clinic: 'test-a', listed: [meso, prp, micro], hashes: hashes('h1', 'h2', 'h3'), previous: undefined, paths, contentPaths, heroCopy, imageSource: 'export'})
    expect(decisions(first)).toEqual({contentKept: [], render: ['article.meso-hair', 'article.prp-hair', 'article.microneedling'], reuse: [], images: [], kept: 0})
    const edited = article('prp-hair', 'البلازما (محدَّث)')
    const second = planRelease({clinic: 'test-a', listed: [meso, edited, micro], hashes: hashes('h1', 'h2*', 'h3'), previous: liveManifest(first), paths, contentPaths, heroCopy, imageSource: 'export'})
    expect(decisions(second)).toEqual({contentKept: [], render: ['article.prp-hair'], reuse: [...paths(meso), ...paths(micro)], images: [hero], kept: 3})
    // Unchanged entries are the live ones, so the manifest writer recognises them by identity.
    expect(second.articles.get('article.meso-hair')).toBe(first.articles.get('article.meso-hair'))
    expect(second.articles.get('article.prp-hair')).toEqual({inputHash: 'h2*', contentHash: 'h2*', paths: paths(edited)})
    expect([...second.articles.keys()]).toEqual(['article.meso-hair', 'article.prp-hair', 'article.microneedling'])
  })

  it('decides as the live manifest says when that manifest is not the last plan’s (read from disk, another process)', () => {
    const first = planRelease({clinic: 'test-b', listed: [meso, prp, micro], hashes: hashes('h1', 'h2', 'h3'), previous: undefined, paths, contentPaths, heroCopy, imageSource: 'export'})
    const live = liveManifest(first)
    const fromDisk: ReleaseManifest = {...live, articles: new Map([...live.articles].map(([id, entry]) => [id, {...entry, paths: [...entry.paths]}]))}
    // Reordered and one article gone: positions no longer match, lookups decide.
    const plan = planRelease({clinic: 'test-b', listed: [micro, meso], hashes: hashes('h3', 'h1'), previous: fromDisk, paths, contentPaths, heroCopy, imageSource: 'export'})
    expect(decisions(plan)).toEqual({contentKept: [], render: [], reuse: [...paths(micro), ...paths(meso)], images: [hero], kept: 2})
    // A page of the live release that is missing makes its article render again.
    const missing: ReleaseManifest = {...fromDisk, files: new Map([...fromDisk.files].filter(([path]) => !path.includes('microneedling')))}
    expect(decisions(planRelease({clinic: 'test-b', listed: [micro, meso], hashes: hashes('h3', 'h1'), previous: missing, paths, contentPaths, heroCopy, imageSource: 'export'})).render).toEqual(['article.microneedling'])
  })

  it('renders an article again when its input hash changed though the object did not (a related article was taken down), keeping its content-only files', () => {
    const first = planRelease({clinic: 'test-c', listed: [meso, prp], hashes: hashes('h1', 'h2'), previous: undefined, paths, contentPaths, heroCopy, imageSource: 'export'})
    const second = planRelease({clinic: 'test-c', listed: [meso, prp], hashes: hashes('h1', ['h2 related-off', 'h2']), previous: liveManifest(first), paths, contentPaths, heroCopy, imageSource: 'export'})
    expect(decisions(second)).toEqual({contentKept: ['article.prp-hair'], render: ['article.prp-hair'], reuse: [...paths(meso), 'export/prp-hair.md'], images: [hero], kept: 2})
    expect(second.articles.get('article.prp-hair')).toEqual({inputHash: 'h2 related-off', contentHash: 'h2', paths: paths(prp)})
  })

  it('renders every file of an article whose content-only files it cannot carry over', () => {
    const first = planRelease({clinic: 'test-e', listed: [meso, prp], hashes: hashes('h1', 'h2'), previous: undefined, paths, contentPaths, heroCopy, imageSource: 'export'})
    const live = liveManifest(first)
    const related = hashes('h1', ['h2 retitled-link', 'h2'])
    // The live release, read from disk, lacks the export (removed by hand): it is rendered with the rest.
    const fromDisk = new Map([...live.articles].map(([id, entry]) => [id, {...entry, paths: [...entry.paths]}]))
    const missing: ReleaseManifest = {...live, articles: fromDisk, files: new Map([...live.files].filter(([path]) => path !== 'export/prp-hair.md'))}
    expect(decisions(planRelease({clinic: 'test-e', listed: [meso, prp], hashes: related, previous: missing, paths, contentPaths, heroCopy, imageSource: 'export'}))).toMatchObject({render: ['article.prp-hair'], contentKept: []})
    // A manifest written before content hashes existed says nothing about the content alone.
    const older: ReleaseManifest = {...live, articles: new Map([...live.articles].map(([id, {inputHash, paths: entryPaths}]) => [id, {inputHash, paths: [...entryPaths]}]))}
    expect(decisions(planRelease({clinic: 'test-e', listed: [meso, prp], hashes: related, previous: older, paths, contentPaths, heroCopy, imageSource: 'export'}))).toMatchObject({render: ['article.prp-hair'], contentKept: []})
    // The content changed too: everything is rendered.
    expect(decisions(planRelease({clinic: 'test-e', listed: [meso, prp], hashes: hashes('h1', 'h2*'), previous: live, paths, contentPaths, heroCopy, imageSource: 'export'}))).toMatchObject({render: ['article.prp-hair'], contentKept: []})
  })

  it('carries an unchanged article\'s image copy from this build\'s source, not the last one (a reloaded .tar.gz is extracted anew)', () => {
    const first = planRelease({clinic: 'test-d', listed: [meso, prp], hashes: hashes('h1', 'h2'), previous: undefined, paths, contentPaths, heroCopy, imageSource: 'export'})
    const moved: PublishFile = {path: 'images/meso.jpg', sourcePath: '/tmp/sanad-dataset-new/images/meso.jpg'}
    const second = planRelease({clinic: 'test-d', listed: [meso, prp], hashes: hashes('h1', 'h2'), previous: liveManifest(first), paths, contentPaths, heroCopy: (item) => (heroCopy(item) ? moved : undefined), imageSource: 'export, extracted again'})
    expect(decisions(second)).toEqual({contentKept: [], render: [], reuse: [...paths(meso), ...paths(prp)], images: [moved], kept: 2})
  })

  it('keeps an unchanged article\'s image copy from the last plan while the image source is the same', () => {
    const first = planRelease({clinic: 'test-f', listed: [meso, prp], hashes: hashes('h1', 'h2'), previous: undefined, paths, contentPaths, heroCopy, imageSource: 'export'})
    let asked = 0
    const counting = (item: Article) => (asked++, heroCopy(item))
    const edited = article('prp-hair', 'البلازما (محدَّث)')
    const second = planRelease({clinic: 'test-f', listed: [meso, edited], hashes: hashes('h1', 'h2*'), previous: liveManifest(first), paths, contentPaths, heroCopy: counting, imageSource: 'export'})
    expect(decisions(second)).toMatchObject({render: ['article.prp-hair'], images: [hero]})
    // Only the edited article was asked.
    expect(asked).toBe(1)
  })
})

