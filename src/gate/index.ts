// Public surface of the publish gate.
export {checkArticle, isPublishable, type ArticleCheckInput} from './checkArticle.ts'
export {articlesTargeting, runGate, type ArticleVerdict, type ClinicGateResult, type GateInput} from './runGate.ts'
export {runGateForAllClinics, type AllClinicsGateInput} from './runGateForAllClinics.ts'
