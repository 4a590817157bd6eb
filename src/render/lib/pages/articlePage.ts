// The article page: title, byline with the medical reviewer, review dates, hero image, body, the
// numbered citation list, FAQ, related articles (published ones only) and the clinic's
// jurisdiction disclaimer, plus MedicalWebPage JSON-LD.
import {toPlainText} from '@portabletext/toolkit'
import {h} from 'hastscript'
import type {Element, ElementContent} from 'hast'
import type {Article} from '../../../content/documents/article.ts'
import type {Licence, Person} from '../../../content/documents/person.ts'
import {licenceShownIn} from '../../../content/personLicences.ts'
import type {Jurisdiction} from '../../../presets/preset.ts'
import {presetFor} from '../../../presets/index.ts'
import {articleReviewDue} from '../../../checks/articleReviewDue.ts'
import {articleContentParts} from '../articleContentParts.ts'
import {articleLanguage} from '../articleLanguage.ts'
import {articlePublishedAt, articleUpdatedAt, UNKNOWN_TIME} from '../../../delivery/contentDates.ts'
import {imageAddress} from '../../../delivery/deliveryPaths.ts'
import {listFormat} from '../../../locale/intlCache.ts'
import {shortenedAtWord} from '../../../locale/shortenedAtWord.ts'
import {articleJsonLd, serializeJsonLd} from '../jsonLd.ts'
import {renderPage, type Page} from '../layout.ts'
import {hasProcedurePage} from '../siteContents.ts'
import {proceduresLabel} from '../procedureWording.ts'
import {liveRelatedArticles} from '../liveRelatedArticles.ts'
import {articleFile, articleUrl, canonicalUrl, procedureUrl} from '../sitePaths.ts'
import {timeElement} from '../timeElement.ts'
import type {TextFile, RenderSiteInput} from '../types.ts'

const RELATED_HEADING_ID = 'related-heading'
const DESCRIPTION_LENGTH = 160

/** A date no document carries is left out of the JSON-LD rather than given as 1970. */
const knownTime = (time: string): string | undefined => (time === UNKNOWN_TIME ? undefined : time)

type Phrasing = (string | Element)[]

// A licence number is Latin letters, digits and dashes: isolated, so RTL text around it cannot reorder it.
const licenceParts = (licence: Licence | undefined): Phrasing => {
  const {issuingBody, number} = licence ?? {}
  if (number) return [issuingBody ? `ترخيص ${issuingBody} رقم ` : 'ترخيص رقم ', h('span', {dir: 'ltr'}, number)]
  return issuingBody ? [`ترخيص ${issuingBody}`] : []
}

/**
 * « (credentials، ترخيص <body> رقم <number>)»: who licensed the reviewer, so a patient can check; of
 * several licences, the one from the clinic's country (personLicences.ts).
 */
const reviewerDetails = (reviewer: Person, jurisdiction: Jurisdiction): Phrasing => {
  const credentials = reviewer.credentials ? [reviewer.credentials] : []
  const licence = licenceParts(licenceShownIn(reviewer, jurisdiction))
  const details = credentials.length > 0 && licence.length > 0 ? [...credentials, '، ', ...licence] : [...credentials, ...licence]
  return details.length === 0 ? [] : [' (', ...details, ')']
}

// Nouns («كتابة: …»), not verbs: «كتبه / راجعه» are masculine, and many writers and reviewers are women.
export const byline = (author: Person | undefined, reviewer: Person | undefined, jurisdiction: Jurisdiction): Element[] => {
  const parts: Phrasing[] = []
  if (author) parts.push([`كتابة: ${author.name}`])
  if (reviewer) parts.push([`مراجعة طبية: ${reviewer.name}`, ...reviewerDetails(reviewer, jurisdiction)])
  return parts.length === 0 ? [] : [h('p', {className: ['byline']}, parts.flatMap((part, index) => (index === 0 ? part : [' · ', ...part])))]
}

/** The medical review of the article, not a visit: shared with the home page's list. */
export const LAST_REVIEW_LABEL = 'آخر مراجعة طبية للمقال'

const reviewDates = (locale: string, article: Article, jurisdiction: Jurisdiction): Element[] => {
  const nextReview = articleReviewDue(article, presetFor(jurisdiction).reviewPeriodMonths)
  const parts: (string | Element)[][] = []
  // «للمقال»: to a patient in Egypt or Saudi Arabia «المراجعة القادمة» alone reads as a follow-up visit to the doctor.
  if (article.lastReviewed) parts.push([`${LAST_REVIEW_LABEL}: `, timeElement(locale, article.lastReviewed)])
  if (nextReview) parts.push(['المراجعة القادمة للمقال: ', timeElement(locale, nextReview.day)])
  if (parts.length === 0) return []
  return [h('p', {className: ['review-dates']}, parts.flatMap((part, index) => (index === 0 ? part : [' · ', ...part])))]
}

const aboutProcedures = (input: RenderSiteInput, article: Article): Element[] => {
  const procedures = article.procedures.flatMap((ref) => input.graph.procedures.get(ref._ref) ?? [])
  if (procedures.length === 0) return []
  // Joined as the safety headings join the same names («… و…», procedureSafety.ts), each a link to its page.
  let next = 0
  const names = listFormat('ar', {type: 'conjunction'})
    .formatToParts(procedures.map((procedure) => procedure.name))
    .map((part): ElementContent => {
      if (part.type === 'literal') return {type: 'text', value: part.value}
      const procedure = procedures[next++]!
      return hasProcedurePage(input, procedure._id) ? h('a', {href: procedureUrl(procedure.slug.current)}, procedure.name) : {type: 'text', value: procedure.name}
    })
  return [h('p', {className: ['about-procedures']}, [`${proceduresLabel(procedures)}: `, ...names])]
}

const heroImage = (src: string | undefined, article: Article): Element[] =>
  src ? [h('img', {className: ['hero'], src, alt: article.heroImage?.alt ?? '', decoding: 'async'})] : []

/** The hero image for JSON-LD and Open Graph, which search engines and link previews read only with an absolute address. */
const heroImageJsonLd = (clinic: RenderSiteInput['clinic'], src: string | undefined, article: Article): {url: string; alt: string} | undefined => {
  const url = src ? imageAddress(clinic, src) : undefined
  return url && /^https?:\/\//.test(url) ? {url, alt: article.heroImage?.alt ?? ''} : undefined
}

const relatedArticles = (input: RenderSiteInput, article: Article): Element[] => {
  const related = liveRelatedArticles(input, article)
  if (related.length === 0) return []
  return [
    h('section', {className: ['related'], ariaLabelledBy: RELATED_HEADING_ID}, [
      h('h2', {id: RELATED_HEADING_ID}, 'مقالات ذات صلة'),
      h('ul', related.map((other) => h('li', h('a', {href: articleUrl(other.slug.current)}, other.title)))),
    ]),
  ]
}

export const articleDescription = (article: Article): string | undefined => {
  if (article.excerpt) return article.excerpt
  const firstParagraph = article.body.find((block) => block._type === 'block' && block.style === 'normal' && !block.listItem)
  const text = firstParagraph ? toPlainText(firstParagraph as Parameters<typeof toPlainText>[0]).trim() : ''
  if (!text) return undefined
  // The ellipsis counts: search engines show about 160 units of a description.
  return text.length <= DESCRIPTION_LENGTH ? text : shortenedAtWord(text, DESCRIPTION_LENGTH - 1)
}

export const articlePage = (input: RenderSiteInput, article: Article): Page => {
  const {clinic, graph} = input
  const {citations, body, citationList, faq, disclaimers} = articleContentParts(input, article)
  const person = (id: string | undefined) => (id ? graph.people.get(id) : undefined)
  const urlPath = articleUrl(article.slug.current)
  const language = articleLanguage(article, clinic)
  const heroSrc = article.heroImage ? input.imageUrl(article.heroImage) : undefined
  const main = h('article', {className: ['article'], lang: language === clinic.locale ? undefined : language}, [
    h('header', {className: ['article-header']}, [
      h('h1', article.title),
      ...byline(person(article.author?._ref), person(article.medicalReviewer?._ref), clinic.jurisdiction),
      ...reviewDates(clinic.locale, article, clinic.jurisdiction),
      ...aboutProcedures(input, article),
    ]),
    ...heroImage(heroSrc, article),
    // FAQ and disclaimer have fixed places at the end of the page, after the citations.
    h('div', {className: ['article-body']}, [...body]),
    ...citationList,
    ...faq,
    ...relatedArticles(input, article),
    ...disclaimers,
  ])
  const image = heroImageJsonLd(clinic, heroSrc, article)
  const description = articleDescription(article)
  const jsonLd = articleJsonLd({
    article,
    clinic,
    graph,
    citations,
    canonical: canonicalUrl(clinic, urlPath),
    // The meta description's own text, so search engines read one description of the page.
    description,
    image,
    // The dates the feeds and the sitemap give this page.
    datePublished: knownTime(articlePublishedAt(article, graph)),
    dateModified: knownTime(articleUpdatedAt(input, article)),
  })
  return {
    path: articleFile(article.slug.current),
    shell: {
      urlPath,
      title: `${article.title} | ${clinic.name}`,
      description,
      main: [main],
      jsonLd: serializeJsonLd(jsonLd),
      // Its own box (articleContentParts) says it, with its version; the footer would say it again a few lines below.
      showsDisclaimer: disclaimers.length > 0,
      openGraph: {type: 'article', title: article.title, locale: language, image},
    },
  }
}

export const renderArticlePage = (input: RenderSiteInput, article: Article): TextFile => renderPage(input, articlePage(input, article))
