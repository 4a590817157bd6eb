// The pages of a served clinic site that the browser tests look at, found the way a reader finds
// them: the home page, the seed 004 article (every clinic publishes it), the first procedure the
// home page lists, the search page, and a URL that does not exist (the 404 page).
import type {Browser} from 'playwright-core'
import type {ClinicReport} from '../../../src/report/buildReport.ts'

export type PageName = 'index' | 'article' | 'procedure' | 'search' | 'not-found'

export interface ClinicPage {
  name: PageName
  url: string
  /** 404 for the not-found page, 200 for the others. */
  status: number
}

/** Seed 004 ("realistic results"), the article with claims of every GRADE level. */
export const SEED_ARTICLE_SLUG = 'mesotherapy-hair-skin-realistic-results'
export const MISSING_PATH = '/no-such-page/'

export const clinicPages = async (browser: Browser, origin: string, clinic: ClinicReport): Promise<ClinicPage[]> => {
  const article = clinic.published.find((entry) => entry.slug === SEED_ARTICLE_SLUG)
  if (!article) throw new Error(`${clinic.slug} does not publish ${SEED_ARTICLE_SLUG}; the bundled dataset changed`)
  const page = await browser.newPage()
  try {
    await page.goto(origin)
    const procedure = await page.locator('.procedure-list a').first().getAttribute('href')
    if (!procedure) throw new Error(`${clinic.slug}: the home page lists no procedure`)
    return [
      {name: 'index', url: origin, status: 200},
      {name: 'article', url: new URL(article.path, origin).href, status: 200},
      {name: 'procedure', url: new URL(procedure, origin).href, status: 200},
      {name: 'search', url: new URL('/search/', origin).href, status: 200},
      {name: 'not-found', url: new URL(MISSING_PATH, origin).href, status: 404},
    ]
  } finally {
    await page.close()
  }
}
