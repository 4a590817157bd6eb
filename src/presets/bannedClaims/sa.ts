// Banned-claim phrasebook for Saudi Arabia: the common categories plus Gulf-dialect phrasings.
// Urgency and discount wording is a warning here (shown, not blocking). Sanad policy, not a
// quotation of a regulation; the compliance lead owns it.
import {definePhrasebook} from '../../arabic/claims/phrasebook.ts'
import {categoriesWith, commonClasses, commonScopes} from './common.ts'

/** Gulf phrasings both SA and AE use. */
export const gulfExtras = {
  'guaranteed-results': ['بتشوف|بتلاحظ|بتحس|راح …2 @outcome|فرق'],
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
