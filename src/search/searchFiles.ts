// The files search adds to a clinic release: the index of its published articles and the script
// the search page loads. The page itself is rendered with the other pages (src/render).
import {SEARCH_INDEX_FILE, SEARCH_SCRIPT_FILE} from '../render/lib/sitePaths.ts'
import type {RenderedFile, RenderSiteInput} from '../render/index.ts'
import {buildSearchIndex} from './searchIndex.ts'
import {bundleSearchScript} from './searchScript.ts'

export const searchIndexFile = (site: Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds'>): RenderedFile => ({
  path: SEARCH_INDEX_FILE,
  contents: `${JSON.stringify(buildSearchIndex(site))}\n`,
})

export const searchFiles = async (site: RenderSiteInput): Promise<RenderedFile[]> => [
  searchIndexFile(site),
  {path: SEARCH_SCRIPT_FILE, contents: await bundleSearchScript()},
]
