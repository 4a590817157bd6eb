// The content API v1 contract, defined once with zod: the builders produce these shapes, tests parse
// them, and the JSON Schema files published next to the API are generated from them.
import {z} from 'zod'
import {bodyBlock} from '../content/portableText.ts'
import {
  ANAESTHESIA_KINDS,
  ARTICLE_LANGUAGES,
  CLINIC_LOCALES,
  CONTRAINDICATION_KINDS,
  GRADE_CERTAINTY,
  JURISDICTIONS,
  PROCEDURE_CATEGORIES,
  PROCEDURE_SETTINGS,
  RISK_FREQUENCIES,
  RISK_SEVERITIES,
  STUDY_TYPES,
  valuesOf,
} from '../content/vocabulary.ts'

const date = z.iso.date()
const dateTime = z.iso.datetime({offset: true})
/**
 * Absolute URL when the clinic has a domain, else a root-relative path: an RFC 3986 URI reference
 * either way (Arabic slugs and hosts are percent-encoded and punycode), which the schema says.
 */
const link = z.string().min(1).meta({format: 'uri-reference'})

export const clinicSummaryShape = z.object({
  slug: z.string(),
  name: z.string(),
  jurisdiction: z.enum(valuesOf(JURISDICTIONS)),
  locale: z.enum(valuesOf(CLINIC_LOCALES)),
  url: link,
})

export const personCreditShape = z.object({
  name: z.string(),
  credentials: z.string().nullable(),
  /** The licence the clinic's pages show: from the clinic's country when the person holds one there. */
  licence: z
    .object({number: z.string().nullable(), issuingBody: z.string().nullable(), jurisdiction: z.enum(valuesOf(JURISDICTIONS)).nullable()})
    .nullable(),
})

export const procedureLinkShape = z.object({
  slug: z.string(),
  name: z.string(),
  /** Null when this clinic does not offer the procedure, so it has no page or API file here. */
  url: link.nullable(),
  apiUrl: link.nullable(),
})

/** A procedure in the index: its link, and the date its own document carries, for a client's cache. */
export const procedureSummaryShape = procedureLinkShape.extend({
  /** The procedure document's `updatedAt`: its safety information, alternatives and the articles it lists. */
  updatedAt: dateTime,
})

export const articleLinkShape = z.object({slug: z.string(), title: z.string(), url: link, apiUrl: link})

export const citationShape = z.object({
  title: z.string(),
  year: z.number().int().nullable(),
  studyType: z.enum(valuesOf(STUDY_TYPES)).nullable(),
  studyTypeLabel: z.string().nullable(),
  pmid: z.string().nullable(),
  doi: z.string().nullable(),
  url: z.string().nullable(),
})

export const claimShape = z.object({
  id: z.string(),
  statement: z.string(),
  evidence: z.object({
    certainty: z.enum(valuesOf(GRADE_CERTAINTY)).nullable(),
    /** Arabic GRADE label, as the page shows it. */
    certaintyLabel: z.string(),
    note: z.string().nullable(),
    citations: z.array(citationShape),
  }),
  review: z.object({reviewer: personCreditShape, reviewedAt: dateTime.nullable(), reviewDue: date}),
})

export const riskShape = z.object({
  procedure: z.string(),
  name: z.string(),
  explanation: z.string().nullable(),
  whatToDo: z.string().nullable(),
  frequency: z.enum(valuesOf(RISK_FREQUENCIES)),
  frequencyLabel: z.string(),
  severity: z.enum(valuesOf(RISK_SEVERITIES)),
  severityLabel: z.string(),
})

export const contraindicationShape = z.object({
  procedure: z.string(),
  name: z.string(),
  explanation: z.string().nullable(),
  whatToDo: z.string().nullable(),
  kind: z.enum(valuesOf(CONTRAINDICATION_KINDS)),
  kindLabel: z.string(),
})

export const disclaimerShape = z.object({
  title: z.string(),
  jurisdiction: z.enum(valuesOf(JURISDICTIONS)),
  text: z.string(),
  version: z.string(),
  effectiveDate: date,
})

export const licenceShape = z.object({
  id: z.string(),
  name: z.string(),
  /** Arabic: what a site that republishes the article must do. */
  terms: z.string(),
  conditions: z.array(z.string()),
})

/** What a site republishing the article must show and honour (modelled on the NHS website content API). */
export const attributionShape = z.object({
  source: z.object({name: z.string(), url: link}),
  publisher: z.string(),
  author: personCreditShape.nullable(),
  medicalReviewer: personCreditShape,
  lastReviewed: date.nullable(),
  nextReviewDue: date.nullable(),
  updatedAt: dateTime,
  /** A copy must be refreshed from the API or taken down by this date. */
  validUntil: date.nullable(),
  /** Arabic line to print under a republished copy, as plain text: its URL and names are bidi isolates (attributionNotice.ts). */
  notice: z.string(),
  licence: licenceShape,
})

export const articleSummaryShape = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  excerpt: z.string().nullable(),
  language: z.enum(valuesOf(ARTICLE_LANGUAGES)),
  procedures: z.array(procedureLinkShape),
  lastReviewed: date.nullable(),
  nextReviewDue: date.nullable(),
  /** The latest change to the article or anything it shows (claims, reviewer, procedures, disclaimer). */
  updatedAt: dateTime,
  url: link,
  apiUrl: link,
  markdownUrl: link,
})

export const articleDetailShape = z.object({
  $schema: z.string(),
  apiVersion: z.literal('v1'),
  clinic: clinicSummaryShape,
  article: articleSummaryShape.extend({
    heroImage: z.object({url: link, alt: z.string()}).nullable(),
    author: personCreditShape.nullable(),
    medicalReviewer: personCreditShape,
    /** The article as the clinic's page shows it (body, citations, FAQ, disclaimer), sanitised. */
    html: z.string(),
    /** The stored Portable Text, with only this clinic's disclaimer block kept. */
    portableText: z.array(bodyBlock),
    claims: z.array(claimShape),
    risks: z.array(riskShape),
    contraindications: z.array(contraindicationShape),
    faq: z.array(z.object({question: z.string(), answer: z.string()})),
    disclaimer: disclaimerShape,
    relatedArticles: z.array(articleLinkShape),
    attribution: attributionShape,
  }),
})

export const procedureDetailShape = z.object({
  $schema: z.string(),
  apiVersion: z.literal('v1'),
  clinic: clinicSummaryShape,
  procedure: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    category: z.enum(valuesOf(PROCEDURE_CATEGORIES)),
    categoryLabel: z.string(),
    /** `inClinic`: done at the clinic, in sessions; `home`: used by the patient at home (no sessions, no anaesthesia). */
    setting: z.enum(valuesOf(PROCEDURE_SETTINGS)),
    settingLabel: z.string(),
    summary: z.string(),
    howPerformed: z.string().nullable(),
    sessions: z
      .object({
        countMin: z.number().nullable(),
        countMax: z.number().nullable(),
        intervalWeeksMin: z.number().nullable(),
        intervalWeeksMax: z.number().nullable(),
        durationMinutesMin: z.number().nullable(),
        durationMinutesMax: z.number().nullable(),
      })
      .nullable(),
    anaesthesia: z.enum(valuesOf(ANAESTHESIA_KINDS)).nullable(),
    anaesthesiaLabel: z.string().nullable(),
    downtime: z.string().nullable(),
    /** Those with a page on this site, as the procedure page links them: never one the clinic does not offer or the gate holds back. */
    alternatives: z.array(procedureLinkShape),
    risks: z.array(riskShape),
    contraindications: z.array(contraindicationShape),
    /** Published articles about this procedure on this clinic's site. */
    articles: z.array(articleLinkShape),
    updatedAt: dateTime,
    url: link,
    apiUrl: link,
  }),
})

export const apiIndexShape = z.object({
  $schema: z.string(),
  apiVersion: z.literal('v1'),
  clinic: clinicSummaryShape,
  /** The latest `updatedAt` of any listed article; null on a site with no articles yet. */
  updatedAt: dateTime.nullable(),
  articles: z.array(articleSummaryShape),
  procedures: z.array(procedureSummaryShape),
  links: z.object({
    schema: z.object({index: link, article: link, procedure: link}),
    /** Feeds and the sitemap need absolute URLs: null while the clinic has no domain. */
    jsonFeed: link.nullable(),
    atomFeed: link.nullable(),
    sitemap: link.nullable(),
  }),
})

/** An error answer of the API; `not-found` is what a missing path under /api/ gets, with status 404. */
export const apiErrorShape = z.object({
  $schema: z.string(),
  apiVersion: z.literal('v1'),
  error: z.object({
    status: z.number().int(),
    code: z.enum(['not-found']),
    /** For developers, in English. */
    message: z.string(),
    /** The same in Arabic. */
    messageAr: z.string(),
    /** The API index, which lists every published article and procedure. */
    index: link,
  }),
})

export type ClinicSummary = z.infer<typeof clinicSummaryShape>
export type PersonCredit = z.infer<typeof personCreditShape>
export type ProcedureLink = z.infer<typeof procedureLinkShape>
export type ArticleLink = z.infer<typeof articleLinkShape>
export type ClaimEntry = z.infer<typeof claimShape>
export type RiskEntry = z.infer<typeof riskShape>
export type ContraindicationEntry = z.infer<typeof contraindicationShape>
export type Attribution = z.infer<typeof attributionShape>
export type Licence = z.infer<typeof licenceShape>
export type ArticleSummary = z.infer<typeof articleSummaryShape>
export type ArticleDetail = z.infer<typeof articleDetailShape>
export type ProcedureDetail = z.infer<typeof procedureDetailShape>
export type ApiIndex = z.infer<typeof apiIndexShape>
export type ApiError = z.infer<typeof apiErrorShape>

export const API_SHAPES = {index: apiIndexShape, article: articleDetailShape, procedure: procedureDetailShape, error: apiErrorShape} as const
