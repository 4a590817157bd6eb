// The banned-claim phrasebook of each jurisdiction.
import type {Phrasebook} from '../../arabic/claims/phrasebook.ts'
import type {Jurisdiction} from '../preset.ts'
import {aeBannedClaims} from './ae.ts'
import {egBannedClaims} from './eg.ts'
import {saBannedClaims} from './sa.ts'

export const bannedClaimsByJurisdiction: Readonly<Record<Jurisdiction, Phrasebook>> = {
  EG: egBannedClaims,
  SA: saBannedClaims,
  AE: aeBannedClaims,
}

export {aeBannedClaims, egBannedClaims, saBannedClaims}
export {commonCategories, type ClaimCategoryId} from './common.ts'
