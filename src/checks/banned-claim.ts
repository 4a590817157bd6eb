// banned-claim: marketing claims a medical page may not make (guaranteed results, absolute safety,
// permanent cure, miracle, self-praise, urgency and discounts, fear), found by meaning rather than by
// keyword in every text of the article (title, excerpt, image alt text, body spans, evidence notes,
// FAQ) and in the prose the page shows from the documents it links: claims' statements and notes,
// procedures, risks and contraindications (textsShown.ts); and, apart from articles, in the clinic's
// own texts every page shows (clinicTexts, src/gate/checkClinicTexts.ts). The phrases are data, per jurisdiction
// (src/presets/bannedClaims/).
import {findClaims, type ClaimMatch} from '../arabic/claims/findClaims.ts'
import type {Phrasebook} from '../arabic/claims/phrasebook.ts'
import {articleTexts, type ArticleText} from '../content/articleTexts.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import {bannedClaimsByJurisdiction} from '../presets/bannedClaims/index.ts'
import type {Jurisdiction} from '../presets/preset.ts'
import {defineCheck, type CheckReport} from './check.ts'
import {rememberedReports, reportsCache, reportsPerDocument} from './reportsPerDocument.ts'
import {linkedTextsShown, type ShownText} from './textsShown.ts'

export interface BannedClaimOptions {
  /** The phrases to look for; `null`: the phrasebook of the clinic's jurisdiction. */
  phrasebook: Phrasebook | null
}

/** One text the claims are looked for in, and the path of the field each part of it comes from. */
interface TextUnit {
  text: string
  /** Start offset of each part in `text`, ascending, with its path. */
  parts: Array<{start: number; path: string}>
}

const blockOf = (path: string): string => path.slice(0, path.indexOf('.children'))

/**
 * The article's texts with the spans of one block joined, so a claim split by formatting
 * ("نتائج " + bold "مضمونة") is still one sentence, and each FAQ answer read after its question on
 * a line of its own, so "نعم" answering "هل النتائج مضمونة؟" makes the claim; link targets are not
 * prose and are left out.
 */
export const articleTextUnits = (article: Article): TextUnit[] => {
  const units: TextUnit[] = []
  let block: {key: string; unit: TextUnit} | undefined
  let question: TextUnit | undefined
  for (const entry of articleTexts(article) as Iterable<ArticleText>) {
    if (entry.kind === 'linkHref') continue
    if (entry.kind === 'span') {
      const key = blockOf(entry.path)
      if (block?.key !== key) {
        block = {key, unit: {text: '', parts: []}}
        units.push(block.unit)
      }
      block.unit.parts.push({start: block.unit.text.length, path: entry.path})
      block.unit.text += entry.text
      continue
    }
    block = undefined
    if (entry.kind === 'faqAnswer' && question) {
      question.parts.push({start: question.text.length + 1, path: entry.path})
      question.text += `\n${entry.text}`
      question = undefined
      continue
    }
    const unit = {text: entry.text, parts: [{start: 0, path: entry.path}]}
    units.push(unit)
    question = entry.kind === 'faqQuestion' ? unit : undefined
  }
  return units
}

const pathAt = (unit: TextUnit, offset: number): string => {
  let path = unit.parts[0]!.path
  for (const part of unit.parts) {
    if (part.start > offset) break
    path = part.path
  }
  return path
}

/** The Arabic message for one match: what was found, why it cannot be published, what to write instead. */
export const describeClaim = (match: ClaimMatch): string =>
  `«${match.excerpt}»: ${match.label}. ${match.message} اقتراح: ${match.suggestion}`

// Per document and phrasebook (reportsPerDocument.ts): a claim or procedure shown by many articles is scanned once.
const reportsByDocument = reportsCache()

const reportsIn = (unit: TextUnit, documentId: string, phrasebook: Phrasebook): CheckReport[] =>
  findClaims(unit.text, phrasebook).map((match): CheckReport => ({
    documentId,
    path: pathAt(unit, match.start),
    message: describeClaim(match),
    ...(match.severity === 'warning' ? {severity: 'warning' as const} : {}),
  }))

/** The reports for texts of documents other than the article, each document scanned once per phrasebook. */
const proseReports = (texts: Iterable<ShownText>, graph: ContentGraph, phrasebook: Phrasebook): CheckReport[] =>
  reportsPerDocument(reportsByDocument, texts, graph, phrasebook, (group) =>
    group.flatMap((shown) => (shown.prose ? reportsIn({text: shown.text, parts: [{start: 0, path: shown.path}]}, shown.documentId, phrasebook) : [])),
  )

/** The phrasebook a preset's options give the rule, else the jurisdiction's own (bannedClaims/). */
export const phrasebookFor = (options: Partial<BannedClaimOptions> | undefined, jurisdiction: Jurisdiction): Phrasebook =>
  options?.phrasebook ?? bannedClaimsByJurisdiction[jurisdiction]

export const bannedClaim = defineCheck({
  ruleId: 'banned-claim',
  description: 'A text makes a banned marketing claim (guaranteed results, absolute safety, permanent cure, miracle, self-superlative, urgency or discount, fear appeal).',
  defaultOptions: {phrasebook: null} as BannedClaimOptions,
  run({article, clinic, graph, options}) {
    const phrasebook = phrasebookFor(options, clinic.jurisdiction)
    const own = rememberedReports(reportsByDocument, article, phrasebook, () => articleTextUnits(article).flatMap((unit) => reportsIn(unit, article._id, phrasebook)))
    const linked = proseReports(linkedTextsShown(article, graph), graph, phrasebook)
    return linked.length === 0 ? own : [...own, ...linked]
  },
  runOnTexts: (texts, {jurisdiction, graph, options}) => proseReports(texts, graph, phrasebookFor(options, jurisdiction)),
})
