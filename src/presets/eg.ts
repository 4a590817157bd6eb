// Publish-gate preset for clinics in Egypt: Sanad's baseline, the other presets say how they differ.
import {egBannedClaims} from './bannedClaims/eg.ts'
import {definePreset} from './preset.ts'

export const egPreset = definePreset({
  name: 'sanad-eg',
  jurisdiction: 'EG',
  timeZone: 'Africa/Cairo',
  callingCode: '20',
  reviewPeriodMonths: 12,
  dueSoonDays: 30,
  // How long a medical reviewer's approval of a claim holds before it must be reviewed again.
  claimReviewPeriodMonths: 12,
  rules: [
    // A document the pipeline cannot trust, or a reference to nothing, can never be published.
    ['schema-invalid', 'error'],
    ['reference-broken', 'error'],
    // A related article that is not there: its link is left off the page, which is no reason to block.
    ['related-article-broken', 'warning'],
    // A target clinic that is not a published clinic is no site: the article goes to its others.
    ['target-clinic-unknown', 'warning'],
    // Patient safety and liability: the disclaimer in force, and only approved, evidenced claims.
    ['disclaimer-missing', 'error'],
    ['disclaimer-due-soon', 'warning'],
    ['claim-unapproved', 'error'],
    ['claim-expired', 'error'],
    // A recorded due date later than the period: shown now; claim-expired blocks at the period's end.
    ['claim-review-due-later-than-policy', 'warning'],
    // An approval covers the exact words, by a medical reviewer who neither wrote nor last edited them.
    ['claim-changed-since-approval', 'error'],
    ['claim-reviewer-role', 'error'],
    ['claim-four-eyes', 'error'],
    // The approver of a claim shown on this clinic's page holds a licence from its country; a warning
    // for the same reason as reviewer-licence-jurisdiction below, and set apart from it so a
    // compliance lead can weigh the article's reviewer and a claim's approver differently.
    ['claim-approver-licence-jurisdiction', 'warning'],
    ['claim-evidence-missing', 'error'],
    // The badge vouches for the words beside it: they must be the approved words.
    ['claim-text-mismatch', 'error'],
    // A named medical reviewer carries the accountability for the article.
    ['reviewer-missing', 'error'],
    // A reviewer licensed in another country is named on the page, but a patient here cannot check
    // the licence with their regulator: shown to the writer, not blocking. Sanad's default; a
    // compliance lead whose regulator requires a locally licensed reviewer sets 'error'.
    ['reviewer-licence-jurisdiction', 'warning'],
    // A byline is good practice, but the reviewer, not the writer, answers for medical content.
    ['author-missing', 'warning'],
    ['review-overdue', 'error'],
    ['review-due-soon', 'warning'],
    ['review-due-later-than-policy', 'warning'],
    // Reordering controls can reverse digits and doses on screen: always blocking.
    ['bidi-control', 'error'],
    // Invisible characters do not change what the reader sees; they break search and phrase rules.
    ['invisible-char', 'warning'],
    // Marketing claims a medical page may not make; which phrases, and which categories only warn,
    // is the jurisdiction's phrasebook (bannedClaims/eg.ts).
    ['banned-claim', 'error', {phrasebook: egBannedClaims}],
  ],
})
