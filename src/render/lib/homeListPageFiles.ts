// The files of the home page's article list (pages/indexPage.ts). In a running process the later
// pages are kept from build to build: a page whose articles are the same objects is reused as it
// was, and when an article moves to the top of the list (a new review date, a new article), every
// later page changes its articles but not its frame, so the frame (head, header, footer, page
// navigation) is kept per page number and the page's items are spliced into it.
import {rememberGraphReads} from '../../content/graphReadMemo.ts'
import {todayFor} from '../../presets/index.ts'
import {spliceBytes} from '../../publish/spliceBytes.ts'
import {renderDocument, renderListPage} from './layout.ts'
import {homeListItems, homeListPages, indexPage, type HomeListPage} from './pages/indexPage.ts'
import {rememberedFile} from './rememberedFile.ts'
import {publishedArticles} from './siteContents.ts'
import {homePageFile} from './sitePaths.ts'
import type {RenderedFile, RenderSiteInput} from './types.ts'

interface PageFrame {
  document: string
  /** Where the page's items go in `document`. */
  token: string
}

const laterPageFile = (input: RenderSiteInput, page: HomeListPage): RenderedFile => {
  const {clinic, memo} = input
  if (!memo) return renderListPage(input, indexPage(input, page))
  // The frame reads the graph (the footer's disclaimer); its reads are recorded, so a new
  // disclaimer makes it again. Made from this page's articles, but only its one slot holds them.
  const frame = rememberGraphReads<PageFrame>(
    memo,
    {owner: clinic, scope: `home-frame-${page.number}:${clinic._id}`, graph: input.graph, keys: [todayFor(clinic.jurisdiction, input.now), page.count]},
    (graph) => {
      const listPage = indexPage({...input, graph}, page)
      const [token] = listPage.fragments.keys()
      return {document: renderDocument({...input, graph}, listPage.shell), token: token!}
    },
  )
  return rememberedFile(input, clinic, `home-page-${page.number}`, [frame, ...page.articles], () => ({
    path: homePageFile(page.number),
    contents: spliceBytes(frame.document, [{token: frame.token, parts: homeListItems(clinic, page)}]),
  }))
}

/** Every page of the list, the home page first. The home page lists the procedures too and is made every time. */
export const homeListPageFiles = (input: RenderSiteInput): RenderedFile[] =>
  homeListPages(publishedArticles(input)).map((page) => (page.number === 1 ? renderListPage(input, indexPage(input, page)) : laterPageFile(input, page)))
