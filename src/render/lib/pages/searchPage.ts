// The search page: a labelled search form and an empty, live-announced result list that
// /assets/search.js fills from /search-index.json. Without the script the form still submits
// /search/?q=…, and the home page lists every article; kept out of search engines.
import {h} from 'hastscript'
import {writesArabicIndicDigits} from '../../../locale/writesArabicIndicDigits.ts'
import {renderPage, type Page} from '../layout.ts'
import {SEARCH_FILE, SEARCH_SCRIPT_URL, SEARCH_URL} from '../sitePaths.ts'
import type {TextFile, RenderSiteInput} from '../types.ts'
import {SEARCH_FORM_ID, SEARCH_INPUT_ID, SEARCH_QUERY_PARAM, SEARCH_RESULTS_ID, SEARCH_STATUS_ID} from '../../../search/searchPageIds.ts'

export const searchPage = (input: RenderSiteInput): Page => ({
  path: SEARCH_FILE,
  shell: {
    urlPath: SEARCH_URL,
    noindex: true,
    title: `البحث في المقالات | ${input.clinic.name}`,
    description: `ابحث في مقالات ${input.clinic.name} الطبية المراجَعة.`,
    scripts: [SEARCH_SCRIPT_URL],
    main: [
      h('h1', 'البحث في المقالات'),
      h('p', {className: ['lead']}, 'اكتب كلمة أو أكثر؛ لا يهمّ التشكيل ولا طريقة كتابة الهمزة أو التاء المربوطة أو الألف المقصورة.'),
      h('form', {id: SEARCH_FORM_ID, className: ['search-form'], action: SEARCH_URL, method: 'get', role: 'search'}, [
        h('label', {htmlFor: SEARCH_INPUT_ID}, 'كلمات البحث'),
        h('div', {className: ['search-row']}, [
          h('input', {type: 'search', id: SEARCH_INPUT_ID, name: SEARCH_QUERY_PARAM, autoComplete: 'off', enterKeyHint: 'search'}),
          h('button', {type: 'submit'}, 'ابحث'),
        ]),
      ]),
      h('p', {id: SEARCH_STATUS_ID, className: ['search-status'], role: 'status'}),
      // The digits the script writes titles, excerpts and the count in: those of the rest of the
      // site, as the build decided them, not what the reader's browser thinks the locale writes.
      h('ol', {
        id: SEARCH_RESULTS_ID,
        className: ['article-list', 'search-results'],
        dataNumberingSystem: writesArabicIndicDigits(input.clinic.locale) ? 'arab' : 'latn',
      }),
    ],
  },
})

export const renderSearchPage = (input: RenderSiteInput): TextFile => renderPage(input, searchPage(input))
