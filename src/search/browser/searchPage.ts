// The search page's script, bundled with esbuild into /assets/search.js (the site CSP allows
// same-origin scripts only, never inline ones): loads the index once (/search-index.json and the
// shards it lists, all same-origin), runs the shared matcher on every keystroke and on ?q=, and
// lists the hits. Builds nodes with textContent only.
import {withoutReorderingControls} from '../../checks/formatCharacters.ts'
import {countOf} from '../../locale/arabicCount.ts'
import {SEARCH_RESULTS} from '../../locale/countedNouns.ts'
import {latinRuns} from '../../locale/latinRuns.ts'
import {latinProseDigits, localDigits} from '../../locale/localDigits.ts'
import {loadSearchIndex} from '../loadSearchIndex.ts'
import {searchArticles, type SearchHit} from '../matchQuery.ts'
import type {SearchIndex} from '../searchIndex.ts'
import {SEARCH_FORM_ID, SEARCH_INPUT_ID, SEARCH_QUERY_PARAM, SEARCH_RESULTS_ID, SEARCH_STATUS_ID} from '../searchPageIds.ts'

const form = document.getElementById(SEARCH_FORM_ID)
const input = document.getElementById(SEARCH_INPUT_ID)
const status = document.getElementById(SEARCH_STATUS_ID)
const results = document.getElementById(SEARCH_RESULTS_ID)

const locale = document.documentElement.lang || 'ar'
// The page says which digits the site writes (searchPage.ts): the build decided it from its own Intl
// data, which a reader's browser may not share. The index holds the titles as typed.
const numberingSystem = results?.dataset.numberingSystem
const shown = numberingSystem === 'arab' ? localDigits : latinProseDigits
const number = new Intl.NumberFormat(locale, {numberingSystem})

const countText = (count: number): string => `${countOf(count, SEARCH_RESULTS, (value) => number.format(value))}.`

const fetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.json()
}

let index: Promise<SearchIndex> | undefined
const loadIndex = (): Promise<SearchIndex> => (index ??= loadSearchIndex(fetchJson))

// A title or excerpt as the site's pages write it: in their digits, with each run of Latin words
// marked English (latinRuns.ts, as layout.ts marks them), so a screen reader does not spell it out in Arabic.
const shownNodes = (text: string): (string | HTMLSpanElement)[] =>
  latinRuns(shown(text)).map(({text: piece, latin}) => {
    if (!latin) return piece
    const span = document.createElement('span')
    span.lang = 'en'
    span.dir = 'ltr'
    span.textContent = piece
    return span
  })

const hitItem = ({entry}: SearchHit): HTMLLIElement => {
  const item = document.createElement('li')
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = entry.url
  link.append(...shownNodes(entry.title))
  heading.append(link)
  item.append(heading)
  if (entry.description) {
    const description = document.createElement('p')
    description.className = 'excerpt'
    description.append(...shownNodes(entry.description))
    item.append(description)
  }
  return item
}

/**
 * The reader's query, quoted in the status line: isolated, so a Latin or mixed query keeps its own
 * order inside the Arabic sentence, and without embedding, override and isolate controls, which the
 * search ignores and which would otherwise reverse it (a shared ?q= link with U+202E).
 */
const quotedQuery = (query: string): HTMLElement => {
  const quoted = document.createElement('bdi')
  quoted.textContent = withoutReorderingControls(query)
  return quoted
}

// Typing fast starts several searches; only the latest may write the page.
let latest = 0
const show = async (query: string): Promise<void> => {
  if (!status || !results) return
  const run = ++latest
  const trimmed = query.trim()
  if (trimmed === '') {
    results.replaceChildren()
    status.textContent = ''
    return
  }
  let hits: SearchHit[]
  try {
    hits = searchArticles(await loadIndex(), trimmed)
  } catch {
    if (run === latest) status.textContent = 'تعذّر تحميل فهرس البحث. أعد تحميل الصفحة وحاول مرة أخرى.'
    index = undefined
    return
  }
  if (run !== latest) return
  results.replaceChildren(...hits.map(hitItem))
  if (hits.length === 0) status.replaceChildren('لا توجد مقالات تطابق «', quotedQuery(trimmed), '».')
  else status.textContent = countText(hits.length)
}

const remember = (query: string): void => {
  const url = new URL(window.location.href)
  if (query.trim()) url.searchParams.set(SEARCH_QUERY_PARAM, query.trim())
  else url.searchParams.delete(SEARCH_QUERY_PARAM)
  window.history.replaceState(null, '', url)
}

if (form instanceof HTMLFormElement && input instanceof HTMLInputElement) {
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    remember(input.value)
    void show(input.value)
  })
  input.addEventListener('input', () => {
    remember(input.value)
    void show(input.value)
  })
  const initial = new URLSearchParams(window.location.search).get(SEARCH_QUERY_PARAM)
  if (initial) {
    input.value = initial
    void show(initial)
  }
}
