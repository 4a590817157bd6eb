// Runs one preset's enabled checks on one article for one clinic (runPresetRules stamps each report).
// The gate and the Studio both call this.
import {calendarDateIn} from '../locale/calendarDates.ts'
import type {RulePolicy} from '../checks/check.ts'
import type {RuleId} from '../checks/registry.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Finding} from '../findings/finding.ts'
import {localeOfJurisdiction} from '../locale/jurisdictionLocale.ts'
import type {Preset} from '../presets/preset.ts'
import {runPresetRules} from './runPresetRules.ts'

export interface ArticleCheckInput {
  article: Article
  clinic: Clinic
  graph: ContentGraph
  now: Date
  preset: Preset
  parseFindings?: readonly Finding[]
  /** Just these of the preset's rules; all when omitted. */
  only?: readonly RuleId[]
}

export const checkArticle = ({article, clinic, graph, now, preset, parseFindings = [], only}: ArticleCheckInput): Finding[] => {
  const today = calendarDateIn(now, preset.timeZone)
  const policy = rulePolicyOf(preset)
  return runPresetRules(preset, (check, options) => check.run({article, clinic, graph, now, today, policy, options, parseFindings}), only)
}

/** The numbers of a preset the rules read. */
export const rulePolicyOf = ({reviewPeriodMonths, claimReviewPeriodMonths, dueSoonDays, timeZone, jurisdiction}: Preset): RulePolicy => ({
  reviewPeriodMonths,
  claimReviewPeriodMonths,
  dueSoonDays,
  timeZone,
  locale: localeOfJurisdiction(jurisdiction),
})

/** Publishable means no error; a document that failed the schema is never publishable, whatever its severity says. */
export const isPublishable = (findings: readonly Finding[]): boolean =>
  !findings.some((finding) => finding.severity === 'error' || finding.ruleId === 'schema-invalid')
