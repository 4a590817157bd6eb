// One clinic's whole site as data: every page, both stylesheets and the font files to copy (the
// search index and script come from src/search, added by the pipeline).
// The publisher writes them; nothing here touches the disk.
import {clinicCss} from './clinicCss.ts'
import {fontCopies} from './fontFiles.ts'
import {renderListPage, renderPage, type Page} from './layout.ts'
import {articlePage} from './pages/articlePage.ts'
import {homeListPageFiles} from './homeListPageFiles.ts'
import {homeListPages, indexPage} from './pages/indexPage.ts'
import {notFoundPage} from './pages/notFoundPage.ts'
import {procedurePage} from './pages/procedurePage.ts'
import {searchPage} from './pages/searchPage.ts'
import {siteCss} from './siteCss.ts'
import {siteIconFiles} from './siteIcon.ts'
import {articlesAbout, proceduresWithPages, publishedArticles} from './siteContents.ts'
import {CLINIC_CSS_FILE, SITE_CSS_FILE} from './sitePaths.ts'
import type {RenderSiteInput, SiteFile} from './types.ts'
import {rememberedFile} from './rememberedFile.ts'

/** Every page of the site, before serialisation. */
export const clinicPages = (input: RenderSiteInput): Page[] => [
  ...homeListPages(publishedArticles(input)).map((page) => indexPage(input, page)),
  notFoundPage(input),
  searchPage(input),
  ...publishedArticles(input).map((article) => articlePage(input, article)),
  ...proceduresWithPages(input).map((procedure) => procedurePage(input, procedure)),
]

/**
 * Everything but the article pages: the pages that list articles, the stylesheets and the fonts.
 * An incremental build re-renders these every time and article pages only when their inputs change.
 */
export const renderSiteFrame = (input: RenderSiteInput): SiteFile[] => [
  ...homeListPageFiles(input),
  rememberedFile(input, input.clinic, 'not-found', [], (site) => renderPage(site, notFoundPage(site))),
  rememberedFile(input, input.clinic, 'search', [], (site) => renderPage(site, searchPage(site))),
  ...proceduresWithPages(input).map((procedure) => {
    // The article list is worked out here, on the real graph, and is part of the key: the page then
    // reads only the procedure, its risks, contraindications and alternatives through the recorder.
    const articles = articlesAbout(input, procedure)
    return rememberedFile(input, procedure, 'procedure-page', articles, (site) => renderListPage(site, procedurePage(site, procedure, articles)))
  }),
  {path: SITE_CSS_FILE, contents: siteCss()},
  {path: CLINIC_CSS_FILE, contents: clinicCss(input.clinic)},
  ...siteIconFiles(input),
  ...fontCopies(),
]

export const renderClinicSite = (input: RenderSiteInput): SiteFile[] => [
  ...renderSiteFrame(input),
  ...publishedArticles(input).map((article) => renderPage(input, articlePage(input, article))),
]
