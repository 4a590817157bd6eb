// The renderer's public surface. The release pipeline (src/pipeline/renderClinicRelease.ts) renders
// from renderSiteFrame (the pages and files not of one article) and renderArticlePage per article,
// so an edit re-renders only what it changed; renderClinicSite renders a whole site in one call, for
// tools and tests; the other pages are exported for the tests that read each on its own.
export type {CopiedFile, HashedFile, ImageUrl, RenderedFile, RenderSiteInput, SiteFile, TextFile} from './lib/types.ts'
export {renderClinicSite, renderSiteFrame} from './lib/renderClinicSite.ts'
export {renderArticlePage} from './lib/pages/articlePage.ts'
export {renderIndexPage} from './lib/pages/indexPage.ts'
export {renderProcedurePage} from './lib/pages/procedurePage.ts'
export {renderNotFoundPage} from './lib/pages/notFoundPage.ts'
export {renderSearchPage} from './lib/pages/searchPage.ts'
export {siteCss} from './lib/siteCss.ts'
export {clinicCss} from './lib/clinicCss.ts'
export {FONT_PACKAGE, fontCopies, fontPackageFiles} from './lib/fontFiles.ts'
export {publishedArticles, proceduresWithPages} from './lib/siteContents.ts'
export {articleFile, articleUrl, procedureFile, procedureUrl, SEARCH_FILE, SEARCH_INDEX_FILE, SEARCH_SCRIPT_FILE, SEARCH_URL} from './lib/sitePaths.ts'
export {siteSchema, sanitizeSiteContent} from './lib/siteSchema.ts'
export {serializeJsonLd} from './lib/jsonLd.ts'
