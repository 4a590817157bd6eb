// Renders one clinic's site into a new release, re-rendering only the article pages whose inputs
// changed since the live release and hard-linking the rest, then swaps it in atomically.
import {todayFor} from '../presets/index.ts'
import {articleDependencies} from '../content/articleDependencies.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import {rememberEachGraphReads, type GraphReadMemo} from '../content/graphReadMemo.ts'
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {apiArticleFile, articleDeliveryPaths, articleHtmlFromApiDocument, contentOnlyDeliveryPaths, latestFeedArticles, renderArticleDeliveryFiles, renderDeliveryLists, renderFeeds} from '../delivery/index.ts'
import type {ReleaseManifest} from '../publish/manifest.ts'
import {planRelease, type ArticleHashes} from './releasePlan.ts'
import type {PublishFile} from '../publish/publishFile.ts'
import {activateRelease, assertSitePathIsSanads, readCurrentRelease, readStandbyRelease, writeRelease} from '../publish/releaseStore.ts'
import {
  articleFile,
  publishedArticles,
  renderArticlePage,
  renderSiteFrame,
  type ImageUrl,
  type RenderSiteInput,
  type SiteFile,
} from '../render/index.ts'
import {liveRelatedKey} from '../render/lib/liveRelatedArticles.ts'
import {documentStamp} from '../delivery/contentDates.ts'
import {searchFiles} from '../search/index.ts'
import type {ContentSource, ResolvedImage} from '../sources/contentSource.ts'
import {hashDocument, hashParts} from './contentHash.ts'
import {resolvePackageFile} from './resolvePackageFile.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'

export interface ClinicReleaseInput {
  outDir: string
  clinic: Clinic
  graph: ContentGraph
  publishedArticleIds: ReadonlySet<string>
  now: Date
  source: ContentSource
  /** Changes whenever the renderer's code changes, so no page survives a renderer upgrade. */
  rendererFingerprint: string
  /** Input hashes of earlier builds (a running server's), reused for articles whose inputs are the same objects. */
  memo?: GraphReadMemo
  /** Aborted when the clinic's write lock goes to another build: the release is then not swapped in. */
  lockLost?: AbortSignal
  onFileWritten?: (path: string) => void
}

export interface ClinicReleaseResult {
  dir: string
  /** Articles whose page (and API document and Markdown export) were rendered anew. */
  rendered: number
  /** Of `rendered`, those whose Markdown export was carried over: only the articles they link to changed. */
  contentKept: number
  /** Articles whose files were carried over unchanged from the previous release. */
  reused: number
  /** Articles of the previous release that are no longer published here. */
  removed: number
  files: number
  /** Settles once the releases this one replaced are deleted (in the background, off the critical path). */
  pruned: Promise<void>
}

// One copy (and one URL) per resolved image file: a source resolves an image value to the same
// object every time, and every build carries every published article's image into the release.
const imageCopy = oncePerObject((file: Extract<ResolvedImage, {kind: 'file'}>) => {
  const path = `images/${file.fileName}`
  return {copy: {path, sourcePath: file.path} satisfies PublishFile, url: `/${path}`}
})

/**
 * Image values become files copied next to the pages (export) or CDN URLs (Content Lake). `copies`
 * collects the files of the images the release shows; `copyOf` names an image's file without adding it.
 */
const imageCollector = (source: ContentSource) => {
  const copies = new Map<string, PublishFile>()
  const resolve = (image: Parameters<ImageUrl>[0]) => source.resolveImage(image, {width: 1200})
  const copyOf = (image: Parameters<ImageUrl>[0]): PublishFile | undefined => {
    const resolved = resolve(image)
    return resolved?.kind === 'file' ? imageCopy(resolved).copy : undefined
  }
  const imageUrl: ImageUrl = (image) => {
    const resolved = resolve(image)
    if (!resolved) return undefined
    if (resolved.kind === 'url') return resolved.url
    const {copy, url} = imageCopy(resolved)
    copies.set(copy.path, copy)
    return url
  }
  return {imageUrl, copyOf, copies}
}

const toPublishFile = (file: SiteFile): PublishFile =>
  'contents' in file ? file : {path: file.path, sourcePath: resolvePackageFile(file.copyFrom.package, file.copyFrom.file)}

/**
 * What an article's files depend on for this clinic. Its own content: its documents, the clinic
 * and the disclaimers in force. Then its links: the page and API document name each related
 * article that is live here by title and address, and are dated by its last edit too
 * (articleUpdatedAt), so any edit to it renders them again; the Markdown export shows neither and
 * is carried over.
 */
const articleHashes = (input: RenderSiteInput, article: Article, fingerprint: string, today: string): ArticleHashes => {
  const {graph, publishedArticleIds} = input
  const contentHash = hashParts([
    fingerprint,
    hashDocument(input.clinic),
    hashDocument(article),
    ...articleDependencies(article, graph)
      .filter((document) => !graph.articles.has(document._id))
      .map(hashDocument),
    ...[...graph.disclaimers.values()].map(hashDocument),
    today,
  ])
  if (article.relatedArticles.length === 0) return {inputHash: contentHash, contentHash}
  const links = article.relatedArticles.map((ref) => {
    const other = publishedArticleIds.has(ref._ref) ? graph.articles.get(ref._ref) : undefined
    return other ? `${ref._ref}\u0000${other.slug.current}\u0000${other.title}\u0000${documentStamp(other) ?? ''}` : `${ref._ref}\u0000-`
  })
  return {inputHash: hashParts([contentHash, ...links]), contentHash}
}

/** Each article's input hashes for this clinic's release, in order, remembered across builds when the input has a memo. */
const inputHashes = (input: ClinicReleaseInput, site: RenderSiteInput, articles: readonly Article[]): ArticleHashes[] => {
  const {memo} = input
  // The clinic's calendar day: the disclaimer in force changes at its midnight, not UTC's. Once per
  // clinic, not per article.
  const today = todayFor(input.clinic.jurisdiction, input.now)
  if (!memo) return articles.map((article) => articleHashes(site, article, input.rendererFingerprint, today))
  return rememberEachGraphReads(
    memo,
    {scope: `page:${input.clinic._id}`, graph: input.graph, keys: [input.clinic, input.rendererFingerprint, today]},
    articles,
    (article, view) => articleHashes({...site, graph: view}, article, input.rendererFingerprint, today),
    (article) => liveRelatedKey(article, input.publishedArticleIds),
    [input.publishedArticleIds],
  )
}

// Per clinic, in a running process: the content HTML of the articles the feeds showed last time,
// with the input hash of the API document it was read from. After a save only the saved article's
// entry differs; the others' HTML is taken from here instead of read and parsed back from disk
// (~38 ms per edit at 4,000 articles). Only what the last feeds asked for is kept: one feed's worth.
const lastFeedHtml = new Map<string, Map<string, {inputHash: string; html: string}>>()

const feedHtmlFor = (
  clinic: string,
  entries: ReadonlyMap<string, {inputHash: string}>,
  read: (article: Article) => Promise<string>,
): ((article: Article) => Promise<string>) => {
  const last = lastFeedHtml.get(clinic)
  // Made on the first request: feeds reused whole ask for nothing, and keep what the last ones read.
  let now: Map<string, {inputHash: string; html: string}> | undefined
  return async (article) => {
    if (!now) lastFeedHtml.set(clinic, (now = new Map()))
    const inputHash = entries.get(article._id)?.inputHash
    const known = last?.get(article._id)
    const html = known && inputHash !== undefined && known.inputHash === inputHash ? known.html : await read(article)
    if (inputHash !== undefined) now.set(article._id, {inputHash, html})
    return html
  }
}

/** The files an article page brings into a release: its page, API document and Markdown export. */
const articlePaths = oncePerObject((article: Article): readonly string[] => Object.freeze([articleFile(article.slug.current), ...articleDeliveryPaths(article)]))
const contentPaths = oncePerObject((article: Article): readonly string[] => Object.freeze(contentOnlyDeliveryPaths(article)))

export const renderClinicRelease = async (input: ClinicReleaseInput): Promise<ClinicReleaseResult> => {
  const slug = input.clinic.slug.current
  // Before rendering anything: a path that is not Sanad's to replace fails the clinic at once.
  await assertSitePathIsSanads(input.outDir, slug)
  const previous = await readCurrentRelease(input.outDir, slug)
  const standby = previous && (await readStandbyRelease(input.outDir, slug, previous.dir))
  const {imageUrl, copyOf, copies} = imageCollector(input.source)
  const site: RenderSiteInput = {
    clinic: input.clinic,
    graph: input.graph,
    publishedArticleIds: input.publishedArticleIds,
    now: input.now,
    imageUrl,
    ...(input.memo ? {memo: input.memo} : {}),
  }

  // First pass (cheap): decide per article whether its files are reused or must be rendered.
  const listed = publishedArticles(site)
  const {articles, reusePaths, reusedImages, toRender, contentKept, kept} = planRelease({
    clinic: slug,
    listed,
    hashes: inputHashes(input, site, listed),
    previous: previous?.manifest,
    paths: articlePaths,
    contentPaths,
    heroCopy: (article) => (article.heroImage ? copyOf(article.heroImage) : undefined),
    imageSource: input.source.resolveImage,
  })
  // A reused page still shows its image, so the image is carried into the new release too.
  for (const copy of reusedImages) copies.set(copy.path, copy)

  // Second pass, streamed into the release one file at a time. The feeds read the content of the
  // articles not rendered now back from their API documents in the release folder (hard-linked, or
  // written once the writes in flight are done) instead of holding every article's HTML in memory.
  async function* releaseFiles(releaseDir: string, flushed: () => Promise<void>): AsyncGenerator<PublishFile> {
    // The content of the articles rendered now that the feeds show is kept from rendering: after a
    // save that is the saved article, and the feeds need not wait for its API document's write.
    const inFeeds = new Set(latestFeedArticles(site).map(({article}) => article._id))
    const renderedHtml = new Map<string, string>()
    // The files made from the content alone first: the largest files of an edit (the home page and
    // the API index list every article) are then written and hashed on the thread pool while the
    // articles render, instead of after them with nothing left to overlap.
    yield* renderSiteFrame(site).map(toPublishFile)
    yield* await renderDeliveryLists(site)
    yield* await searchFiles(site)
    for (const article of toRender) {
      yield renderArticlePage(site, article)
      const delivery = renderArticleDeliveryFiles(site, article, {withContentOnlyFiles: !contentKept.has(article)})
      if (inFeeds.has(article._id)) renderedHtml.set(article._id, delivery.html)
      yield* delivery.files
    }
    const readHtml = async (article: Article) => {
      const rendered = renderedHtml.get(article._id)
      if (rendered !== undefined) return rendered
      await flushed()
      return articleHtmlFromApiDocument(await readFile(join(releaseDir, apiArticleFile(article.slug.current)), 'utf8'))
    }
    const articleHtml = input.memo ? feedHtmlFor(slug, articles, readHtml) : readHtml
    yield* await renderFeeds(site, articleHtml)
    if (input.clinic.branding?.logo) imageUrl(input.clinic.branding.logo)
    yield* copies.values()
  }

  const release = await writeRelease({
    outDir: input.outDir,
    clinic: slug,
    files: releaseFiles,
    articles,
    ...(previous && reusePaths.length ? {reuse: {dir: previous.dir, paths: reusePaths, manifest: previous.manifest}} : {}),
    ...(standby ? {standby} : {}),
    ...(input.onFileWritten ? {onFileWritten: input.onFileWritten} : {}),
  })
  const {pruned} = await activateRelease(input.outDir, slug, release.dir, release.manifest, input.lockLost)
  const removed = previous ? previous.manifest.articles.size - kept : 0
  return {dir: release.dir, rendered: toRender.length, contentKept: contentKept.size, reused: listed.length - toRender.length, removed, files: release.files, pruned}
}
