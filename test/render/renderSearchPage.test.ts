// renderSearchPage: the search page every clinic site has: a labelled GET form to /search/, a
// live-announced status line and an empty result list for /assets/search.js to fill (the page's
// only script, loaded from the site itself); linked from every page's header, kept out of indexes.
import {describe, expect, it} from 'vitest'
import {renderIndexPage, renderSearchPage} from '../../src/render/index.ts'
import {siteInput} from './fixtures.ts'
import {asText} from '../support/textFile.ts'

describe('renderSearchPage', () => {
  const page = renderSearchPage(siteInput())

  it('is search/index.html in the clinic’s locale, right to left', () => {
    expect(page.path).toBe('search/index.html')
    expect(page.contents).toContain('<html lang="ar-EG" dir="rtl">')
  })

  it.each([
    ['the title', '<title>البحث في المقالات | عيادة نور</title>'],
    ['the script as a same-origin module', '<script type="module" src="/assets/search.js"></script>'],
    ['no index', '<meta name="robots" content="noindex">'],
    ['the heading', '<h1>البحث في المقالات</h1>'],
    [
      'a labelled GET form to /search/',
      '<form id="search-form" class="search-form" action="/search/" method="get" role="search"><label for="search-query">كلمات البحث</label><div class="search-row"><input type="search" id="search-query" name="q" autocomplete="off" enterkeyhint="search"><button type="submit">ابحث</button></div></form>',
    ],
    ['the status line screen readers announce', '<p id="search-status" class="search-status" role="status"></p>'],
  ])('has %s', (_, fragment) => {
    expect(page.contents).toContain(fragment)
  })

  // The script writes the hits' titles and excerpts in the digits the build chose for the clinic.
  it.each([
    ['clinic.nour-cairo', '<ol id="search-results" class="article-list search-results" data-numbering-system="arab"></ol>'],
    ['clinic.rawda-riyadh', '<ol id="search-results" class="article-list search-results" data-numbering-system="arab"></ol>'],
    ['clinic.lulu-dubai', '<ol id="search-results" class="article-list search-results" data-numbering-system="latn"></ol>'],
  ])('has an empty result list that tells the script the digits of %s', (clinicId, list) => {
    expect(renderSearchPage(siteInput(clinicId)).contents).toContain(list)
  })

  it('is linked from the header of every page', () => {
    expect(asText(renderIndexPage(siteInput())).contents).toContain('<a class="search-link" href="/search/">البحث في المقالات</a>')
  })
})
