// The clinic's home page: its published articles (title, excerpt, last review) and the procedures
// it offers.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {Article} from '../../../content/documents/article.ts'
import type {Procedure} from '../../../content/documents/procedure.ts'
import {fragmentBytesEach, fragmentSlot, type PageFragments} from '../fragments.ts'
import {renderListPage, type ListPage} from '../layout.ts'
import {proceduresWithPages, publishedArticles} from '../siteContents.ts'
import {articleUrl, HOME_URL, INDEX_FILE, procedureUrl} from '../sitePaths.ts'
import {timeElement} from '../timeElement.ts'
import type {RenderedFile, RenderSiteInput} from '../types.ts'

const articleItem = (locale: string, article: Article): Element =>
  h('li', [
    h('h3', h('a', {href: articleUrl(article.slug.current)}, article.title)),
    article.excerpt ? h('p', {className: ['excerpt']}, article.excerpt) : [],
    article.lastReviewed ? h('p', {className: ['meta']}, ['آخر مراجعة: ', timeElement(locale, article.lastReviewed)]) : [],
  ])

const procedureItem = (procedure: Procedure): Element =>
  h('li', [h('h3', h('a', {href: procedureUrl(procedure.slug.current)}, procedure.name)), h('p', {className: ['excerpt']}, procedure.summary)])

export const indexPage = (input: RenderSiteInput): ListPage => {
  const {clinic} = input
  const articles = publishedArticles(input)
  const procedures = proceduresWithPages(input)
  const fragments: PageFragments = new Map()
  return {
    path: INDEX_FILE,
    shell: {
      urlPath: HOME_URL,
      title: clinic.name,
      description: `مقالات طبية مراجَعة من ${clinic.name}`,
      main: [
        h('h1', clinic.name),
        h('section', {ariaLabelledBy: 'articles-heading'}, [
          h('h2', {id: 'articles-heading'}, 'المقالات'),
          articles.length > 0
            ? h('ul', {className: ['article-list']}, [
                fragmentSlot(
                  fragments,
                  fragmentBytesEach(articles, `index-item:${clinic.locale}`, (article) => [articleItem(clinic.locale, article)], `index-item:${clinic._id}`),
                  input.memo && `index-items:${clinic._id}`,
                ),
              ])
            : h('p', 'لا توجد مقالات منشورة بعد.'),
        ]),
        ...(procedures.length > 0
          ? [
              h('section', {ariaLabelledBy: 'procedures-heading'}, [
                h('h2', {id: 'procedures-heading'}, 'الإجراءات المتاحة'),
                h('ul', {className: ['procedure-list']}, procedures.map(procedureItem)),
              ]),
            ]
          : []),
      ],
    },
    fragments,
  }
}

export const renderIndexPage = (input: RenderSiteInput): RenderedFile => renderListPage(input, indexPage(input))
