// Structured data for search engines: a MedicalWebPage per article and a MedicalTherapy per
// procedure, typed with schema-dts so property names are checked. Serialised for a
// <script type="application/ld+json"> element, which is data rather than code and so CSP-safe.
import type {CreativeWork, MedicalClinic, MedicalTherapy, MedicalWebPage, Person as SchemaPerson, PropertyValue, WithContext} from 'schema-dts'
import type {ContentGraph} from '../../content/contentGraph.ts'
import type {Article} from '../../content/documents/article.ts'
import type {Citation} from '../../content/documents/claim.ts'
import type {Clinic} from '../../content/documents/clinic.ts'
import type {Person} from '../../content/documents/person.ts'
import type {Procedure} from '../../content/documents/procedure.ts'
import {articleLanguage} from './articleLanguage.ts'
import type {ArticleCitations} from './citations.ts'
import {doiUrl, pubmedUrl} from './citations.ts'
import {safeLinkHref} from './linkHref.ts'
import {canonicalUrl, HOME_URL} from './sitePaths.ts'

const person = (who: Person | undefined): SchemaPerson | undefined =>
  who ? {'@type': 'Person', name: who.name, ...(who.credentials ? {jobTitle: who.credentials} : {})} : undefined

const citationJsonLd = (citation: Citation): CreativeWork => {
  const identifiers: PropertyValue[] = []
  if (citation.pmid) identifiers.push({'@type': 'PropertyValue', propertyID: 'PMID', value: citation.pmid})
  if (citation.doi) identifiers.push({'@type': 'PropertyValue', propertyID: 'DOI', value: citation.doi})
  const url = citation.pmid ? pubmedUrl(citation.pmid) : citation.doi ? doiUrl(citation.doi) : citation.url ? safeLinkHref(citation.url) : undefined
  return {
    '@type': 'ScholarlyArticle',
    name: citation.title,
    ...(citation.year === undefined ? {} : {datePublished: String(citation.year)}),
    ...(identifiers.length > 0 ? {identifier: identifiers} : {}),
    ...(url ? {url} : {}),
  }
}

export const therapyJsonLd = (procedure: Procedure, graph: ContentGraph, url?: string): MedicalTherapy => ({
  '@type': 'MedicalTherapy',
  name: procedure.name,
  description: procedure.summary,
  ...(procedure.howPerformed ? {howPerformed: procedure.howPerformed} : {}),
  ...(url ? {url} : {}),
  contraindication: procedure.contraindications.flatMap((entry) => {
    const contraindication = graph.contraindications.get(entry.contraindication._ref)
    return contraindication
      ? [{'@type': 'MedicalContraindication' as const, name: contraindication.name, ...(contraindication.explanation ? {description: contraindication.explanation} : {})}]
      : []
  }),
  adverseOutcome: procedure.risks.flatMap((entry) => {
    const risk = graph.risks.get(entry.risk._ref)
    return risk ? [{'@type': 'MedicalEntity' as const, name: risk.name, ...(risk.explanation ? {description: risk.explanation} : {})}] : []
  }),
})

/** The clinic publishes its pages; its home page's address only where it has a domain (URLs here are absolute). */
const clinicJsonLd = (clinic: Clinic): MedicalClinic => {
  const url = canonicalUrl(clinic, HOME_URL)
  return {'@type': 'MedicalClinic', name: clinic.name, ...(url ? {url} : {})}
}

export interface ArticleJsonLdInput {
  article: Article
  clinic: Clinic
  graph: ContentGraph
  citations: ArticleCitations
  canonical: string | undefined
  /** The page's meta description (articleDescription): the excerpt, else the start of the first paragraph. */
  description: string | undefined
  /** The hero image's absolute address, with its alt text; undefined without one (or without a domain for a site file). */
  image?: {url: string; alt: string} | undefined
  /** When the article went live and when anything the page shows last changed (delivery/contentDates.ts); undefined when no document says. */
  datePublished: string | undefined
  dateModified: string | undefined
}

/**
 * `about` lists every risk and contraindication of the article's procedures, which the page shows
 * too: where the writer's safety blocks put them, the rest after the body (missingSafetyBlocks.ts).
 */
export const articleJsonLd = ({article, clinic, graph, citations, canonical, description, image, datePublished, dateModified}: ArticleJsonLdInput): WithContext<MedicalWebPage> => {
  const author = person(article.author ? graph.people.get(article.author._ref) : undefined)
  const reviewer = person(article.medicalReviewer ? graph.people.get(article.medicalReviewer._ref) : undefined)
  const procedures = article.procedures.flatMap((ref) => graph.procedures.get(ref._ref) ?? [])
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.title,
    headline: article.title,
    ...(description ? {description} : {}),
    ...(canonical ? {url: canonical} : {}),
    ...(image ? {image: {'@type': 'ImageObject', url: image.url, ...(image.alt ? {caption: image.alt} : {})}} : {}),
    inLanguage: articleLanguage(article, clinic),
    ...(datePublished ? {datePublished} : {}),
    ...(dateModified ? {dateModified} : {}),
    ...(article.lastReviewed ? {lastReviewed: article.lastReviewed} : {}),
    ...(reviewer ? {reviewedBy: reviewer} : {}),
    ...(author ? {author} : {}),
    publisher: clinicJsonLd(clinic),
    citation: citations.list.map(({citation}) => citationJsonLd(citation)),
    about: procedures.map((procedure) => therapyJsonLd(procedure, graph)),
  }
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` are escaped as \u003c etc. so no content
 * can close the element or open a comment; U+2028/9 are escaped for old JavaScript parsers.
 */
export const serializeJsonLd = (data: object): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
