// Runs a preset's enabled rules and stamps each report with its rule id, the preset's severity and
// the docs url. An article's gate and the gates of texts shown without an article (a procedure's
// page, a clinic's own texts) differ only in how they run one check.
import type {Check, CheckReport} from '../checks/check.ts'
import {checkFor, type RuleId} from '../checks/registry.ts'
import type {ShownText} from '../checks/textsShown.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import {cappedSeverity, ruleDocsUrl, type Finding} from '../findings/finding.ts'
import {ruleSetting, type Jurisdiction, type Preset, type PresetSeverity} from '../presets/preset.ts'

/** Runs one check with its options (the check's defaults under the preset's); a check that does not apply reports nothing. */
export type CheckRunner = (check: Check, options: object) => readonly CheckReport[]

const stamped = (ruleId: RuleId, severity: Exclude<PresetSeverity, 'off'>, reports: readonly CheckReport[]): Finding[] =>
  reports.map((report): Finding => ({ruleId, ...stampSeverity(report, severity), url: ruleDocsUrl(ruleId)}))

// One options object per preset rule, made once: checks that remember their reports per document key
// them by it (invisible-char, src/checks/reportsPerDocument.ts), and presets are data that never change.
const mergedOptions = new WeakMap<Preset['rules'][number], object>()

const optionsOf = (rule: Preset['rules'][number], check: Check): object => {
  let options = mergedOptions.get(rule)
  if (!options) mergedOptions.set(rule, (options = {...(check.defaultOptions as object), ...rule[2]}))
  return options
}

/** `only`: just these of the preset's rules (what an edit elsewhere bears on, heldBackByEdit.ts). */
export const runPresetRules = (preset: Preset, runCheck: CheckRunner, only?: readonly RuleId[]): Finding[] =>
  preset.rules.flatMap((rule) => {
    const [ruleId, severity] = rule
    if (severity === 'off' || (only && !only.includes(ruleId))) return []
    const check = checkFor(ruleId)
    return stamped(ruleId, severity, runCheck(check, optionsOf(rule, check)))
  })

/**
 * Reports of one rule made outside its check, where the article it checks is not the subject (a
 * procedure's own page, a clinic's whole release): stamped as runPresetRules stamps that rule's,
 * with the preset's severity, and none when the preset turns the rule off.
 */
export const presetFindings = (preset: Preset, ruleId: RuleId, reports: readonly CheckReport[]): Finding[] => {
  const severity = ruleSeverity(preset, ruleId)
  return severity === 'off' ? [] : stamped(ruleId, severity, reports)
}

/** The preset's setting of `ruleId`; `off` when it lists none. */
export const ruleSeverity = (preset: Preset, ruleId: RuleId): PresetSeverity => ruleSetting(preset, ruleId).severity

const SETTING_RANK: Readonly<Record<PresetSeverity, number>> = {off: 0, warning: 1, error: 2}

/** `ruleId`'s strictest setting among `presets`: what a document serving clinics under each of them is held to. */
export const strictestSeverity = (presets: readonly Preset[], ruleId: RuleId): PresetSeverity =>
  presets.map((preset) => ruleSeverity(preset, ruleId)).reduce((strictest, next) => (SETTING_RANK[next] > SETTING_RANK[strictest] ? next : strictest), 'off')

/** A report with the preset's severity, or the lower one the report asks for (CheckReport.severity). */
const stampSeverity = ({severity: lowered, ...report}: CheckReport, severity: Exclude<PresetSeverity, 'off'>): Omit<Finding, 'ruleId' | 'url'> => ({
  severity: cappedSeverity(lowered, severity),
  ...report,
})

export interface TextRulesInput {
  texts: readonly ShownText[]
  jurisdiction: Jurisdiction
  graph: ContentGraph
  preset: Preset
}

/** The preset's text rules (those with `runOnTexts`: bidi-control, invisible-char, banned-claim) on texts shown without an article. */
export const runTextRules = ({texts, jurisdiction, graph, preset}: TextRulesInput): Finding[] =>
  runPresetRules(preset, (check, options) => check.runOnTexts?.(texts, {jurisdiction, graph, options}) ?? [])
