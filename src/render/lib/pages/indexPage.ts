// The clinic's home page: its published articles (title, excerpt, last review), newest review
// first, and the procedures it offers. The article list comes HOME_PAGE_SIZE to a page: the first
// is the home page, the rest live at /page/N/, and each links to the pages before and after it.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {Article} from '../../../content/documents/article.ts'
import type {Procedure} from '../../../content/documents/procedure.ts'
import {fragmentBytesEach, fragmentSlot, type PageFragments} from '../fragments.ts'
import {renderListPage, type ListPage} from '../layout.ts'
import {formatNumber} from '../../../locale/localeFormat.ts'
import {localDigitsInTree} from '../localDigitsInTree.ts'
import {offeredProceduresHeading} from '../procedureWording.ts'
import {proceduresWithPages, publishedArticles} from '../siteContents.ts'
import {articleUrl, homePageFile, homePageUrl, procedureUrl} from '../sitePaths.ts'
import {timeElement} from '../timeElement.ts'
import type {RenderedFile, RenderSiteInput} from '../types.ts'
import {LAST_REVIEW_LABEL} from './articlePage.ts'

/**
 * Articles per page of the list. A clinic with thousands of articles had a home page of 1.6 MB
 * listing them all, too much for a phone on mobile data; fifty items are ~40 KB. The list's order
 * (newest review first, then slug) does not change when an article is edited without a new review
 * date, so such an edit changes one page of the list and leaves the others as they were. An article
 * that moves to the top shifts every page, and each page is a file to write: at 4,000 articles a
 * running process took ~220 ms for such a save with 20 to a page and ~176 ms with 50.
 */
export const HOME_PAGE_SIZE = 50

/** One page of the home page's article list. */
export interface HomeListPage {
  /** 1 for the home page itself. */
  number: number
  /** How many pages the list has (at least 1, which may be empty). */
  count: number
  articles: readonly Article[]
}

export const homeListPages = (articles: readonly Article[]): HomeListPage[] => {
  const count = Math.max(1, Math.ceil(articles.length / HOME_PAGE_SIZE))
  return Array.from({length: count}, (_, index) => ({number: index + 1, count, articles: articles.slice(index * HOME_PAGE_SIZE, (index + 1) * HOME_PAGE_SIZE)}))
}

const articleItem = (locale: string, article: Article): Element =>
  h('li', [
    h('h3', h('a', {href: articleUrl(article.slug.current)}, article.title)),
    article.excerpt ? h('p', {className: ['excerpt']}, article.excerpt) : [],
    article.lastReviewed ? h('p', {className: ['meta']}, [`${LAST_REVIEW_LABEL}: `, timeElement(locale, article.lastReviewed)]) : [],
  ])

const procedureItem = (procedure: Procedure): Element =>
  h('li', [h('h3', h('a', {href: procedureUrl(procedure.slug.current)}, procedure.name)), h('p', {className: ['excerpt']}, procedure.summary)])

/** The page's article items, each rendered once per article (fragments.ts). */
export const homeListItems = (clinic: RenderSiteInput['clinic'], page: HomeListPage): Uint8Array[] =>
  fragmentBytesEach(page.articles, `index-item:${clinic.locale}`, (article) => localDigitsInTree(clinic.locale, [articleItem(clinic.locale, article)]), `index-item:${clinic._id}:${page.number}`)

const pageOf = (locale: string, {number, count}: HomeListPage): string => `الصفحة ${formatNumber(locale, number)} من ${formatNumber(locale, count)}`

const paginationNav = (locale: string, page: HomeListPage): Element[] =>
  page.count === 1
    ? []
    : [
        h('nav', {className: ['pagination'], ariaLabel: 'صفحات المقالات'}, [
          page.number > 1 ? h('a', {href: homePageUrl(page.number - 1), rel: ['prev']}, 'الصفحة السابقة') : [],
          h('span', {ariaCurrent: 'page'}, pageOf(locale, page)),
          page.number < page.count ? h('a', {href: homePageUrl(page.number + 1), rel: ['next']}, 'الصفحة التالية') : [],
        ]),
      ]

/**
 * Page `page.number` of the home page. Only the first lists the procedures, and it reads them from
 * the graph; the others show their articles alone, so a running process can keep them while those
 * articles are the same objects (homeListPageFiles.ts).
 */
export const indexPage = (input: RenderSiteInput, page: HomeListPage = homeListPages(publishedArticles(input))[0]!): ListPage => {
  const {clinic} = input
  const first = page.number === 1
  const procedures = first ? proceduresWithPages(input) : []
  const fragments: PageFragments = new Map()
  return {
    path: homePageFile(page.number),
    shell: {
      urlPath: homePageUrl(page.number),
      title: first ? clinic.name : `مقالات ${clinic.name}، ${pageOf(clinic.locale, page)}`,
      description: first ? `مقالات طبية مراجَعة من ${clinic.name}` : `مقالات طبية مراجَعة من ${clinic.name}، ${pageOf(clinic.locale, page)}`,
      main: [
        h('h1', first ? clinic.name : `مقالات ${clinic.name}`),
        h('section', {ariaLabelledBy: 'articles-heading'}, [
          h('h2', {id: 'articles-heading'}, first ? 'المقالات' : pageOf(clinic.locale, page)),
          page.articles.length > 0
            ? h('ul', {className: ['article-list']}, [
                fragmentSlot(fragments, homeListItems(clinic, page), input.memo && `index-items:${clinic._id}:${page.number}`),
              ])
            : h('p', 'لا توجد مقالات منشورة بعد.'),
          ...paginationNav(clinic.locale, page),
        ]),
        ...(procedures.length > 0
          ? [
              h('section', {ariaLabelledBy: 'procedures-heading'}, [
                h('h2', {id: 'procedures-heading'}, offeredProceduresHeading(procedures)),
                h('ul', {className: ['procedure-list']}, procedures.map(procedureItem)),
              ]),
            ]
          : []),
      ],
    },
    fragments,
  }
}

export const renderIndexPage = (input: RenderSiteInput, page?: HomeListPage): RenderedFile => renderListPage(input, indexPage(input, page))
