// The search index of one clinic as release files: its articles' entries in shards, plus
// /search-index.json listing them (searchManifest.ts). An edit to one article changes its shard and
// the manifest; every other shard comes out byte-identical, so the release writer keeps it, and in a
// running process producing it again costs a lookup: a shard's file is memoised on its article objects.
import type {Article} from '../content/documents/article.ts'
import {sha256} from '../publish/fileHash.ts'
import {publishedArticles} from '../render/lib/siteContents.ts'
import {SEARCH_INDEX_FILE, searchShardFile, searchShardUrl} from '../render/lib/sitePaths.ts'
import type {HashedFile, RenderedFile, RenderSiteInput} from '../render/index.ts'
import {searchEntryJson} from './searchIndex.ts'
import {SEARCH_INDEX_VERSION, type SearchManifest} from './searchManifest.ts'
import {searchShardCount, searchShardOf} from './searchShardAssignment.ts'
import {memoizeOnSequence} from '../memo/memoizeOnSequence.ts'
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
// Kept only for a running process (a site input with a build memory): a one-off build makes each
// shard once, and holding every shard's text would only add to its peak memory.
const rememberedShard = memoizeOnSequence(makeShard)

export const searchIndexFiles = (site: Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds' | 'memo'>): HashedFile<RenderedFile>[] => {
  const shardContents = site.memo ? rememberedShard : makeShard
  const articles = publishedArticles(site)
  const count = searchShardCount(articles.length)
  const shards = Array.from({length: count}, (): Article[] => [])
  const order = articles.map((article) => {
    const shard = searchShardOf(article._id, count)
    shards[shard]!.push(article)
    return shard
  })
  const files = shards.map((members, shard): HashedFile<RenderedFile> => {
    const {contents, hash} = shardContents(members)
    return {path: searchShardFile(shard, nameToken(hash)), contents, sha256: hash}
  })
  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    articles: articles.length,
    shards: files.map((file, shard) => searchShardUrl(shard, nameToken(file.sha256))),
    order,
  }
  const contents = `${JSON.stringify(manifest)}\n`
  return [...files, {path: SEARCH_INDEX_FILE, contents, sha256: sha256(contents)}]
}
