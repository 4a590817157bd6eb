// Banned-claim phrasebook for the UAE: the common categories plus Gulf-dialect phrasings. Unlike
// EG and SA, urgency and discount wording (offers, "book now", "limited places", free sessions)
// blocks publication: UAE clinics may not advertise medical procedures with promotions.
// Sanad policy, not a quotation of a regulation; the compliance lead owns it.
import {definePhrasebook} from '../../arabic/claims/phrasebook.ts'
import {categoriesWith, commonClasses, commonScopes} from './common.ts'
import {gulfExtras} from './sa.ts'

export const aeBannedClaims = definePhrasebook({
  jurisdiction: 'AE',
  classes: commonClasses,
  scopes: commonScopes,
  categories: categoriesWith(gulfExtras),
  severities: {
    'guaranteed-results': 'error',
    'absolute-safety': 'error',
    'permanent-cure': 'error',
    miracle: 'error',
    'self-superlative': 'error',
    'urgency-discount': 'error',
    'fear-appeal': 'error',
  },
})
