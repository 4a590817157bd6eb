// Publish-gate preset for clinics in Saudi Arabia. Differs from the Egyptian baseline (eg.ts) in:
// - reviewPeriodMonths 6 instead of 12: health advertising in the Kingdom is closely supervised,
//   so Sanad re-reviews Saudi pages twice a year rather than yearly;
// - author-missing is an error: Saudi pages name both the writer and the reviewer.
// These are Sanad policy choices, not quotations of a regulation; the compliance lead owns them.
import {saBannedClaims} from './bannedClaims/sa.ts'
import {definePreset} from './preset.ts'

export const saPreset = definePreset({
  name: 'sanad-sa',
  jurisdiction: 'SA',
  timeZone: 'Asia/Riyadh',
  callingCode: '966',
  reviewPeriodMonths: 6,
  dueSoonDays: 30,
  claimReviewPeriodMonths: 12,
  rules: [
    ['schema-invalid', 'error'],
    ['reference-broken', 'error'],
    ['related-article-broken', 'warning'],
    ['target-clinic-unknown', 'warning'],
    ['disclaimer-missing', 'error'],
    ['disclaimer-due-soon', 'warning'],
    ['claim-unapproved', 'error'],
    ['claim-expired', 'error'],
    ['claim-review-due-later-than-policy', 'warning'],
    ['claim-changed-since-approval', 'error'],
    ['claim-reviewer-role', 'error'],
    ['claim-four-eyes', 'error'],
    ['claim-approver-licence-jurisdiction', 'warning'],
    ['claim-evidence-missing', 'error'],
    // The badge vouches for the words beside it: they must be the approved words.
    ['claim-text-mismatch', 'error'],
    ['reviewer-missing', 'error'],
    ['reviewer-licence-jurisdiction', 'warning'],
    ['author-missing', 'error'],
    ['review-overdue', 'error'],
    ['review-due-soon', 'warning'],
    ['review-due-later-than-policy', 'warning'],
    ['bidi-control', 'error'],
    ['invisible-char', 'warning'],
    ['banned-claim', 'error', {phrasebook: saBannedClaims}],
  ],
})
