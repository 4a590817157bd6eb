// Studio adapter: clinic and disclaimer documents are validated by the gate of the texts every page
// of a clinic's site shows. Runs studioClinicTextFindings on the form's document (it needs no other
// document) and shows errors and warnings as two custom rules; all logic lives in the pure module.
import {gateFindingRules} from './articleValidation.ts'
import {studioClinicTextFindings} from './studioClinicTextFindings.ts'

export const clinicTextsValidation = gateFindingRules(async (_client, document) => studioClinicTextFindings({document}))
