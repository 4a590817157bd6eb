// Public surface of the Studio validation adapters.
export {articleValidation, createArticleValidation, VALIDATION_API_VERSION} from './articleValidation.ts'
export {claimValidation, createClaimValidation} from './claimValidation.ts'
export {procedureValidation} from './procedureValidation.ts'
export {studioArticleFindings, type ArticleGateContext} from './studioArticleFindings.ts'
export {studioClaimFindings} from './studioClaimFindings.ts'
export {studioProcedureFindings, type ProcedureGateContext} from './studioProcedureFindings.ts'
export {toCustomValidatorResult, toValidationErrors} from './validationMarkers.ts'
