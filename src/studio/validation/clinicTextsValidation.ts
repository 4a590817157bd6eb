// Studio adapter: clinic and disclaimer documents are validated by the gate of the texts every page
// of a clinic's site shows (studioClinicTextFindings, on the form's document alone), and warn when
// publishing the edit would hold articles back for want of the disclaimer in force
// (studioDisclaimerEditFindings, over the published content fetched through the Studio client);
// errors and warnings as two custom rules. All logic lives in the pure modules.
import {disclaimerEditContextQuery} from '../../queries.ts'
import {gateFindingRules} from './articleValidation.ts'
import {editImpactFindings} from './editImpactFindings.ts'
import {impactArticleIds} from './heldBackByEdit.ts'
import {studioClinicTextFindings} from './studioClinicTextFindings.ts'
import {disclaimerImpactFindings, disclaimerEditImpact, type DisclaimerEditContext} from './studioDisclaimerEditFindings.ts'

export const createClinicTextsValidation = (clock: () => Date = () => new Date()) =>
  gateFindingRules(async (client, document) => {
    const now = clock()
    return [
      ...studioClinicTextFindings({document}),
      ...(await editImpactFindings<DisclaimerEditContext, NonNullable<ReturnType<typeof disclaimerEditImpact>>>(client, document, disclaimerEditContextQuery, {jurisdiction: typeof document.jurisdiction === 'string' ? document.jurisdiction : null}, {
        impactOf: (input) => disclaimerEditImpact({...input, now}),
        articleIds: impactArticleIds,
        findingsOf: disclaimerImpactFindings,
      })),
    ]
  })

export const clinicTextsValidation = createClinicTextsValidation()
