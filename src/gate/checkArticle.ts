// Runs one preset's enabled checks on one article for one clinic and stamps each report with its
// rule id, the preset's severity and the docs url. The gate and the Studio both call this.
import {calendarDateIn} from '../checks/calendarDates.ts'
import type {CheckReport} from '../checks/check.ts'
import {checkFor} from '../checks/registry.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'
import type {Preset, PresetSeverity} from '../presets/preset.ts'

export interface ArticleCheckInput {
  article: Article
  clinic: Clinic
  graph: ContentGraph
  now: Date
  preset: Preset
  parseFindings?: readonly Finding[]
}

const SEVERITY_RANK = {info: 0, warning: 1, error: 2} as const

export const checkArticle = ({article, clinic, graph, now, preset, parseFindings = []}: ArticleCheckInput): Finding[] => {
  const today = calendarDateIn(now, preset.timeZone)
  const policy = {reviewPeriodMonths: preset.reviewPeriodMonths, dueSoonDays: preset.dueSoonDays, timeZone: preset.timeZone}
  return preset.rules.flatMap(([ruleId, severity, options]) => {
    if (severity === 'off') return []
    const check = checkFor(ruleId)
    const reports = check.run({
      article,
      clinic,
      graph,
      now,
      today,
      policy,
      options: {...(check.defaultOptions as object), ...options},
      parseFindings,
    })
    return reports.map((report): Finding => ({ruleId, ...stampSeverity(report, severity), url: ruleDocsUrl(ruleId)}))
  })
}

/** A report with the preset's severity, or the lower one the report asks for (CheckReport.severity). */
export const stampSeverity = ({severity: lowered, ...report}: CheckReport, severity: Exclude<PresetSeverity, 'off'>): Omit<Finding, 'ruleId' | 'url'> => ({
  severity: lowered !== undefined && SEVERITY_RANK[lowered] < SEVERITY_RANK[severity] ? lowered : severity,
  ...report,
})

/** Publishable means no error; a document that failed the schema is never publishable, whatever its severity says. */
export const isPublishable = (findings: readonly Finding[]): boolean =>
  !findings.some((finding) => finding.severity === 'error' || finding.ruleId === 'schema-invalid')
