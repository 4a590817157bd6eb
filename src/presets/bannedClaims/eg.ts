// Banned-claim phrasebook for Egypt: the common categories plus Egyptian-dialect phrasings of them.
// Urgency and discount wording is a warning here (shown, not blocking); the compliance lead may
// raise it to an error. Sanad policy, not a quotation of a regulation.
import {definePhrasebook} from '../../arabic/claims/phrasebook.ts'
import {categoriesWith, commonClasses, commonScopes} from './common.ts'

export const egBannedClaims = definePhrasebook({
  jurisdiction: 'EG',
  classes: commonClasses,
  scopes: commonScopes,
  categories: categoriesWith({
    'guaranteed-results': ['هتشوف|هتلاحظ|هتلاقي|هتحس …2 @outcome|فرق'],
    'absolute-safety': [
      // «الجلسة مش بتوجع»، «مش هتوجعك»: the feminine forms too (the session, the needle).
      'مش|مبي …1 هيوجع|بيوجع|بتوجع|هتوجع',
      // «الجلسة مبتوجعش خالص»: the negation written around the verb, one word.
      'مبيوجعش|مبتوجعش|مابيوجعش|مابتوجعش|مهيوجعش|مهتوجعش',
    ],
    'urgency-discount': ['الحق|إلحق …1 العرض|الفرصة|مكانك'],
  }),
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
