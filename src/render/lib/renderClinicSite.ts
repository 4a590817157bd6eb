// One clinic's whole site as data: every page, both stylesheets and the font files to copy (the
// search index and script come from src/search, added by the pipeline).
// The publisher writes them; nothing here touches the disk.
import {clinicCss} from './clinicCss.ts'
import {fontCopies} from './fontFiles.ts'
import {renderPage, type Page} from './layout.ts'
import {articlePage} from './pages/articlePage.ts'
import {indexPage} from './pages/indexPage.ts'
import {notFoundPage} from './pages/notFoundPage.ts'
import {procedurePage} from './pages/procedurePage.ts'
import {searchPage} from './pages/searchPage.ts'
import {siteCss} from './siteCss.ts'
import {siteIconFiles} from './siteIcon.ts'
import {proceduresWithPages, publishedArticles} from './siteContents.ts'
import {CLINIC_CSS_FILE, SITE_CSS_FILE} from './sitePaths.ts'
import type {RenderSiteInput, SiteFile} from './types.ts'

/** Every page of the site, before serialisation. */
export const clinicPages = (input: RenderSiteInput): Page[] => [
  indexPage(input),
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
  renderPage(input, indexPage(input)),
  renderPage(input, notFoundPage(input)),
  renderPage(input, searchPage(input)),
  ...proceduresWithPages(input).map((procedure) => renderPage(input, procedurePage(input, procedure))),
  {path: SITE_CSS_FILE, contents: siteCss()},
  {path: CLINIC_CSS_FILE, contents: clinicCss(input.clinic)},
  ...siteIconFiles(input),
  ...fontCopies(),
]

export const renderClinicSite = (input: RenderSiteInput): SiteFile[] => [
  ...renderSiteFrame(input),
  ...publishedArticles(input).map((article) => renderPage(input, articlePage(input, article))),
]
