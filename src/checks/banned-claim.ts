// banned-claim: marketing claims a medical page may not make (guaranteed results, absolute safety,
// permanent cure, miracle, self-praise, urgency and discounts, fear), found by meaning rather than by
// keyword in every text of the article: title, excerpt, image alt text, body spans, evidence notes
// and FAQ. The phrases are data, per jurisdiction (src/presets/bannedClaims/).
import {findClaims, type ClaimMatch} from '../arabic/claims/findClaims.ts'
import type {Phrasebook} from '../arabic/claims/phrasebook.ts'
import {articleTexts, type ArticleText} from '../content/articleTexts.ts'
import type {Article} from '../content/documents/article.ts'
import {bannedClaimsByJurisdiction} from '../presets/bannedClaims/index.ts'
import {defineCheck, type CheckReport} from './check.ts'

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
 * ("نتائج " + bold "مضمونة") is still one sentence; link targets are not prose and are left out.
 */
export const articleTextUnits = (article: Article): TextUnit[] => {
  const units: TextUnit[] = []
  let block: {key: string; unit: TextUnit} | undefined
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
    units.push({text: entry.text, parts: [{start: 0, path: entry.path}]})
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

// Parsed articles and phrasebooks are immutable, so a rebuild in a running process (serve, schedule)
// re-scans only the articles that changed.
const reportsByArticle = new WeakMap<object, WeakMap<object, CheckReport[]>>()

export const bannedClaim = defineCheck({
  ruleId: 'banned-claim',
  description: 'A text makes a banned marketing claim (guaranteed results, absolute safety, permanent cure, miracle, self-superlative, urgency or discount, fear appeal).',
  defaultOptions: {phrasebook: null} as BannedClaimOptions,
  run({article, clinic, options}) {
    const phrasebook = options.phrasebook ?? bannedClaimsByJurisdiction[clinic.jurisdiction]
    let byPhrasebook = reportsByArticle.get(article)
    if (!byPhrasebook) reportsByArticle.set(article, (byPhrasebook = new WeakMap()))
    let reports = byPhrasebook.get(phrasebook)
    if (!reports) {
      reports = articleTextUnits(article).flatMap((unit) =>
        findClaims(unit.text, phrasebook).map((match): CheckReport => ({
          documentId: article._id,
          path: pathAt(unit, match.start),
          message: describeClaim(match),
          ...(match.severity === 'warning' ? {severity: 'warning' as const} : {}),
        })),
      )
      byPhrasebook.set(phrasebook, reports)
    }
    return reports
  },
})
