// What a check or build run found and did, per clinic: the data behind the text, JSON and HTML reports.
import type {Finding} from '../findings/finding.ts'
import {isPublishable} from '../gate/checkArticle.ts'
import type {BlockedProcedure} from '../gate/runGate.ts'
import type {SourceLabel} from '../sources/arabicSourceLabel.ts'
import type {ClaimTally} from './claimTally.ts'

export interface PublishedArticle {
  articleId: string
  title: string
  slug: string
  /** Site path of the page, e.g. `articles/<slug>/`. */
  path: string
}

export interface BlockedArticle {
  articleId: string
  title: string
  findings: Finding[]
}

/** An article that passes the gate but is not live now because of its publishAt/unpublishAt. */
export interface ScheduledArticle {
  articleId: string
  title: string
  reason: 'before-publish-at' | 'after-unpublish-at'
  at: string
}

/** A finding on the clinic's own texts, with where a writer finds the field in the Studio (documentLocation.ts). */
export interface ClinicFinding extends Finding {
  /** Arabic, e.g. «في «عيادة نور» (عيادة)، الحقل «التواصل › العنوان»». */
  location: string
}

export interface ClinicReport {
  slug: string
  name: string
  jurisdiction: string
  published: PublishedArticle[]
  blocked: BlockedArticle[]
  /** Procedures the clinic offers whose own page is not published: their texts fail the gate. */
  blockedProcedures: BlockedProcedure[]
  /**
   * What the text rules found in the texts every page of the site shows (the clinic's own and its
   * disclaimer's): an error holds back the whole new release (`published` is then empty, what passed
   * is in `unpublished`); warnings hold back nothing.
   */
  clinicFindings: ClinicFinding[]
  /** Warnings on articles that pass the gate (published, or scheduled): they do not block, but a writer should see them. */
  warnings: BlockedArticle[]
  /** Not live now by schedule (publishAt in the future, or unpublishAt passed); not a content problem. */
  scheduled: ScheduledArticle[]
  /** The claims the clinic's articles cite, by GRADE certainty and review state (the report page's chart). */
  claims?: ClaimTally
  /** Filled by `build`: what the release reused from the previous one. */
  release?: {dir: string; rendered: number; contentKept: number; reused: number; removed: number; files: number}
  /** Filled by `build` when this clinic's release could not be written; `published` is then empty. */
  failure?: string
  /** With `failure`, or a release held back by its own texts: the articles that passed the gate but reached no site. */
  unpublished?: PublishedArticle[]
  /** Filled by `build` with `failure` or a held-back release: whether an earlier site of the clinic is still live (else the clinic has none). */
  previousSiteLive?: boolean
}

export interface InvalidClinicReport {
  documentId: string
  /** The slug its document gives, where one can be read. */
  slug?: string
}

export interface RunReport {
  /** The source for operators and tools (`ContentSource.describe`): the JSON report's `source`. */
  source: string
  /** The source in Arabic, for the text report and the report page. */
  sourceLabel: SourceLabel
  documents: {
    loaded: number
    skippedSystem: number
    skippedUnknown: Record<string, number>
    draftsIgnored: number | null
    /** The unpublished drafts (e.g. fresh imports), when the source can see them: never built. */
    drafts?: ReadonlyArray<{id: string; type: string; title?: string}>
  }
  /** Problems with documents that are not tied to one clinic's article (e.g. an invalid claim). */
  datasetFindings: Finding[]
  /**
   * Clinic documents that fail the content model (their schema-invalid findings are in
   * datasetFindings): no clinic is gated or built for them, and a site built before stays as it was.
   * Listed so a report's reader does not take the missing clinic for a deleted one.
   */
  invalidClinics: InvalidClinicReport[]
  clinics: ClinicReport[]
  durationMs: number
}

/** What became of a clinic whose release failed, said the same way by every report. */
export const failureHeadline = (clinic: ClinicReport): string =>
  clinic.previousSiteLive ? 'لم يُنشر إصدار جديد، وبقي الموقع السابق كما هو' : 'لم يُنشر الموقع، ولا موقع سابق له'

/** Whether an error in the clinic's own texts keeps its new release from every page of its site. */
export const releaseHeldBack = (clinic: Pick<ClinicReport, 'clinicFindings'>): boolean => !isPublishable(clinic.clinicFindings)

/**
 * What became of a clinic's new release, the one question every report and log asks: written (or, for
 * `check`, to be written), failed while being written, or held back by its own texts. A held-back
 * release is never written, so it cannot also fail.
 */
export const clinicOutcome = (clinic: Pick<ClinicReport, 'clinicFindings' | 'failure'>): 'released' | 'failed' | 'heldBack' =>
  clinic.failure ? 'failed' : releaseHeldBack(clinic) ? 'heldBack' : 'released'

/** The same, in English, for the operator's log lines and errors. */
export const HELD_BACK_LOG = "the clinic's own texts, shown on every page, or its site's addresses fail the gate (see the report's clinicFindings)"

/** What became of a clinic whose own texts held its release back; `check` writes nothing, so it says what a build would do. */
export const heldBackHeadline = (clinic: ClinicReport): string =>
  clinic.previousSiteLive === undefined ? 'لن يُنشر للعيادة إصدار جديد' : failureHeadline(clinic)

/** Why, after the headline: the texts are on every page, so no page of a new release may show them. */
export const HELD_BACK_REASON = 'في نصوص العيادة التي تظهر في كل صفحة من موقعها، أو في عناوين صفحاته، خطأ يمنع النشر؛ أصلحه في المستند والحقل المذكورين ثم أعد البناء'

export const hasErrors = (report: RunReport): boolean =>
  report.clinics.some((clinic) => clinic.blocked.length > 0 || clinic.blockedProcedures.length > 0 || clinicOutcome(clinic) !== 'released') ||
  report.datasetFindings.some((finding) => finding.severity === 'error')
