// Every GROQ query Sanad runs, in one place. The same queries run against the local dataset
// (groq-js) and the Content Lake (@sanity/client), in the published perspective; only
// `unpublishedDocumentsQuery` runs in `raw`, to list what that perspective leaves out.
import {defineQuery} from 'groq'

/** Every document the pipeline understands; references are resolved in memory (contentGraph.ts). */
export const contentQuery = defineQuery(
  `*[_type in ["article", "claim", "clinic", "contraindication", "disclaimer", "person", "procedure", "risk"]]`,
)

/**
 * Id and revision of every document `contentQuery` reads (pass `$contentTypes`): the scheduler's
 * sync job hashes this to tell whether anything changed since the last build without downloading
 * the content.
 */
export const contentRevisionsQuery = defineQuery(`*[_type in $contentTypes]{_id, _rev} | order(_id asc)`)

/**
 * The clinics, each with the disclaimer it must carry followed through `->`. The pipeline resolves
 * references in memory (contentGraph.ts); the sources' tests run this on both sources to check that
 * they dereference alike, and that the local one answers `->` from its id map (groqEvaluator.ts).
 */
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

/** Claims a medical reviewer has rejected. */
export const rejectedClaimsFilter = defineQuery(`_type == "claim" && review.status == "rejected"`)

// The four-eyes rule (fourEyesConflict in src/workflow/auditTrail.ts) in GROQ, for one claim. The trail
// is read as it is written: append-only, each entry stamped `at` (ISO instants), so "the latest
// content event" is the last one in the array and "before" is an earlier `at` (the entries of one
// transition share an instant, hash and actor). test/studio/claimsAwaitingMyReview.test.ts checks
// these against decideTransition on a table of trails.
const CONTENT_EVENT = `action in ["submit", "edit"]`
const LATEST_CONTENT_HASH = `review.audit[${CONTENT_EVENT}][-1].hash`
/** Whoever first sent the claim for review (writerOf). */
const WRITER_EVENT = `coalesce(review.audit, [])[${CONTENT_EVENT}][0]`
/** The last content event whose words differ from the latest (or carry no hash): where the latest words' run begins after. */
const RUN_BREAK_AT = `coalesce((^.review.audit[${CONTENT_EVENT} && (!defined(hash) || hash != ^.^.${LATEST_CONTENT_HASH})] | order(at desc))[0].at, "")`
/** Whoever brought the latest words into the trail (lastEditorOf): the first event of their run. Resubmitting them unchanged does not. */
const LAST_EDITOR_EVENT = `(coalesce(review.audit, [])[${CONTENT_EVENT} && defined(hash) && hash == ^.${LATEST_CONTENT_HASH} && at > ${RUN_BREAK_AT}] | order(at asc))[0]`
// Whether that event was recorded for the user `$userId` or the person `$personId` (sameActor).
const WRITER_IS_ME = `coalesce(${WRITER_EVENT}.userId == $userId || ${WRITER_EVENT}.person._ref == $personId, false)`
const LAST_EDITOR_IS_ME = `coalesce(${LAST_EDITOR_EVENT}.userId == $userId || ${LAST_EDITOR_EVENT}.person._ref == $personId, false)`
/** From inside an entry's filter: the last approval's instant, and the first entry recording the latest words (wordEditorsOf). */
const LAST_APPROVAL_AT = `coalesce((^.review.audit[action in ["approve", "renew"]] | order(at desc))[0].at, "")`
const WORDS_FIRST_RECORDED_AT = `coalesce((^.review.audit[${CONTENT_EVENT} && defined(hash) && hash == ^.^.${LATEST_CONTENT_HASH}] | order(at asc))[0].at, "9999")`
/** A submission or edit of mine since the last approval, made before the latest words were ever recorded: I had a hand in them. */
const CO_AUTHOR_IS_ME = `(count(coalesce(review.audit, [])[${CONTENT_EVENT} && (userId == $userId || person._ref == $personId) && at > ${LAST_APPROVAL_AT} && at <= ${WORDS_FIRST_RECORDED_AT}]) > 0)`

/**
 * Claims in review that the user `$userId` (person `$personId`, "" when none) may decide on: they
 * neither wrote the claim, nor brought its current words into the trail, nor changed them on the way
 * since its last approval (four eyes, as the approve action reads it; a reviewer who only
 * resubmitted the words unchanged, or whose change was undone, may approve them). Claims
 * without an audit trail are included; the action decides the rest. The list is shown to medical
 * reviewers only (src/studio/structure/index.ts).
 */
export const claimsAwaitingMyReviewFilter = defineQuery(
  `_type == "claim" && review.status == "inReview" && !${WRITER_IS_ME} && !${LAST_EDITOR_IS_ME} && !${CO_AUTHOR_IS_ME}`,
)

// The countries of the clinics whose articles link the claim, from inside `$windows[…]` (where `^` is
// the claim; in the article filter, `^.^.^`): the jurisdictions whose windows apply to it.
const CLAIM_WINDOW_JURISDICTIONS = `jurisdiction in *[_type == "clinic" && _id in *[_type == "article" && references(^.^.^._id)].targetClinics[]._ref].jurisdiction`

// An approval past the claim review period of a country its articles go to (`lapsedIfApprovedBefore`:
// the first approval day that still holds today there, firstApprovalDayHolding), whatever
// review.reviewDue says, as the gate's claim-expired reads it. dateTime() compares instants, so an
// approvedAt written with an offset is read on the UTC calendar, as the gate reads it.
const PAST_POLICY = `count($windows[dateTime(^.review.approvedAt) < dateTime(lapsedIfApprovedBefore) && ${CLAIM_WINDOW_JURISDICTIONS}]) > 0`

/**
 * Approved claims whose approval lapses soon: `review.reviewDue` from `$today` on, and no later than
 * the horizon of a jurisdiction the claim is published in (`$windows`: `[{jurisdiction, horizon,
 * lapsedIfApprovedBefore, endsByHorizonIfApprovedBefore}]`, each that jurisdiction's today plus its
 * preset's dueSoonDays: jurisdictionWindows), or `$horizon` for a claim no article links yet; or whose
 * jurisdiction's claim review period ends by its horizon (approved before
 * `endsByHorizonIfApprovedBefore`). Dates (`YYYY-MM-DD`, inclusive) are params rather than `now()`
 * so the window follows the same calendar-day rule as claim approval (`reviewDue >= today`) and can be
 * evaluated against a fixed clock in tests.
 */
export const claimsExpiringFilter = defineQuery(
  `_type == "claim" && review.status == "approved" && review.reviewDue >= $today && !(${PAST_POLICY}) && (
    count($windows[(^.review.reviewDue <= horizon || dateTime(^.review.approvedAt) < dateTime(endsByHorizonIfApprovedBefore)) && ${CLAIM_WINDOW_JURISDICTIONS}]) > 0
    || (review.reviewDue <= $horizon && count(*[_type == "article" && references(^._id)]) == 0)
  )`,
)

/**
 * Approved claims whose approval has lapsed: `review.reviewDue` before `$today`, or approved longer
 * ago than the claim review period of a country its articles go to (`$windows`, as above).
 * review.status still says approved, so without this list no list shows them. With the same `$today`
 * and `$windows` as `claimsExpiringFilter`, no claim is in both.
 */
export const claimsLapsedFilter = defineQuery(`_type == "claim" && review.status == "approved" && (review.reviewDue < $today || ${PAST_POLICY})`)

/**
 * The related-article picker of an article (`$self`, its published id): every article but itself, in
 * either of its versions. related-article-broken warns of an article listing itself; this keeps it
 * from being picked in the first place.
 */
export const pickableRelatedArticleFilter = defineQuery(`_type == "article" && !(_id in [$self, "drafts." + $self])`)

/**
 * The disclaimers a writer may place in an article for the clinics `$clinicIds`: for each of their
 * jurisdictions, the one in force today, picked as currentDisclaimer (src/checks) picks it: the
 * latest effectiveDate on or before today, a same-day tie going to the larger id; and the one that
 * takes effect next, picked as nextDisclaimer picks it (the earliest later effectiveDate, the same
 * tie), so a writer can add it beside the one in force before that day (disclaimer-due-soon). With
 * no clinic chosen yet, each jurisdiction's. Superseded versions, and those after the next, are the
 * gate's `disclaimer-missing`.
 * "Today" is each jurisdiction's own (`$todayEG`, `$todaySA`, `$todayAE`: disclaimerPickerDays), as
 * the gate judges it (todayFor, on the preset's calendar): one UTC day would keep offering the old
 * version for the 2–4 hours between local and UTC midnight on the day a new one takes effect, when
 * the gate already rejects it. The jurisdictions are spelled out because the filter must stay one
 * static string for TypeGen; test/studio/disclaimerPicker.test.ts fails when a preset is missing.
 */
export const pickableDisclaimerFilter = defineQuery(
  `_type == "disclaimer" && (count($clinicIds) == 0 || jurisdiction in *[_type == "clinic" && _id in $clinicIds].jurisdiction) && ((effectiveDate <= select(jurisdiction == "EG" => $todayEG, jurisdiction == "SA" => $todaySA, jurisdiction == "AE" => $todayAE) && count(*[_type == "disclaimer" && jurisdiction == ^.jurisdiction && effectiveDate <= select(jurisdiction == "EG" => $todayEG, jurisdiction == "SA" => $todaySA, jurisdiction == "AE" => $todayAE) && (effectiveDate > ^.effectiveDate || (effectiveDate == ^.effectiveDate && _id > ^._id))]) == 0) || (effectiveDate > select(jurisdiction == "EG" => $todayEG, jurisdiction == "SA" => $todaySA, jurisdiction == "AE" => $todayAE) && count(*[_type == "disclaimer" && jurisdiction == ^.jurisdiction && effectiveDate > select(jurisdiction == "EG" => $todayEG, jurisdiction == "SA" => $todaySA, jurisdiction == "AE" => $todayAE) && (effectiveDate < ^.effectiveDate || (effectiveDate == ^.effectiveDate && _id > ^._id))]) == 0))`,
)

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
 * Id, type and title (or name) of every draft and release version, for the build report's list of
 * what is not published. Run in the `raw` perspective, the only one in which they keep their own ids
 * (and so match), and only with a token: the Content Lake shows them to no one else.
 */
export const unpublishedDocumentsQuery = defineQuery(`*[_id in path("drafts.**") || _id in path("versions.**")]{_id, _type, title, name}`)

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
 * missing from `referenced` is a broken reference) and, from each procedure among them, its risks,
 * contraindications and alternatives, which the article's pages are made from without the article
 * referencing them (articleDependencies; the text rules read the first two, textsShown); every
 * disclaimer of its target clinics' jurisdictions (to find the one in force); and the reviewers of
 * the claims it links.
 */
export const articleGateContextQuery = defineQuery(`{
  "referenced": *[_id in $ids
    || _id in *[_type == "procedure" && _id in $ids].risks[].risk._ref
    || _id in *[_type == "procedure" && _id in $ids].contraindications[].contraindication._ref
    || _id in *[_type == "procedure" && _id in $ids].alternatives[]._ref],
  "disclaimers": *[_type == "disclaimer" && jurisdiction in *[_type == "clinic" && _id in $ids].jurisdiction],
  "claimReviewers": *[_type == "person" && _id in *[_type == "claim" && _id in $ids].review.reviewer._ref]
}`)

/**
 * What the gate needs to check one procedure's page: the documents it references (`$ids`: its
 * risks and contraindications, whose texts the page shows) and the clinics whose gates see its texts
 * (`$id`, the published id): those offering it, and those targeted by an article about it
 * (`procedures`) or embedding its safety section (`procedureSafety`), which shows them too
 * (src/render/lib/missingSafetyBlocks.ts). Their jurisdictions decide the rules.
 */
export const procedureGateContextQuery = defineQuery(`{
  "referenced": *[_id in $ids],
  "clinics": *[_type == "clinic" && (
    $id in proceduresOffered[]._ref
    || _id in *[_type == "article" && ($id in procedures[]._ref || $id in body[_type == "procedureSafety"].procedure._ref)].targetClinics[]._ref
  )]
}`)

/**
 * What the gate needs to check a risk or contraindication (`$id`, the published id) as it is shown:
 * the clinics offering a procedure that lists it, and those targeted by an article about such a
 * procedure (`procedures`) or embedding its safety section (`procedureSafety`). Its own texts come
 * from the form.
 */
export const riskOrContraindicationGateContextQuery = defineQuery(`{
  "referenced": [],
  "clinics": *[_type == "clinic" && (
    count(*[_type == "procedure" && _id in ^.proceduresOffered[]._ref && ($id in risks[].risk._ref || $id in contraindications[].contraindication._ref)]) > 0
    || _id in *[_type == "article" && count(*[_type == "procedure" && (_id in ^.procedures[]._ref || _id in ^.body[_type == "procedureSafety"].procedure._ref) && ($id in risks[].risk._ref || $id in contraindications[].contraindication._ref)]) > 0].targetClinics[]._ref
  )]
}`)

/**
 * What a clinic's or a disclaimer's edit does to the disclaimer articles must carry: the clinics of
 * the countries it touches (`$jurisdiction`, the edit's, and the published document's, `$id`) and
 * the clinic itself, those countries' disclaimers, and the articles targeting those clinics.
 */
export const disclaimerEditContextQuery = defineQuery(`{
  "clinics": *[_type == "clinic" && (jurisdiction in [$jurisdiction, *[_id == $id][0].jurisdiction] || _id == $id)],
  "disclaimers": *[_type == "disclaimer" && jurisdiction in [$jurisdiction, *[_id == $id][0].jurisdiction]],
  "articles": *[_type == "article" && count((targetClinics[]._ref)[@ in *[_type == "clinic" && (jurisdiction in [$jurisdiction, *[_id == $id][0].jurisdiction] || _id == $id)]._id]) > 0]
}`)

// The published articles that credit the person `$id` (author, medical reviewer) or link a claim they approved.
const PERSON_ARTICLES = `*[_type == "article" && (author._ref == $id || medicalReviewer._ref == $id || references(*[_type == "claim" && review.reviewer._ref == $id]._id))]`

/**
 * What a person's edit (their roles, their licences) does to the articles that credit them or link a
 * claim they approved: those articles, the clinics they target, the claims they link, and every person
 * those articles and claims name (the person's published self among them), so the rules that read a
 * person (reviewer-missing, claim-reviewer-role…) see each article as its gate does. Followed from the
 * articles down (`->`), not filtered per document, which groq-js would run once per document; a
 * document named twice comes twice, and the graph keeps one.
 */
export const personEditContextQuery = defineQuery(`{
  "articles": ${PERSON_ARTICLES},
  "clinics": (${PERSON_ARTICLES}.targetClinics[]->)[defined(_id)],
  "claims": (${PERSON_ARTICLES}.body[].markDefs[_type == "claimRef"].claim->)[defined(_id)],
  "people": (*[_id == $id] + ${PERSON_ARTICLES}.author-> + ${PERSON_ARTICLES}.medicalReviewer-> + ${PERSON_ARTICLES}.body[].markDefs[_type == "claimRef"].claim->review.reviewer->)[defined(_id)]
}`)

/** The person who reviewed a claim (`$reviewerId`), to check the medicalReviewer role. */
export const claimReviewerQuery = defineQuery(`*[_type == "person" && _id == $reviewerId][0]`)

// Claim review workflow (src/studio/actions/): who the current user is, and where a claim is published.

/** Person documents with the current user's email (`$email`, lowercased), to recognise their roles. */
export const peopleByEmailQuery = defineQuery(
  `*[_type == "person" && defined(email) && lower(email) == $email]{_id, name, email, roles}`,
)

/**
 * What the Studio's desk listens to for peopleByEmailQuery: Sanity's listener takes a filter alone,
 * and any person's change (a few dozen documents, each edited rarely) is cheap to fetch again on.
 */
export const personChangesQuery = defineQuery(`*[_type == "person"]`)

/** Jurisdictions of the clinics targeted by articles linking the claim `$claimId`: they set its review period. */
export const claimJurisdictionsQuery = defineQuery(
  `array::unique(*[_type == "clinic" && _id in *[_type == "article" && references($claimId)].targetClinics[]._ref].jurisdiction)`,
)

/**
 * Titles of the published articles linking the claim `$claimId` (their body marks it, as for
 * claimJurisdictionsQuery): those that stop publishing when its approval ends. An untitled one is named «مقال بلا عنوان» (untitledPreview.ts).
 */
export const claimArticleTitlesQuery = defineQuery(
  `*[_type == "article" && references($claimId)] | order(title asc, _id asc) {_id, title}`,
)

/**
 * The documents with these ids (`$ids`), for a running server told by a webhook what changed: it
 * patches its content with them instead of downloading every document again. A deleted id matches nothing.
 */
export const changedDocumentsQuery = defineQuery(`*[_id in $ids]`)
