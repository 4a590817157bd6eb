// The API documents of one article: its entry in /api/v1/index.json and its own
// /api/v1/articles/<slug>.json with everything a clinic site needs to show or republish it.
import type {Article} from '../content/documents/article.ts'
import {articleReviewDue} from '../checks/articleReviewDue.ts'
import {presetFor} from '../presets/index.ts'
import {rememberEachGraphReads, rememberGraphReads} from '../content/graphReadMemo.ts'
import {liveRelatedArticles, liveRelatedKey} from '../render/lib/liveRelatedArticles.ts'
import {articleUrl, clinicOrigin} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ArticleDetail, ArticleSummary, Attribution, PersonCredit} from './apiShapes.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {clinicDisclaimer} from '../render/lib/clinicDisclaimer.ts'
import {articleClaims, articleContentTree, articleFaq, articleProcedures, clinicBody} from './articleContent.ts'
import {attributionNotice} from './attributionNotice.ts'
import {articleUpdatedAt} from './contentDates.ts'
import {articleLink, clinicSummary, personCredit, procedureContraindications, procedureLink, procedureRisks} from './credits.ts'
import {apiArticleFile, exportFile, fileUrlPath, heroImageAddress, siteUrl} from './deliveryPaths.ts'
import {SANAD_PUBLISHER, SYNDICATION_LICENCE} from './syndicationLicence.ts'

const summaryKey = (site: RenderSiteInput) => ({scope: `summary:${site.clinic._id}`, graph: site.graph, keys: [site.clinic]})
// The date counts the related articles published here (articleUpdatedAt), which the graph does not say.
const liveRelated = (site: RenderSiteInput) => (article: Article) => liveRelatedKey(article, site.publishedArticleIds)

/**
 * The article's entry in the API index, also what the feeds and sitemap date it by. Remembered per
 * article and clinic when the site input carries a memo: every list on the site needs every
 * article's summary, and after one edit only that article's (and its dependents') can differ.
 */
export const articleSummary = (site: RenderSiteInput, article: Article): ArticleSummary => {
  if (!site.memo) return summarize(site, article)
  const key = summaryKey(site)
  // The keys articleSummaries gives the same entry: the list's, then the item's.
  return rememberGraphReads(site.memo, {owner: article, ...key, keys: [...key.keys, liveRelated(site)(article)]}, (graph) => summarize({...site, graph}, article))
}

/** articleSummary of each article, in order; a whole list is what the index, feeds and sitemap ask for. */
export const articleSummaries = (site: RenderSiteInput, articles: readonly Article[]): ArticleSummary[] =>
  site.memo
    ? rememberEachGraphReads(site.memo, summaryKey(site), articles, (article, graph) => summarize({...site, graph}, article), liveRelated(site), [site.publishedArticleIds])
    : articles.map((article) => summarize(site, article))

const summarize = (site: RenderSiteInput, article: Article): ArticleSummary => ({
  id: article._id,
  slug: article.slug.current,
  title: article.title,
  excerpt: article.excerpt ?? null,
  language: article.language,
  procedures: article.procedures.flatMap((ref) => {
    const procedure = site.graph.procedures.get(ref._ref)
    return procedure ? [procedureLink(site, procedure)] : []
  }),
  lastReviewed: article.lastReviewed ?? null,
  // The day the gate takes the article down at the latest, as the page shows it; a published article records both dates.
  nextReviewDue: articleReviewDue(article, presetFor(site.clinic.jurisdiction).reviewPeriodMonths)?.day ?? null,
  updatedAt: articleUpdatedAt(site, article),
  url: siteUrl(site.clinic, articleUrl(article.slug.current)),
  apiUrl: siteUrl(site.clinic, fileUrlPath(apiArticleFile(article.slug.current))),
  markdownUrl: siteUrl(site.clinic, fileUrlPath(exportFile(article.slug.current))),
})

const reviewerOf = (site: RenderSiteInput, article: Article): PersonCredit => {
  const reviewer = site.graph.people.get(article.medicalReviewer?._ref ?? '')
  // The gate's reviewer-missing rule keeps such an article off every site.
  if (!reviewer) throw new Error(`article ${article._id} reached delivery without a medical reviewer`)
  return personCredit(reviewer, site.clinic.jurisdiction)
}

export const articleAttribution = (site: RenderSiteInput, article: Article, summary: ArticleSummary): Attribution => {
  const reviewer = reviewerOf(site, article)
  const author = site.graph.people.get(article.author?._ref ?? '')
  return {
    source: {name: site.clinic.name, url: summary.url},
    publisher: SANAD_PUBLISHER,
    author: author ? personCredit(author, site.clinic.jurisdiction) : null,
    medicalReviewer: reviewer,
    lastReviewed: summary.lastReviewed,
    nextReviewDue: summary.nextReviewDue,
    updatedAt: summary.updatedAt,
    validUntil: summary.nextReviewDue,
    notice: attributionNotice({clinicName: site.clinic.name, url: clinicOrigin(site.clinic) && summary.url, reviewerName: reviewer.name, lastReviewed: article.lastReviewed, locale: site.clinic.locale}),
    licence: SYNDICATION_LICENCE,
  }
}

/** `contentTree` may be passed in when the caller renders the content for another file too. */
export const articleDetail = (site: RenderSiteInput, article: Article, contentTree: Element[] = articleContentTree(site, article)): ArticleDetail => {
  const summary = articleSummary(site, article)
  const disclaimer = clinicDisclaimer(site)
  if (!disclaimer) throw new Error(`article ${article._id} reached delivery without a disclaimer in force for ${site.clinic.jurisdiction}`)
  const procedures = articleProcedures(site, article)
  const author = site.graph.people.get(article.author?._ref ?? '')
  const heroUrl = heroImageAddress(site, article)
  return {
    $schema: apiSchemaUrl(site.clinic, 'article'),
    apiVersion: 'v1',
    clinic: clinicSummary(site.clinic),
    article: {
      ...summary,
      heroImage: heroUrl && article.heroImage ? {url: heroUrl, alt: article.heroImage.alt ?? ''} : null,
      author: author ? personCredit(author, site.clinic.jurisdiction) : null,
      medicalReviewer: reviewerOf(site, article),
      html: toHtml(contentTree),
      portableText: clinicBody(site, article),
      claims: articleClaims(site, article),
      risks: procedures.flatMap((procedure) => procedureRisks(site, procedure)),
      contraindications: procedures.flatMap((procedure) => procedureContraindications(site, procedure)),
      faq: articleFaq(article),
      disclaimer: {
        title: disclaimer.title,
        jurisdiction: disclaimer.jurisdiction,
        text: disclaimer.text,
        version: disclaimer.version,
        effectiveDate: disclaimer.effectiveDate,
      },
      relatedArticles: liveRelatedArticles(site, article).map((other) => articleLink(site.clinic, other)),
      attribution: articleAttribution(site, article, summary),
    },
  }
}
