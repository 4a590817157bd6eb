// A clinic's search index files with every file read as text: shards are UTF-8 bytes
// (src/search/searchIndexFiles.ts), and the tests compare and parse them as text (textFile.ts).
import {searchIndexFiles} from '../../src/search/index.ts'
import type {TextFile} from '../../src/render/lib/types.ts'
import {asText} from './textFile.ts'

export const searchIndexText = (...args: Parameters<typeof searchIndexFiles>): TextFile[] => searchIndexFiles(...args).map(asText)
