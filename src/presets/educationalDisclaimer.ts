// The phrases that make a legacy text's educational-use medical disclaimer (what `sanad lint` asks
// of an article before migration, src/lint/educationalDisclaimer.ts): a negation, then "replaces",
// then a word for medical care, within a few words («ولا يغني عن التقييم الطبي»). Data, beside the
// banned-claim phrasebooks, for a compliance lead to read and extend; the same phrase engine reads both.
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
