// The shape of a publish-gate check (modelled on unified-lint-rule): a stable rule id, a one-line
// description, default options, and a pure `run` that reports problems and never throws for content.
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {JURISDICTIONS, ValueOf} from '../content/vocabulary.ts'
import type {Finding} from '../findings/finding.ts'
import type {ShownText} from './textsShown.ts'
import type {ClinicLocale} from '../locale/jurisdictionLocale.ts'

/** Jurisdiction-wide numbers a compliance lead sets in a preset; several rules read them. */
export interface RulePolicy {
  /** An article must be medically re-reviewed at least this often, whatever nextReviewDue says. */
  reviewPeriodMonths: number
  /** A claim's approval holds at most this long after it was given, whatever review.reviewDue says. */
  claimReviewPeriodMonths: number
  /** How far ahead a coming review or approval expiry is announced as a warning. */
  dueSoonDays: number
  /** IANA zone whose calendar date decides "today" for every due date in this jurisdiction. */
  timeZone: string
  /** The Arabic its writers and reviewers read dates and counts in: the jurisdiction's, as its sites write them (ar-EG: «٢١ مايو ٢٠٢٧»). */
  locale: ClinicLocale
}

export interface CheckContext<Options = unknown> {
  article: Article
  clinic: Clinic
  graph: ContentGraph
  now: Date
  /** `YYYY-MM-DD` at `now` in `policy.timeZone`; due dates are calendar dates, so they compare with this. */
  today: string
  policy: RulePolicy
  options: Options
  /** What the zod boundary said about the raw documents; only `schema-invalid` reads it. */
  parseFindings: readonly Finding[]
}

/** What a check reports; the gate adds ruleId, severity (from the preset) and the docs url. */
export interface CheckReport {
  /** Arabic: what is wrong and what to do about it. */
  message: string
  documentId: string
  /** Sanity path string; `''` for the whole document. */
  path: string
  /**
   * Lowers the preset's severity for this one report, never raises it: for a rule whose own data
   * grades what it finds (banned-claim categories, e.g. discount wording is a warning in EG, an
   * error in AE). Omitted: the preset's severity.
   */
  severity?: 'warning' | 'info'
}

export interface Check<Id extends string = string, Options = unknown> {
  ruleId: Id
  /** One English line, for developers and the rule docs index. */
  description: string
  defaultOptions: Options
  // Method syntax on purpose: it lets the registry hold checks with different option types.
  run(context: CheckContext<Options>): CheckReport[]
  /**
   * For rules that read texts alone (bidi-control, invisible-char, banned-claim): the same rule on
   * texts shown without an article: a procedure's page (src/gate/checkProcedure.ts), a clinic's own
   * texts on every page of its site (src/gate/checkClinicTexts.ts).
   */
  runOnTexts?(texts: readonly ShownText[], context: TextCheckContext<Options>): CheckReport[]
}

export interface TextCheckContext<Options = unknown> {
  /**
   * Whose rules apply. A jurisdiction rather than a clinic: the Studio checks a procedure no clinic
   * offers yet under every jurisdiction's preset (src/studio/validation/studioProcedureFindings.ts).
   */
  jurisdiction: ValueOf<typeof JURISDICTIONS>
  graph: ContentGraph
  options: Options
}

/** Keeps the literal rule id in the type, so presets can only name rules that exist. */
export const defineCheck = <const Id extends string, Options = Record<string, never>>(
  check: Check<Id, Options>,
): Check<Id, Options> => check
