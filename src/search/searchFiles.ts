// The files search adds to a clinic release: the index of its published articles (a manifest and
// its shards) and the script the search page loads. The page itself is rendered with the other
// pages (src/render). Each file carries the release writer's sha256 of its contents, so it need not
// be computed twice.
import {sha256} from '../publish/fileHash.ts'
import {SEARCH_SCRIPT_FILE} from '../render/lib/sitePaths.ts'
import type {HashedFile, RenderedFile, RenderSiteInput} from '../render/index.ts'
import {searchIndexFiles} from './searchIndexFiles.ts'
import {bundleSearchScript} from './searchScript.ts'

export const searchFiles = async (site: RenderSiteInput): Promise<HashedFile<RenderedFile>[]> => {
  const script = await bundleSearchScript()
  return [...searchIndexFiles(site), {path: SEARCH_SCRIPT_FILE, contents: script, sha256: sha256(script)}]
}
