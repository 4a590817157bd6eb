// The search index of one clinic as release files: its articles' entries in shards, plus
// /search-index.json listing them (searchManifest.ts). An edit to one article changes its shard and
// the manifest; every other shard comes out byte-identical, so the release writer keeps it, and in a
// running process producing it again costs nothing: a shard whose articles are the very objects of
// the clinic's last index keeps its file.
import type {Article} from '../content/documents/article.ts'
import {sha256} from '../publish/fileHash.ts'
import {publishedArticles} from '../render/lib/siteContents.ts'
import {SEARCH_INDEX_FILE, searchShardFile, searchShardUrl} from '../render/lib/sitePaths.ts'
import type {HashedFile, RenderedFile, RenderSiteInput} from '../render/index.ts'
import {searchEntryJson} from './searchIndex.ts'
import {SEARCH_INDEX_VERSION, type SearchManifest} from './searchManifest.ts'
import {searchShardCount, searchShardOf} from './searchShardAssignment.ts'
import {sameItems} from '../memo/sameItems.ts'
import {joinedParts} from '../publish/spliceBytes.ts'

// 64 bits of the hash in a shard's name are plenty to tell its versions apart.
const nameToken = (hash: string): string => hash.slice(0, 16)

const OPEN = Buffer.from('[')
const COMMA = Buffer.from(',')
const CLOSE = Buffer.from(']\n')

const makeShard = (articles: readonly Article[]) => {
  const contents = Buffer.concat([OPEN, ...joinedParts(articles.map(searchEntryJson), COMMA), CLOSE])
  return {contents, hash: sha256(contents)}
}

type ShardFile = HashedFile<RenderedFile>

interface LastIndex {
  articles: readonly Article[]
  order: readonly number[]
  shards: readonly {members: readonly Article[]; file: ShardFile}[]
}

// Per clinic, kept only for a running process (a site input with a build memory): its last index.
// After an edit the list holds the same article objects at the same positions but one, so an
// article's shard and a shard's file are taken from there by position, without hashing ids or
// looking up each article again. A one-off build makes each shard once, and holding every shard's
// bytes would only add to its peak memory.
const lastIndexes = new Map<string, LastIndex>()

const shardFile = (shard: number, members: readonly Article[]): ShardFile => {
  const {contents, hash} = makeShard(members)
  return {path: searchShardFile(shard, nameToken(hash)), contents, sha256: hash}
}

export const searchIndexFiles = (site: Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds' | 'memo'>): HashedFile<RenderedFile>[] => {
  const articles = publishedArticles(site)
  const count = searchShardCount(articles.length)
  const found = site.memo ? lastIndexes.get(site.clinic._id) : undefined
  // A different shard count puts articles in other shards: nothing is taken from the last index.
  const last = found && found.shards.length === count ? found : undefined
  const shards = Array.from({length: count}, (): Article[] => [])
  const order = articles.map((article, index) => {
    const shard = last?.articles[index] === article ? last.order[index]! : searchShardOf(article._id, count)
    shards[shard]!.push(article)
    return shard
  })
  const files = shards.map((members, shard) => {
    const before = last?.shards[shard]
    return before && sameItems(before.members, members) ? before.file : shardFile(shard, members)
  })
  if (site.memo) lastIndexes.set(site.clinic._id, {articles, order, shards: shards.map((members, shard) => ({members, file: files[shard]!}))})
  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    articles: articles.length,
    shards: files.map((file, shard) => searchShardUrl(shard, nameToken(file.sha256))),
    order,
  }
  const contents = `${JSON.stringify(manifest)}\n`
  return [...files, {path: SEARCH_INDEX_FILE, contents, sha256: sha256(contents)}]
}
