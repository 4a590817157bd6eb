// Static client-side search of a clinic site: the index builder, the matcher and the browser script.
export {buildSearchIndex, SEARCH_INDEX_VERSION, type SearchEntry, type SearchIndex} from './searchIndex.ts'
export {MIN_INFIX_LENGTH, queryWords, searchArticles, type SearchHit} from './matchQuery.ts'
export {searchTokens} from './searchTokens.ts'
export {searchFiles, searchIndexFile} from './searchFiles.ts'
export {bundleSearchScript} from './searchScript.ts'
export * from './searchPageIds.ts'
