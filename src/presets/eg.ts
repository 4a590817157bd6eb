// Publish-gate preset for clinics in Egypt: Sanad's baseline, the other presets say how they differ.
import {definePreset} from './preset.ts'

export const egPreset = definePreset({
  name: 'sanad-eg',
  jurisdiction: 'EG',
  timeZone: 'Africa/Cairo',
  reviewPeriodMonths: 12,
  dueSoonDays: 30,
  rules: [
    // A document the pipeline cannot trust, or a reference to nothing, can never be published.
    ['schema-invalid', 'error'],
    ['reference-broken', 'error'],
    // Patient safety and liability: the disclaimer in force, and only approved, evidenced claims.
    ['disclaimer-missing', 'error'],
    ['claim-unapproved', 'error'],
    ['claim-expired', 'error'],
    ['claim-evidence-missing', 'error'],
    // A named medical reviewer carries the accountability for the article.
    ['reviewer-missing', 'error'],
    // A byline is good practice, but the reviewer, not the writer, answers for medical content.
    ['author-missing', 'warning'],
    ['review-overdue', 'error'],
    ['review-due-soon', 'warning'],
    // Reordering controls can reverse digits and doses on screen: always blocking.
    ['bidi-control', 'error'],
    // Invisible characters do not change what the reader sees; they break search and phrase rules.
    ['invisible-char', 'warning'],
  ],
})
