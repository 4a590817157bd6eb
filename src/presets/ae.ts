// Publish-gate preset for clinics in the UAE. Differs from the Egyptian baseline (eg.ts) in:
// - invisible-char allows ZWNJ/ZWJ: UAE clinics serve many Persian- and Urdu-speaking patients and
//   their articles quote terms in those languages, whose spelling needs ZWNJ (e.g. می‌شود);
//   every other invisible character is still reported.
// - banned-claim uses the AE phrasebook, in which urgency and discount wording blocks (a warning
//   in EG and SA);
// - dueSoonDays 45: a review in the UAE is announced earlier because a changed medical page may
//   need its advertising approval renewed before it goes live again.
// These are Sanad policy choices, not quotations of a regulation; the compliance lead owns them.
import {aeBannedClaims} from './bannedClaims/ae.ts'
import {definePreset} from './preset.ts'

export const aePreset = definePreset({
  name: 'sanad-ae',
  jurisdiction: 'AE',
  timeZone: 'Asia/Dubai',
  callingCode: '971',
  reviewPeriodMonths: 12,
  dueSoonDays: 45,
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
    ['author-missing', 'warning'],
    ['review-overdue', 'error'],
    ['review-due-soon', 'warning'],
    ['review-due-later-than-policy', 'warning'],
    ['bidi-control', 'error'],
    ['invisible-char', 'warning', {allowJoiners: true}],
    ['banned-claim', 'error', {phrasebook: aeBannedClaims}],
  ],
})
