// Banned-claim phrasebook for Saudi Arabia: the common categories plus Gulf-dialect phrasings.
// Urgency and discount wording is a warning here (shown, not blocking). Sanad policy, not a
// quotation of a regulation; the compliance lead owns it.
import {definePhrasebook} from '../../arabic/claims/phrasebook.ts'
import {categoriesWith, commonClasses, commonScopes} from './common.ts'

/** Gulf phrasings both SA and AE use. */
export const gulfExtras = {
  'guaranteed-results': ['بتشوف|بتلاحظ|بتحس|راح …2 @outcome|فرق'],
  'absolute-safety': [
    // «ما راح تحسين بأي ألم»، «ما تحسين بشي»: nothing felt; not «ما تحسين به من ألم» (what you feel).
    {match: '^ما|مب|مو …1 تحس|تشعر|يحس|يشعر …2 @harm', notWithin: 'من|به|بها'},
    {match: '^ما|مب|مو …1 تحس|تشعر|يحس|يشعر …1 شي|شيء', notBefore: 'سوى|غير|إلا|عدا|بسيط|خفيف'},
    // «الجلسة ما توجع أبد»، «ما تعوّر»: it does not hurt; not «اسألي عن ما يوجعك» (what hurts).
    {match: '^ما|مب|مو يعور|تعور|يوجع|توجع|يألم|تألم', notAfter: 'عن|على|كل|من|في|إلى|مع|أن|بعد|قبل|أكثر|أشد|أول'},
  ],
  'urgency-discount': ['لا …1 يفوتك'],
} as const

export const saBannedClaims = definePhrasebook({
  jurisdiction: 'SA',
  classes: commonClasses,
  scopes: commonScopes,
  categories: categoriesWith(gulfExtras),
  severities: {
    'guaranteed-results': 'error',
    'absolute-safety': 'error',
    'permanent-cure': 'error',
    miracle: 'error',
    'self-superlative': 'error',
    'urgency-discount': 'warning',
    'fear-appeal': 'error',
  },
})
