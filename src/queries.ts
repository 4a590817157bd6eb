// Every GROQ query Sanad runs, in one place. The same queries run against the local dataset
// (groq-js) and the Content Lake (@sanity/client), always in the published perspective.
import {defineQuery} from 'groq'

/** Every document the pipeline understands; references are resolved in memory (contentGraph.ts). */
export const contentQuery = defineQuery(
  `*[_type in ["article", "claim", "clinic", "contraindication", "disclaimer", "person", "procedure", "risk"]]`,
)

/** The clinics a build can target, with the disclaimer each must carry; used to resolve --clinic. */
export const clinicDirectoryQuery = defineQuery(
  `*[_type == "clinic"] | order(slug.current asc) {
    _id,
    name,
    "slug": slug.current,
    jurisdiction,
    "disclaimer": disclaimer->{_id, jurisdiction, version}
  }`,
)

// Studio structure filters (src/studio/structure/). The Structure tool wraps each in `*[…]` itself,
// so these are filter expressions, not whole queries.

/** Claims a writer has sent to a medical reviewer and that await a decision. */
export const claimsInReviewFilter = defineQuery(`_type == "claim" && review.status == "inReview"`)

/**
 * Claims whose review falls due between `$today` and `$horizon` (both `YYYY-MM-DD`, inclusive).
 * The dates are params rather than `now()` so the window follows the same calendar-day rule as
 * claim approval (`reviewDue >= today`) and can be evaluated against a fixed clock in tests.
 */
export const claimsReviewDueSoonFilter = defineQuery(
  `_type == "claim" && review.reviewDue >= $today && review.reviewDue <= $horizon`,
)

/** Claims a medical reviewer has rejected. */
export const rejectedClaimsFilter = defineQuery(`_type == "claim" && review.status == "rejected"`)

/** Articles that target the clinic `$clinicId` (a published clinic id). */
export const clinicArticlesFilter = defineQuery(`_type == "article" && $clinicId in targetClinics[]._ref`)

/**
 * Documents that exist as drafts. Studio document lists query through the selected perspective
 * (sanity-io/sanity#8798), which rewrites a draft's `_id` to its published id and keeps the real one
 * in `_originalId` (so `_id in path("drafts.**")` alone matches nothing there, #13475); matching
 * both keeps the filter right in the `raw` perspective and in groq-js over an export too.
 */
export const draftDocumentsFilter = defineQuery(`_id in path("drafts.**") || _originalId in path("drafts.**")`)

/**
 * Id and type of every document `contentQuery` leaves out (pass `$contentTypes`, the types Sanad
 * parses), so a build can report how many system and foreign documents it skipped without
 * downloading them.
 */
export const skippedDocumentsQuery = defineQuery(`*[!(_type in $contentTypes)]{_id, _type}`)

// Studio validation (src/studio/validation/): the publish-gate checks run in the Studio over the
// same documents the pipeline would see, fetched in the published perspective.

/**
 * What the gate needs to check one article: every document it references by id (`$ids`; an id
 * missing from `referenced` is a broken reference), every disclaimer of its target clinics'
 * jurisdictions (to find the one in force), and the reviewers of the claims it links.
 */
export const articleGateContextQuery = defineQuery(`{
  "referenced": *[_id in $ids],
  "disclaimers": *[_type == "disclaimer" && jurisdiction in *[_type == "clinic" && _id in $ids].jurisdiction],
  "claimReviewers": *[_type == "person" && _id in *[_type == "claim" && _id in $ids].review.reviewer._ref]
}`)

/** The person who reviewed a claim (`$reviewerId`), to check the medicalReviewer role. */
export const claimReviewerQuery = defineQuery(`*[_type == "person" && _id == $reviewerId][0]`)
