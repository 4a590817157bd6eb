// The one definition of "this claim shows its evidence": a GRADE certainty and at least one
// citation a reader can follow (a pmid, a doi or a web link). Shared by the rule and the Studio.
import type {Citation, Claim} from '../content/documents/claim.ts'
import {fieldTitlesAt, fieldTitlesText} from '../content/fieldTitles/fieldTitlesAt.ts'
import {GRADE_CERTAINTY} from '../content/vocabulary.ts'
import {safeLinkHref} from '../render/lib/linkHref.ts'

export type ClaimEvidenceProblem = {kind: 'certainty-missing'} | {kind: 'citation-missing'}

// A url counts only when the page links it and it leads to the web: `file:`, `urn:` or
// `javascript:` pass the url field's check but take no reader to the study.
const isWebLink = (url: string): boolean => /^https?:/.test(safeLinkHref(url) ?? '')

export const isTraceableCitation = (citation: Pick<Citation, 'pmid' | 'doi' | 'url'>): boolean =>
  Boolean(citation.pmid || citation.doi || (citation.url && isWebLink(citation.url)))

/** The parts of a claim this reads: a parsed Claim, or the workflow's lenient read of a draft. */
export interface ClaimEvidenceFields {
  evidence?: {certainty?: NonNullable<Claim['evidence']>['certainty']; citations?: readonly Pick<Citation, 'pmid' | 'doi' | 'url'>[]}
}

export const claimEvidenceProblems = (claim: ClaimEvidenceFields): ClaimEvidenceProblem[] => {
  const problems: ClaimEvidenceProblem[] = []
  if (!claim.evidence?.certainty) problems.push({kind: 'certainty-missing'})
  if (!(claim.evidence?.citations ?? []).some(isTraceableCitation)) problems.push({kind: 'citation-missing'})
  return problems
}

export const describeEvidenceProblem = (problem: ClaimEvidenceProblem): string =>
  problem.kind === 'certainty-missing'
    ? 'لم تُحدَّد درجة اليقين في الدليل (GRADE)'
    : 'لا يوجد مرجع يمكن تتبّعه (PMID أو DOI أو رابط ويب يبدأ بـ https)'

/** Where the problem's field is, as the form names it: «الدليل العلمي › المراجع». */
const fieldOf = (problem: ClaimEvidenceProblem): string => {
  const path = evidenceProblemPath(problem)
  return fieldTitlesText(fieldTitlesAt('claim', {}, path.split('.')), path)
}

export const fixForEvidenceProblem = (problem: ClaimEvidenceProblem): string =>
  problem.kind === 'certainty-missing'
    ? `حدّد ${fieldOf(problem)}: ${GRADE_CERTAINTY.map(({title}) => title).join(' أو ')}`
    : `أضف في ${fieldOf(problem)} مرجعًا واحدًا على الأقل فيه رقم PMID أو DOI أو رابط ويب إلى الدراسة (https://…)`

export const evidenceProblemPath = (problem: ClaimEvidenceProblem): string =>
  problem.kind === 'certainty-missing' ? 'evidence.certainty' : 'evidence.citations'
