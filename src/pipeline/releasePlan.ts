// Which of a clinic's published articles keep their files from the live release and which are
// rendered anew, with the new release's manifest entries. It runs over every published article on
// every build; after one edit nearly all of them stand where they stood, with the same input hash,
// so the last plan decides those by position without reading the article or the live manifest.
// An article whose links to other articles changed but whose own content did not (a linked article
// was retitled) renders the files that show the links and keeps those made from its content alone.
import type {Article} from '../content/documents/article.ts'
import {inOrder, type ManifestArticle as ArticleEntry, type ReleaseManifest} from '../publish/manifest.ts'
import type {PublishFile} from '../publish/publishFile.ts'

export interface ArticleHashes {
  /** Every input of the article's files: its own content and the articles it links to. */
  inputHash: string
  /** The inputs of its own content only, which is all the files `contentPaths` names are made from. */
  contentHash: string
}

export interface ReleasePlanInput {
  /** Whose plan this is: the last plan of the same clinic is what positions are compared with. */
  clinic: string
  /** The published articles in site order, with the input hashes of each. */
  listed: readonly Article[]
  hashes: readonly ArticleHashes[]
  /** The live release's manifest; undefined on a first build. */
  previous: ReleaseManifest | undefined
  /** The files an article brings into a release (page, API document, Markdown export), the same array each time. */
  paths: (article: Article) => readonly string[]
  /** Of `paths`, the files made from the article's own content alone (the same array each time). */
  contentPaths: (article: Article) => readonly string[]
  /** The copy of the article's hero image a release must carry, if it has one to copy. */
  heroCopy: (article: Article) => PublishFile | undefined
  /**
   * What `heroCopy` answers from (the content source's image resolver). While it is the same, an
   * article unchanged at its position keeps the last plan's copy without asking: a reloaded
   * .tar.gz export is extracted to a new folder, so a new source must be asked again.
   */
  imageSource: unknown
}

export interface ReleasePlan {
  /** The new manifest's article entries, in site order; an unchanged entry is the previous object. */
  articles: Map<string, ArticleEntry>
  /** Files of the live release to carry over unchanged. */
  reusePaths: string[]
  /** The hero image copies of the carried-over articles (a reused page still shows its image), each once. */
  reusedImages: Set<PublishFile>
  toRender: Article[]
  /** Of `toRender`, the articles whose content-only files are carried over: only their other files are rendered. */
  contentKept: Set<Article>
  /** Articles of the live release that are still published. */
  kept: number
}

interface LastPlan {
  listed: readonly Article[]
  hashes: readonly ArticleHashes[]
  /** The manifest entries the plan made, which is the live manifest's record once that release went live. */
  record: ReleaseManifest['articles']
  /** Each listed article's hero image copy, and what they were asked of. */
  images: readonly (PublishFile | undefined)[]
  imageSource: unknown
}

const lastPlans = new Map<string, LastPlan>()

/** Whether the live release holds every one of `paths`, listed for the article as `before`. */
const holds = (previous: ReleaseManifest, before: ArticleEntry, paths: readonly string[]): boolean =>
  paths.every((path) => before.paths.includes(path) && previous.files.has(path))

export const planRelease = ({clinic, listed, hashes, previous, paths: pathsOf, contentPaths, heroCopy, imageSource}: ReleasePlanInput): ReleasePlan => {
  const plan: ReleasePlan = {articles: new Map(), reusePaths: [], reusedImages: new Set(), toRender: [], contentKept: new Set(), kept: 0}
  // Positions count only when the live release is the one the last plan was made for.
  const last = lastPlans.get(clinic)
  const lastLive = last && previous && last.record === previous.articles ? last : undefined
  const lastImages = last && last.imageSource === imageSource ? last.images : undefined
  const images = new Array<PublishFile | undefined>(listed.length)
  // The live manifest lists the articles in the last build's order, mostly this one.
  const previousOrder = previous && inOrder(previous.articles)
  for (let index = 0; index < listed.length; index++) {
    const article = listed[index]!
    const {inputHash, contentHash} = hashes[index]!
    const id = article._id
    const listedBefore = previousOrder?.keys[index] === id
    if (lastLive && listedBefore && lastLive.listed[index] === article && lastLive.hashes[index]!.inputHash === inputHash) {
      // Same article object, same inputs, and the live release holds the files the last plan's entry
      // names, reused or rendered then.
      const entry = previousOrder!.values[index]!
      const image = lastImages ? lastImages[index] : heroCopy(article)
      images[index] = image
      plan.kept++
      plan.reusePaths.push(...entry.paths)
      if (image) plan.reusedImages.add(image)
      plan.articles.set(id, entry)
      continue
    }
    const before = listedBefore ? previousOrder!.values[index] : previous?.articles.get(id)
    const paths = pathsOf(article)
    // The live manifest is the one this process wrote (releaseStore remembers it), so an unchanged
    // article's paths are the very same array; a manifest read from disk is compared path by path.
    const sameFiles = before !== undefined && (before.paths === paths || holds(previous!, before, paths))
    const image = heroCopy(article)
    images[index] = image
    if (sameFiles && before.inputHash === inputHash) {
      plan.reusePaths.push(...paths)
      if (image) plan.reusedImages.add(image)
    } else {
      plan.toRender.push(article)
      const kept = contentPaths(article)
      if (before?.contentHash === contentHash && kept.length > 0 && (sameFiles || holds(previous!, before, kept))) {
        plan.contentKept.add(article)
        plan.reusePaths.push(...kept)
      }
    }
    if (before) plan.kept++
    // An unchanged entry is the previous one, so the manifest writer recognises it by identity.
    const same = before && before.inputHash === inputHash && before.contentHash === contentHash && before.paths === paths
    plan.articles.set(id, same ? before : {inputHash, contentHash, paths: paths as string[]})
  }
  lastPlans.set(clinic, {listed, hashes, record: plan.articles, images, imageSource})
  return plan
}
