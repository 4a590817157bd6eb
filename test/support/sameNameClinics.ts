// The form's findings for seed 004 sent to an Egyptian clinic and two Emirati branches that share its
// name, «عيادة نور», with a discount in a risk it shows: Cairo passes, both Emirati branches are left out.
import {studioArticleFindings} from '../../src/studio/validation/studioArticleFindings.ts'
import type {StudioFinding} from '../../src/studio/validation/studioFinding.ts'
import {clinic, mesotherapyProcedure, NOW, ref, seed004Article, supportingDocuments} from './gateFixtures.ts'

export const sameNameBranchesLeftOut = (): StudioFinding[] => {
  const branches = [clinic('clinic.nour-dubai', 'nour-dubai', 'عيادة نور', 'AE'), clinic('clinic.nour-abudhabi', 'nour-abudhabi', 'عيادة نور', 'AE')]
  const procedure = mesotherapyProcedure({risks: [{_key: 'r1', risk: ref('risk.pain'), frequency: 'common', severity: 'mild'}]})
  const risk = {_id: 'risk.pain', _type: 'risk', name: 'ألم', explanation: 'يزول خلال يومين.', whatToDo: 'احجزي بخصم 50% على الجلسة القادمة.'}
  const article = seed004Article({targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.nour-dubai', 't2'), ref('clinic.nour-abudhabi', 't3')]})
  const referenced = [...supportingDocuments().filter((document) => document._id !== procedure._id), ...branches, procedure, risk]
  return studioArticleFindings({document: article, context: {referenced, disclaimers: [], claimReviewers: []}, now: NOW})
}
