// Studio adapter: clinic and disclaimer documents are validated by the gate of the texts every page
// of a clinic's site shows (studioClinicTextFindings, on the form's document alone), and warn when
// publishing the edit would hold articles back for want of the disclaimer in force
// (studioDisclaimerEditFindings, over the published content fetched through the Studio client);
// errors and warnings as two custom rules. All logic lives in the pure modules.
import {getPublishedId, type SanityDocument} from 'sanity'
import type {Finding} from '../../findings/finding.ts'
import {disclaimerEditContextQuery} from '../../queries.ts'
import {gateFindingRules, type GateContextClient} from './articleValidation.ts'
import {studioClinicTextFindings} from './studioClinicTextFindings.ts'
import {studioDisclaimerEditFindings, type DisclaimerEditContext} from './studioDisclaimerEditFindings.ts'

const disclaimerEditFindings = (client: GateContextClient, document: SanityDocument, now: Date): Promise<Finding[]> => {
  const publishedId = getPublishedId(document._id)
  return client
    .fetch<DisclaimerEditContext>(disclaimerEditContextQuery, {id: publishedId, jurisdiction: typeof document.jurisdiction === 'string' ? document.jurisdiction : null}, {perspective: 'published'})
    .then(
      (context) => studioDisclaimerEditFindings({document, publishedId, context, now}),
      (error: unknown) => [{ruleId: 'gate-unavailable', severity: 'warning' as const, message: `تعذّر التحقق الآن من المقالات التي يمسّها هذا التعديل (${error instanceof Error ? error.message : String(error)}). أعد المحاولة.`, documentId: document._id, path: '', url: ''}],
    )
}

export const createClinicTextsValidation = (clock: () => Date = () => new Date()) =>
  gateFindingRules(async (client, document) => [...studioClinicTextFindings({document}), ...(await disclaimerEditFindings(client, document, clock()))])

export const clinicTextsValidation = createClinicTextsValidation()
