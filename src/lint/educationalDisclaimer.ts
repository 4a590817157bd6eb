// Whether a legacy text carries a real educational-use medical disclaimer: a sentence saying the
// content does not replace a doctor, a diagnosis or a medical evaluation ("ولا يغني عن التقييم
// الطبي"). Advice to see a doctor ("استشيري طبيبك قبل الحقن") and a heading "تنبيه" over a
// side-effect warning are not disclaimers. Found with the same phrase engine as banned claims, from
// the phrases in src/presets/educationalDisclaimer.ts.
import {findClaims} from '../arabic/claims/findClaims.ts'
import {educationalDisclaimerPhrases} from '../presets/educationalDisclaimer.ts'

export const hasEducationalDisclaimer = (texts: Iterable<string>): boolean => {
  for (const text of texts) if (findClaims(text, educationalDisclaimerPhrases).length > 0) return true
  return false
}
