// Whether a legacy text carries a real educational-use medical disclaimer: a sentence saying the
// content does not replace a doctor, a diagnosis or a medical evaluation ("ولا يغني عن التقييم
// الطبي"). Advice to see a doctor ("استشيري طبيبك قبل الحقن") and a heading "تنبيه" over a
// side-effect warning are not disclaimers. Found with the same phrase engine as banned claims.
import {findClaims} from '../arabic/claims/findClaims.ts'
import {definePhrasebook} from '../arabic/claims/phrasebook.ts'

export const educationalDisclaimerPhrases = definePhrasebook({
  classes: {
    negation: ['لا', 'ليس', 'ليست', 'لن', 'غير'],
    replaces: ['يغني', 'تغني', 'يغنيك', 'بديل', 'بديلا', 'يحل', 'تحل', 'يعوض', 'تعوض', 'يقوم', 'تقوم', 'يستغنى'],
    medicalCare: [
      'طبيب', 'الطبيب', 'طبيبك', 'الأطباء', 'استشارة', 'تشخيص', 'تقييم', 'كشف', 'فحص', 'زيارة', 'مراجعة', 'رعاية',
      'نصيحة', 'مشورة', 'رأي', 'المختص',
    ],
  },
  scopes: {
    negators: [],
    negationReach: 0,
    privatives: [],
    privativeReach: 0,
    clauseJoiners: [],
    questionWords: ['هل'],
    presupposingQuestionWords: [],
    warningWords: [],
    hedges: [],
    gapBreakers: [],
    idiomObjects: [],
    conditionals: [],
    doubleNegations: [],
    answerReach: 0,
  },
  categories: [
    {
      id: 'educational-disclaimer',
      label: 'إخلاء مسؤولية تثقيفي',
      message: '',
      suggestion: '',
      patterns: ['@negation …1 @replaces …3 @medicalCare'],
    },
  ],
  severities: {},
})

export const hasEducationalDisclaimer = (texts: Iterable<string>): boolean => {
  for (const text of texts) if (findClaims(text, educationalDisclaimerPhrases).length > 0) return true
  return false
}
