// Studio adapter: a person document shows what would keep the articles crediting them from
// publishing, as two custom rules; all logic lives in studioPersonFindings.ts.
import {gateFindingRules} from './articleValidation.ts'
import {studioPersonFindings} from './studioPersonFindings.ts'

export const personValidation = gateFindingRules(async (_client, document) => studioPersonFindings({document}))
