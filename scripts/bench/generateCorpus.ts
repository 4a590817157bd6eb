// The benchmark corpus: N synthetic Arabic articles (~1,200 words, claims, safety embed, FAQ, one
// disclaimer per targeted jurisdiction) plus a pool of approved claims, built on the bundled
// dataset's clinics, disclaimers, people, procedures, risks and contraindications. Pure and
// deterministic: the same base, options and seed give the same documents, byte for byte.
import {currentDisclaimer} from '../../src/checks/currentDisclaimer.ts'
import {addDays, addMonths, daysBetween, earliest} from '../../src/locale/calendarDates.ts'
import {buildContentGraph, type ContentGraph} from '../../src/content/contentGraph.ts'
import type {Article} from '../../src/content/documents/article.ts'
import type {Claim} from '../../src/content/documents/claim.ts'
import type {Clinic} from '../../src/content/documents/clinic.ts'
import type {Licence, Person} from '../../src/content/documents/person.ts'
import {licencesOf} from '../../src/content/personLicences.ts'
import type {Procedure} from '../../src/content/documents/procedure.ts'
import type {Image} from '../../src/content/fields.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import type {BodyBlock, Span, TextBlock} from '../../src/content/portableText.ts'
import {GRADE_CERTAINTY, STUDY_TYPES} from '../../src/content/vocabulary.ts'
import {presetFor} from '../../src/presets/index.ts'
import {isPublishedDocumentId} from '../../src/sources/publishedPerspective.ts'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {claimReviewPeriodMonths, defaultReviewDue} from '../../src/workflow/reviewDue.ts'
import {
  CITATION_TITLES,
  CLAIM_STATEMENTS,
  EVIDENCE_NOTES,
  FAQ_ITEMS,
  HEADING_TEMPLATES,
  LIST_ITEMS,
  SENTENCES,
  TITLE_TEMPLATES,
} from './arabicSentenceBank.ts'
import {countArticleWords, countWords} from './countArticleWords.ts'
import {seededRandom, type SeededRandom} from './seededRandom.ts'

export type RawDocument = {_id: string; _type: string; [field: string]: unknown}

/** The document types taken over from the bundled dataset as they are. */
export const BASE_TYPES = ['clinic', 'disclaimer', 'person', 'procedure', 'risk', 'contraindication'] as const

export interface CorpusOptions {
  articleCount: number
  /** The calendar date the corpus must be publishable on (`YYYY-MM-DD`): review dates are set around it. */
  today: string
  seed?: number
  /** Words per article, before the last paragraph tips it over; defaults to 1,150–1,250. */
  targetWords?: {min: number; max: number}
}

export interface Corpus {
  /** Base documents (unchanged), then claims, then articles: the lines of `data.ndjson`. */
  documents: RawDocument[]
  articles: Article[]
  claims: Claim[]
  /** Words per article, in article order (see countArticleWords). */
  wordCounts: number[]
}

interface Context {
  random: SeededRandom
  graph: ContentGraph
  today: string
  /** Each generated claim's statement by id: an article marks these words (claim-text-mismatch). */
  statements: Map<string, string>
}

const DEFAULT_SEED = 20261121
const pad = (value: number): string => String(value).padStart(5, '0')
const ref = (id: string) => ({_type: 'reference' as const, _ref: id})
const keyedRef = (random: SeededRandom, id: string) => ({_key: random.key(), ...ref(id)})

/** Fills `{p}`, `{r}` and `{c}` with the procedure's name and one of its risks or contraindications. */
const fill = ({random, graph}: Context, template: string, procedure: Procedure): string =>
  template
    .replaceAll('{p}', procedure.name)
    .replaceAll('{r}', () => {
      const entry = procedure.risks.length > 0 ? random.pick(procedure.risks) : undefined
      return graph.risks.get(entry?.risk._ref ?? '')?.name ?? 'احمرار'
    })
    .replaceAll('{c}', () => {
      const entry = procedure.contraindications.length > 0 ? random.pick(procedure.contraindications) : undefined
      return graph.contraindications.get(entry?.contraindication._ref ?? '')?.name ?? 'الحمل'
    })

const span = (random: SeededRandom, text: string, marks: string[] = []): Span => ({_type: 'span', _key: random.key(), text, marks})

const textBlock = (random: SeededRandom, children: Span[], extra: Partial<TextBlock> = {}): TextBlock => ({
  _type: 'block',
  _key: random.key(),
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
})

const sentences = (context: Context, procedure: Procedure, count: number): string =>
  Array.from({length: count}, () => fill(context, context.random.pick(SENTENCES), procedure)).join(' ')

/** The words an article marks for a claim: its approved statement, the sentence's full stop left outside. */
const markedWords = (context: Context, claimId: string): string => context.statements.get(claimId)!.replace(/\.$/, '')

/** A paragraph; with a claim, it ends on a claimRef span quoting the claim's approved statement. */
const paragraph = (context: Context, procedure: Procedure, claimId?: string): TextBlock => {
  const {random} = context
  const text = sentences(context, procedure, random.int(3, 5))
  if (!claimId) return textBlock(random, [span(random, text)])
  const markKey = random.key()
  return textBlock(random, [span(random, `${text} `), span(random, markedWords(context, claimId), [markKey]), span(random, '.')], {
    markDefs: [{_type: 'claimRef', _key: markKey, claim: ref(claimId)}],
  })
}

const bulletList = (context: Context, procedure: Procedure, claimId?: string): TextBlock[] => {
  const {random} = context
  return random.sample(LIST_ITEMS, random.int(3, 5)).map((item, index) => {
    const text = fill(context, item, procedure)
    if (index === 0 && claimId) {
      const markKey = random.key()
      return textBlock(random, [span(random, `${text} `, ['strong']), span(random, markedWords(context, claimId), [markKey]), span(random, '.')], {
        listItem: 'bullet',
        level: 1,
        markDefs: [{_type: 'claimRef', _key: markKey, claim: ref(claimId)}],
      })
    }
    return textBlock(random, [span(random, text)], {listItem: 'bullet', level: 1})
  })
}

const generateClaim = (context: Context, index: number, procedure: Procedure, reviewers: readonly string[]): Claim => {
  const {random, today} = context
  const reviewedAt = addDays(today, -random.int(20, 200))
  const approvedAt = `${reviewedAt}T10:00:00.000Z`
  const claim: Claim = {
    _id: `claim.bench-${pad(index)}`,
    _type: 'claim',
    _createdAt: `${addDays(reviewedAt, -10)}T09:00:00Z`,
    _updatedAt: `${reviewedAt}T10:00:00Z`,
    statement: fill(context, CLAIM_STATEMENTS[index % CLAIM_STATEMENTS.length]!, procedure),
    procedure: ref(procedure._id),
    evidence: {
      certainty: random.pick(GRADE_CERTAINTY).value,
      note: random.pick(EVIDENCE_NOTES),
      citations: Array.from({length: random.int(1, 3)}, (_, citationIndex) => ({
        _key: random.key(),
        _type: 'citation' as const,
        title: random.pick(CITATION_TITLES),
        year: random.int(2012, 2026),
        studyType: random.pick(STUDY_TYPES).value,
        doi: `10.5555/sanad-bench.${index}.${citationIndex}`,
      })),
    },
    review: {
      status: 'approved',
      reviewer: ref(random.pick(reviewers)),
      reviewedAt: approvedAt,
      approvedAt,
      // 120–500 days ahead (one draw, so the corpus stays the one earlier sessions measured), held to
      // the policy's limit as the approve action holds it: beyond the due-soon window and within every
      // country's claim review period, so the corpus publishes without warnings.
      reviewDue: earliest([addDays(today, random.int(120, 500)), defaultReviewDue(new Date(approvedAt), claimReviewPeriodMonths(['EG', 'SA', 'AE']))])!,
    },
  }
  // An approval covers exactly these words (claim-changed-since-approval).
  return {...claim, review: {...claim.review!, approvedHash: claimContentHash(claim)}}
}

interface ArticlePlan {
  index: number
  procedures: Procedure[]
  clinics: Clinic[]
  claimIds: string[]
  relatedIds: string[]
  heroImage: Image | undefined
  targetWords: number
}

const generateArticle = (context: Context, plan: ArticlePlan, people: {writers: string[]; reviewers: string[]}): Article => {
  const {random, graph, today} = context
  const [procedure] = plan.procedures as [Procedure]
  const claims = [...plan.claimIds]
  const nextClaim = () => claims.shift()
  const intro = paragraph(context, procedure, nextClaim())
  const title = fill(context, random.pick(TITLE_TEMPLATES), procedure)
  const excerpt = sentences(context, procedure, 2)

  const faq: BodyBlock = {
    _type: 'faq',
    _key: random.key(),
    title: 'أسئلة شائعة',
    items: random.sample(FAQ_ITEMS, random.int(3, 5)).map((item) => ({_type: 'faqItem' as const, _key: random.key(), ...item})),
  }
  const jurisdictions = [...new Set(plan.clinics.map((clinic) => clinic.jurisdiction))]
  const disclaimers: BodyBlock[] = jurisdictions.flatMap((jurisdiction) => {
    const disclaimer = currentDisclaimer(graph, jurisdiction, today)
    return disclaimer ? [{_type: 'disclaimerBlock' as const, _key: random.key(), disclaimer: ref(disclaimer._id)}] : []
  })

  const faqWords = countWords(`${faq.title} ${faq.items.map((item) => `${item.question} ${item.answer}`).join(' ')}`)
  let words = countWords(title) + countWords(excerpt) + countWords(intro.children.map((child) => child.text).join('')) + faqWords
  const body: BodyBlock[] = [intro]
  const add = (block: BodyBlock) => {
    body.push(block)
    if (block._type === 'block') words += countWords(block.children.map((child) => child.text).join(''))
    else if (block._type === 'evidenceNote') words += countWords(block.text)
  }
  const headings = random.sample(HEADING_TEMPLATES, HEADING_TEMPLATES.length)
  let section = 0
  let safetyPlaced = false
  while (words < plan.targetWords) {
    add(textBlock(random, [span(random, fill(context, headings[section % headings.length]!, procedure))], {style: 'h2'}))
    section++
    const paragraphs = random.int(1, 3)
    for (let count = 0; count < paragraphs && words < plan.targetWords; count++) {
      add(paragraph(context, procedure, random.next() < 0.5 ? nextClaim() : undefined))
    }
    if (words < plan.targetWords && random.next() < 0.4) for (const item of bulletList(context, procedure, nextClaim())) add(item)
    if (words < plan.targetWords && random.next() < 0.3) {
      add({_type: 'evidenceNote', _key: random.key(), certainty: random.pick(GRADE_CERTAINTY).value, text: random.pick(EVIDENCE_NOTES)})
    }
    if (!safetyPlaced && section >= 2) {
      body.push({_type: 'procedureSafety', _key: random.key(), procedure: ref(procedure._id), show: 'both'})
      safetyPlaced = true
    }
  }
  if (!safetyPlaced) body.push({_type: 'procedureSafety', _key: random.key(), procedure: ref(procedure._id), show: 'both'})
  // Claims not yet cited get a closing paragraph each, so every selected claim is referenced.
  for (let claimId = nextClaim(); claimId; claimId = nextClaim()) body.push(paragraph(context, procedure, claimId))
  body.push(faq, ...disclaimers)

  // Reviewed recently enough for the strictest targeted preset, and not inside any due-soon window.
  const presets = jurisdictions.map(presetFor)
  const period = Math.min(...presets.map((preset) => preset.reviewPeriodMonths))
  const dueSoon = Math.max(...presets.map((preset) => preset.dueSoonDays))
  const oldest = addDays(addMonths(today, -period), dueSoon + 7)
  const lastReviewed = addDays(today, -random.int(14, Math.max(14, daysBetween(oldest, today))))
  const firstClinic = plan.clinics[0]
  return {
    _id: `article.bench-${pad(plan.index)}`,
    _type: 'article',
    _createdAt: `${addDays(lastReviewed, -30)}T08:00:00Z`,
    _updatedAt: `${lastReviewed}T12:00:00Z`,
    title,
    slug: {_type: 'slug', current: `bench-${pad(plan.index)}-${procedure.slug.current}`},
    excerpt,
    language: plan.clinics.length === 1 && firstClinic ? firstClinic.locale : 'ar',
    ...(plan.heroImage ? {heroImage: {...plan.heroImage, alt: `رسم توضيحي عن ${procedure.name}`}} : {}),
    body,
    procedures: plan.procedures.map((item) => keyedRef(random, item._id)),
    relatedArticles: plan.relatedIds.map((id) => keyedRef(random, id)),
    author: ref(random.pick(people.writers)),
    medicalReviewer: ref(random.pick(people.reviewers)),
    lastReviewed,
    nextReviewDue: addMonths(lastReviewed, period),
    targetClinics: plan.clinics.map((clinic) => keyedRef(random, clinic._id)),
  }
}

const byId = <T extends {_id: string}>(a: T, b: T): number => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

/**
 * A synthetic article goes to one to three clinics in different countries with one reviewer, and
 * every one must publish without a finding: each base reviewer gets a licence (numbered after their
 * id) in every clinic country they hold none in, so reviewer-licence-jurisdiction and, for the claims
 * they approve, claim-approver-licence-jurisdiction pass.
 */
const licensedEverywhere = (document: RawDocument, countries: readonly string[]): RawDocument => {
  const roles = document.roles as string[] | undefined
  if (document._type !== 'person' || !roles?.includes('medicalReviewer')) return document
  const held = licencesOf(document as unknown as Person).map((licence) => licence.jurisdiction)
  const missing = countries.filter((country) => !held.includes(country as Licence['jurisdiction']))
  if (missing.length === 0) return document
  const otherLicences = [
    ...((document.otherLicences as unknown[] | undefined) ?? []),
    ...missing.map((country) => ({_type: 'licence', _key: `bench-${country}`, issuingBody: `جهة الترخيص (${country})`, number: `BENCH-${country}-${document._id}`, jurisdiction: country})),
  ]
  return {...document, otherLicences}
}

export const generateCorpus = (base: readonly RawDocument[], options: CorpusOptions): Corpus => {
  const random = seededRandom(options.seed ?? DEFAULT_SEED)
  const countries = [...new Set(base.filter((document) => document._type === 'clinic').map((clinic) => clinic.jurisdiction as string))].sort()
  const baseDocuments = base
    .filter((document) => isPublishedDocumentId(document._id) && (BASE_TYPES as readonly string[]).includes(document._type))
    .map((document) => licensedEverywhere(document, countries))
  const parsed = parseDocuments(baseDocuments)
  if (parsed.findings.length > 0) throw new Error(`base dataset does not parse: ${parsed.findings[0]!.message}`)
  const graph = buildContentGraph(parsed.documents)
  const context: Context = {random, graph, today: options.today, statements: new Map()}

  const people = [...graph.people.values()].sort(byId)
  const writers = people.filter((person) => person.roles.includes('writer')).map((person) => person._id)
  const reviewers = people.filter((person) => person.roles.includes('medicalReviewer')).map((person) => person._id)
  const procedures = [...graph.procedures.values()].sort(byId)
  const clinics = [...graph.clinics.values()].sort(byId)
  if (writers.length === 0 || reviewers.length === 0 || procedures.length === 0 || clinics.length === 0) {
    throw new Error('base dataset needs writers, medical reviewers, procedures and clinics')
  }
  const heroImage = base
    .filter((document) => document._type === 'article' && isPublishedDocumentId(document._id))
    .map((document) => document.heroImage as Image | undefined)
    .find((image) => image?._sanityAsset)

  const claims = Array.from({length: Math.max(options.articleCount, procedures.length * CLAIM_STATEMENTS.length)}, (_, index) =>
    generateClaim(context, index, procedures[index % procedures.length]!, reviewers),
  )
  for (const claim of claims) context.statements.set(claim._id, claim.statement)
  const claimsByProcedure = new Map<string, string[]>()
  for (const claim of claims) claimsByProcedure.set(claim.procedure._ref, [...(claimsByProcedure.get(claim.procedure._ref) ?? []), claim._id])

  const target = options.targetWords ?? {min: 1150, max: 1250}
  const articles: Article[] = []
  for (let index = 0; index < options.articleCount; index++) {
    const primary = random.pick(procedures)
    const secondary = random.next() < 0.3 ? random.pick(procedures.filter((procedure) => procedure !== primary)) : undefined
    articles.push(
      generateArticle(
        context,
        {
          index,
          procedures: secondary ? [primary, secondary] : [primary],
          clinics: random.sample(clinics, random.int(1, clinics.length)).sort(byId),
          claimIds: random.sample(claimsByProcedure.get(primary._id) ?? [], random.int(3, 5)),
          relatedIds: index === 0 ? [] : random.sample(articles.slice(Math.max(0, index - 50)), random.int(0, 2)).map((other) => other._id),
          heroImage,
          targetWords: random.int(target.min, target.max),
        },
        {writers, reviewers},
      ),
    )
  }

  return {
    documents: [...baseDocuments, ...(claims as RawDocument[]), ...(articles as RawDocument[])],
    articles,
    claims,
    wordCounts: articles.map(countArticleWords),
  }
}
