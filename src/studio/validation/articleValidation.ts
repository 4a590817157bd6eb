// Studio adapter: article documents are validated by the publish-gate checks themselves. Fetches
// the context through the Studio client, runs studioArticleFindings, and shows errors and
// warnings as two custom rules; all logic lives in the pure modules beside this file.
import type {DocumentRule, SanityDocument, ValidationContext} from 'sanity'
import {articleGateContextQuery} from '../../queries.ts'
import type {Finding} from '../../findings/finding.ts'
import {lookupRetryDelay} from '../actions/retryWhileFailing.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'
import {findingsOrCrash} from './checksCrashed.ts'
import {referencedIds} from './referencedIds.ts'
import {studioArticleFindings, type ArticleGateContext} from './studioArticleFindings.ts'
import type {StudioFinding} from './studioFinding.ts'
import {toCustomValidatorResult, type MarkerLevel} from './validationMarkers.ts'

export const VALIDATION_API_VERSION = '2025-02-19'

const GATE_UNAVAILABLE = 'تعذّر تشغيل فحوص النشر الآن، فلا تنشر قبل أن تعمل'

const gateUnavailableSaying = (message: string): Finding[] => [{ruleId: 'gate-unavailable', severity: 'error', message, documentId: '', path: '', url: ''}]

/** A fetch that fails is itself a blocking finding: the form must not look clean while the checks could not run. */
export const gateUnavailable = (error: unknown): Finding[] => gateUnavailableSaying(`${GATE_UNAVAILABLE}. ${requestFailureSentence(error)}`)

/** The same on an open pane's Publish and badge, which ask again by themselves (useArticleGateFindings.ts). */
export const gateUnavailableRetried = (error: unknown): Finding[] =>
  gateUnavailableSaying(`${GATE_UNAVAILABLE}؛ يُعاد تشغيلها تلقائيًا خلال دقيقة على الأكثر. ${requestFailureSentence(error)}`)

/** The part of a Sanity client this needs (the validation context's and `useClient`'s both fit). */
export interface GateContextClient {
  fetch<R>(query: string, params: Record<string, unknown>, options: {perspective: 'published'}): Promise<R>
}

/**
 * The gate's findings for one (possibly draft) article, fetched in the published perspective. The
 * form's validation and the article's Publish action and badge (src/studio/actions) all call this,
 * so they cannot disagree. A fetch failure, or checks that throw, is itself a blocking finding: the
 * promise settles with findings, so Publish never waits on it for good.
 */
const fetchArticleGateFindings = (client: GateContextClient, document: SanityDocument, now: Date): Promise<StudioFinding[]> =>
  fetchArticleGateFindingsOrFail(client, document, now).catch(gateUnavailable)

/** As fetchArticleGateFindings, but a fetch that fails rejects, for a caller that asks again while it fails (useArticleGateFindings.ts). */
export const fetchArticleGateFindingsOrFail = (client: GateContextClient, document: SanityDocument, now: Date): Promise<StudioFinding[]> =>
  client
    .fetch<ArticleGateContext>(articleGateContextQuery, {ids: referencedIds(document)}, {perspective: 'published'})
    .then((gateContext) => findingsOrCrash(document, () => studioArticleFindings({document, context: gateContext, now})))

/** Fetches a form's validation makes before its finding says the checks could not run: now, 5 s and 15 s later. */
export const FORM_FETCH_ATTEMPTS = 3

const couldNotRun = (findings: readonly Finding[]): boolean => findings.some((finding) => finding.ruleId === 'gate-unavailable')

/**
 * A document validation showing the gate's findings as two custom rules, errors and warnings (a
 * Sanity rule has a single level). Both rules validate the same document snapshot; it is fetched and
 * checked once. Sanity validates again only when the document changes or its pane reopens, and its own
 * Publish stays disabled while a validation error stands, so a fetch that fails is asked again first
 * (the lookups' delays, retryWhileFailing.ts), and a run that still could not check is not kept for
 * the snapshot: the next validation of it fetches anew.
 */
export const gateFindingRules = (fetchFindings: (client: GateContextClient, document: SanityDocument) => Promise<Finding[]>) => {
  const runs = new WeakMap<object, Promise<Finding[]>>()
  const settled = async (client: GateContextClient, document: SanityDocument): Promise<Finding[]> => {
    for (let failures = 1; ; failures++) {
      const findings = await fetchFindings(client, document)
      if (!couldNotRun(findings) || failures === FORM_FETCH_ATTEMPTS) return findings
      await new Promise((resolve) => setTimeout(resolve, lookupRetryDelay(failures)))
    }
  }
  const findingsFor = (document: SanityDocument, context: ValidationContext): Promise<Finding[]> => {
    let run = runs.get(document)
    if (!run) {
      const fetched = settled(context.getClient({apiVersion: VALIDATION_API_VERSION}), document)
      // A run that rejects (a check's own bug) is dropped too, and its rejection left to Sanity, which shows it.
      const drop = () => runs.get(document) === fetched && runs.delete(document)
      fetched.then((findings) => couldNotRun(findings) && drop(), drop)
      run = fetched
      runs.set(document, run)
    }
    return run
  }
  const ruleAt = (level: MarkerLevel) => async (document: SanityDocument | undefined, context: ValidationContext) =>
    document ? toCustomValidatorResult(await findingsFor(document, context), level) : true
  return (rule: DocumentRule): DocumentRule[] => [
    rule.custom(ruleAt('error')).error(),
    rule.custom(ruleAt('warning')).warning(),
  ]
}

export const createArticleValidation = (clock: () => Date = () => new Date()) =>
  gateFindingRules((client, document) => fetchArticleGateFindings(client, document, clock()))

export const articleValidation = createArticleValidation()
