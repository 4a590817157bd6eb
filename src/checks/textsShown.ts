// Every text a reader is shown with an article: the article's own (articleTexts); the byline's (the
// author's and medical reviewer's names, credentials and licences, which the page and the API
// credit); from each claim it links, the statement, the evidence note and the citation titles; and
// from each procedure it is about or embeds a safety section of, the procedure's texts (its slug
// too: the address of its page) and those of its risks and contraindications (its page, API
// document, feeds and JSON-LD carry them). The text rules walk this, so a reordering control or a
// marketing promise in a linked document cannot reach a page unchecked; what they find names the
// document to fix. Apart from any article, every page of a clinic's site shows the clinic's own
// texts (clinicTexts), which the gate checks once per clinic (src/gate/checkClinicTexts.ts).
import {articleTexts} from '../content/articleTexts.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Claim} from '../content/documents/claim.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Disclaimer} from '../content/documents/disclaimer.ts'
import type {Contraindication} from '../content/documents/contraindication.ts'
import type {Licence, Person} from '../content/documents/person.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import type {Risk} from '../content/documents/risk.ts'
import {formatPath, type PathSegment} from '../findings/finding.ts'
import {articleClaimReferences} from './articleReferences.ts'
import {currentDisclaimer} from './currentDisclaimer.ts'

export interface ShownText {
  /** The document to fix: the article, or the linked document the text belongs to. */
  documentId: string
  path: string
  text: string
  /**
   * Sentences in the writer's or reviewer's words, which the claim rules read. Not: link targets,
   * and citation titles, which quote a study's own title.
   */
  prose: boolean
}

/** The procedures whose texts the article shows: those it is about, then those it embeds a safety section of. */
export const proceduresShown = (article: Article, graph: ContentGraph): Procedure[] => {
  const ids = new Set(article.procedures.map((ref) => ref._ref))
  for (const block of article.body) if (block._type === 'procedureSafety') ids.add(block.procedure._ref)
  return [...ids].flatMap((id) => {
    const procedure = graph.procedures.get(id)
    return procedure ? [procedure] : []
  })
}

const prose = (documentId: string, path: string, text: string | undefined): ShownText[] =>
  text === undefined ? [] : [{documentId, path, text, prose: true}]

const OPTIONAL_PROSE = ['explanation', 'whatToDo'] as const

/**
 * A risk's or contraindication's own texts, as every procedure page listing it shows them; the Studio
 * checks them on the document's own form.
 */
export const riskOrContraindicationTexts = (document: Risk | Contraindication): ShownText[] => [
  ...prose(document._id, 'name', document.name),
  ...OPTIONAL_PROSE.flatMap((field) => prose(document._id, field, document[field])),
]

/** A procedure's texts and those of its risks and contraindications, as its own page shows them. */
export const procedureTexts = (procedure: Procedure, graph: ContentGraph): ShownText[] => [...procedureTextsOnce(procedure, graph, new Set())]

function* procedureTextsOnce(procedure: Procedure, graph: ContentGraph, seen: Set<string>): Generator<ShownText> {
  yield* prose(procedure._id, 'name', procedure.name)
  yield* prose(procedure._id, 'slug.current', procedure.slug.current)
  yield* prose(procedure._id, 'summary', procedure.summary)
  yield* prose(procedure._id, 'howPerformed', procedure.howPerformed)
  yield* prose(procedure._id, 'downtime', procedure.downtime)
  const linked = [
    ...procedure.risks.map((entry) => graph.risks.get(entry.risk._ref)),
    ...procedure.contraindications.map((entry) => graph.contraindications.get(entry.contraindication._ref)),
  ]
  for (const document of linked) {
    if (!document || seen.has(document._id)) continue
    seen.add(document._id)
    yield* riskOrContraindicationTexts(document)
  }
}

const notProse = (documentId: string, path: string, text: string | undefined): ShownText[] =>
  text === undefined ? [] : [{documentId, path, text, prose: false}]

/**
 * A clinic's own texts, as its header and contact footer show them on every page. The name and place
 * are prose: «عيادة النتائج المضمونة» promises results on every page. Phone numbers are not, but an
 * override in one reverses its digits. The email is left out: the zod boundary admits no such
 * character there.
 */
export const clinicOwnTexts = (clinic: Clinic): ShownText[] => [
  ...prose(clinic._id, 'name', clinic.name),
  ...prose(clinic._id, 'contact.address', clinic.contact?.address),
  ...prose(clinic._id, 'contact.city', clinic.contact?.city),
  ...notProse(clinic._id, 'contact.phone', clinic.contact?.phone),
  ...notProse(clinic._id, 'contact.whatsapp', clinic.contact?.whatsapp),
]

/** A disclaimer's texts, as the footer, an article's disclaimer block and the API show them; its version is a label, not prose. */
export const disclaimerTexts = (disclaimer: Disclaimer): ShownText[] => [
  ...prose(disclaimer._id, 'title', disclaimer.title),
  ...prose(disclaimer._id, 'text', disclaimer.text),
  ...notProse(disclaimer._id, 'version', disclaimer.version),
]

/**
 * The texts every page of the clinic's site shows whatever article it is: the clinic's own, and
 * those of the disclaimer in force for its jurisdiction on `today` (its calendar day), which is the
 * one the pages show (src/render/lib/clinicDisclaimer.ts), not the one the clinic references.
 */
export const clinicTexts = (clinic: Clinic, graph: ContentGraph, today: string): ShownText[] => {
  const disclaimer = currentDisclaimer(graph, clinic.jurisdiction, today)
  return [...clinicOwnTexts(clinic), ...(disclaimer ? disclaimerTexts(disclaimer) : [])]
}

export function* textsShown(article: Article, graph: ContentGraph): Generator<ShownText> {
  for (const {path, text, kind} of articleTexts(article)) yield {documentId: article._id, path, text, prose: kind !== 'linkHref'}
  yield* linkedTextsShown(article, graph)
}

const licenceTexts = (documentId: string, path: PathSegment[], licence: Licence | undefined): ShownText[] =>
  (['issuingBody', 'number'] as const).flatMap((field) => {
    const text = licence?.[field]
    return text === undefined ? [] : [{documentId, path: formatPath([...path, field]), text, prose: false}]
  })

/**
 * A person's texts as a byline or an API credit shows them. Names and licences are not prose: «د.
 * أفضل» is a name, not praise; the credentials are the writer's own words about the practitioner.
 * The Studio checks them on the person's own form.
 */
export const personTexts = (person: Person): ShownText[] => [
  {documentId: person._id, path: 'name', text: person.name, prose: false},
  ...prose(person._id, 'credentials', person.credentials),
  ...licenceTexts(person._id, ['licence'], person.licence),
  ...(person.otherLicences ?? []).flatMap((licence, index) => licenceTexts(person._id, ['otherLicences', index], licence)),
]

/** A claim's texts as every article linking it shows them; the Studio checks them on the claim's own form. */
export const claimTexts = (claim: Claim): ShownText[] => [
  ...prose(claim._id, 'statement', claim.statement),
  ...prose(claim._id, 'evidence.note', claim.evidence?.note),
  ...(claim.evidence?.citations ?? []).flatMap((citation) => notProse(claim._id, formatPath(['evidence', 'citations', {_key: citation._key}, 'title']), citation.title)),
]

/** The texts shown with the article that belong to the documents it links (textsShown without the article's own). */
export function* linkedTextsShown(article: Article, graph: ContentGraph): Generator<ShownText> {
  const seen = new Set<string>()
  for (const reference of [article.author, article.medicalReviewer]) {
    const person = reference && graph.people.get(reference._ref)
    if (!person || seen.has(person._id)) continue
    seen.add(person._id)
    yield* personTexts(person)
  }
  for (const {claimId} of articleClaimReferences(article)) {
    const claim = graph.claims.get(claimId)
    if (!claim || seen.has(claimId)) continue
    seen.add(claimId)
    yield* claimTexts(claim)
  }
  for (const procedure of proceduresShown(article, graph)) {
    if (seen.has(procedure._id)) continue
    seen.add(procedure._id)
    yield* procedureTextsOnce(procedure, graph, seen)
  }
}
