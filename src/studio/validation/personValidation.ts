// Studio adapter: a person document shows what would keep the articles crediting them from
// publishing (studioPersonFindings, on the form's document alone), and warns when publishing the
// edit would hold back articles that credit them or link a claim they approved
// (studioPersonEditFindings, over the published content fetched through the Studio client); errors
// and warnings as two custom rules. All logic lives in the pure modules.
import {personEditContextQuery} from '../../queries.ts'
import {gateFindingRules} from './articleValidation.ts'
import {editImpactFindings} from './editImpactFindings.ts'
import {impactArticleIds} from './heldBackByEdit.ts'
import {personImpactFindings, personEditImpact, type PersonEditContext} from './studioPersonEditFindings.ts'
import {studioPersonFindings} from './studioPersonFindings.ts'

export const createPersonValidation = (clock: () => Date = () => new Date()) =>
  gateFindingRules(async (client, document) => {
    const now = clock()
    return [
      ...studioPersonFindings({document}),
      ...(await editImpactFindings<PersonEditContext, NonNullable<ReturnType<typeof personEditImpact>>>(client, document, personEditContextQuery, {}, {
        impactOf: (input) => personEditImpact({...input, now}),
        articleIds: impactArticleIds,
        findingsOf: personImpactFindings,
      })),
    ]
  })

export const personValidation = createPersonValidation()
