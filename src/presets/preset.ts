// The shape of a jurisdiction preset (remark-lint style): plain data a compliance lead can read,
// a list of [ruleId, severity, options?] plus the jurisdiction-wide review policy.
import type {OptionsOf, RuleId} from '../checks/registry.ts'
import type {JURISDICTIONS, ValueOf} from '../content/vocabulary.ts'

export type Jurisdiction = ValueOf<typeof JURISDICTIONS>

/** `error` blocks publication, `warning` is shown but publishes, `off` does not run the rule. */
export type PresetSeverity = 'error' | 'warning' | 'off'

export type RuleSetting = {
  [Id in RuleId]: readonly [ruleId: Id, severity: PresetSeverity] | readonly [ruleId: Id, severity: PresetSeverity, options: Partial<OptionsOf<Id>>]
}[RuleId]

export interface Preset {
  /** Shown in reports, e.g. `sanad-eg`. */
  name: string
  jurisdiction: Jurisdiction
  /** Whose calendar decides "today" for due dates. */
  timeZone: string
  /** Country calling code, without "+": a clinic's number written the local way ("050 …") gets it for WhatsApp. */
  callingCode: string
  /** Longest allowed gap between two medical reviews of an article. */
  reviewPeriodMonths: number
  /** How many days ahead review-due-soon warns. */
  dueSoonDays: number
  /**
   * How long a claim approval holds by default: the approve action sets review.reviewDue to the
   * approval date plus this many months (the shortest among the jurisdictions the claim is published in).
   */
  claimReviewPeriodMonths: number
  /** Every rule, listed explicitly (also when off) so nothing is enabled or disabled by omission. */
  rules: readonly RuleSetting[]
}

export const definePreset = (preset: Preset): Preset => preset

/** The preset's setting of `ruleId` and its options as listed (without the check's defaults); `off` when it lists none. */
export const ruleSetting = <Id extends RuleId>(preset: Preset, ruleId: Id): {severity: PresetSeverity; options?: Partial<OptionsOf<Id>>} => {
  const rule = preset.rules.find(([id]) => id === ruleId)
  return {severity: rule?.[1] ?? 'off', ...(rule?.[2] ? {options: rule[2] as Partial<OptionsOf<Id>>} : {})}
}
