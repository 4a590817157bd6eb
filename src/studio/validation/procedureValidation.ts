// Studio adapter: procedure, risk and contraindication documents are validated by the publish gate
// of procedure pages. Fetches the context through the Studio client, runs studioProcedureFindings,
// and shows errors and warnings as two custom rules; all logic lives in the pure modules beside this file.
import {getPublishedId, type SanityDocument} from 'sanity'
import {procedureGateContextQuery, riskOrContraindicationGateContextQuery} from '../../queries.ts'
import {gateFindingRules, gateUnavailable, type GateContextClient} from './articleValidation.ts'
import {findingsOrCrash} from './checksCrashed.ts'
import {referencedIds} from './referencedIds.ts'
import type {StudioFinding} from './studioFinding.ts'
import {studioProcedureFindings, type ProcedureGateContext} from './studioProcedureFindings.ts'

/**
 * The gate's findings for one (possibly draft) procedure, risk or contraindication, with the context
 * fetched in the published perspective: clinics list published procedure ids, so the draft is looked
 * up by its published id. A fetch failure, or checks that throw, is itself a blocking finding.
 */
const fetchProcedureGateFindings = (client: GateContextClient, document: SanityDocument): Promise<StudioFinding[]> => {
  const id = getPublishedId(document._id)
  const request = document._type === 'procedure'
    ? client.fetch<ProcedureGateContext>(procedureGateContextQuery, {id, ids: referencedIds(document)}, {perspective: 'published'})
    : client.fetch<ProcedureGateContext>(riskOrContraindicationGateContextQuery, {id}, {perspective: 'published'})
  return request.then((context) => findingsOrCrash(document, () => studioProcedureFindings({document, context})), gateUnavailable)
}

/** For procedure, risk and contraindication documents alike: a risk is checked as the pages listing it show it. */
export const procedureValidation = gateFindingRules(fetchProcedureGateFindings)
