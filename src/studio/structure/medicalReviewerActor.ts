// The signed-in user as the workflow actions recognise them (recogniseActor.ts): a custom Sanity role,
// or a published person document with their email. The structure shows «ادعاءات بانتظار مراجعتي» to
// medical reviewers, and lists there what this user (and their person document) may decide on; it
// follows the lookup live (medicalReviewerActors), the marked list of a failed one asks once more.
import {catchError, concat, distinctUntilChanged, map, of, switchMap, timer, type Observable} from 'rxjs'
import type {StructureResolverContext} from 'sanity/structure'
import {peopleByEmailQuery, personChangesQuery} from '../../queries.ts'
import {recogniseActor, type PersonRecord, type WorkflowActor} from '../../workflow/recogniseActor.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

/**
 * The person lookup failed: whether the user reviews, and under which person document four eyes
 * reads them, is unknown; not a user who is no reviewer, whose list is left out (reviewerLookupFailed.ts).
 */
export interface ReviewerLookupFailed {
  failed: unknown
}

export type ReviewerLookup = WorkflowActor | ReviewerLookupFailed | undefined

type CurrentUser = NonNullable<StructureResolverContext['currentUser']>

const emailOf = (user: CurrentUser): string | undefined => user.email?.trim().toLowerCase() || undefined

const reviewerAmong = (user: CurrentUser, people: PersonRecord[]): WorkflowActor | undefined => {
  const actor = recogniseActor(user, people)
  return actor.roles.includes('medicalReviewer') ? actor : undefined
}

/** The medical reviewer signed in, or `undefined` when the user is not one (or nobody is signed in). */
export const medicalReviewerActor = async ({currentUser, getClient}: Pick<StructureResolverContext, 'currentUser' | 'getClient'>): Promise<ReviewerLookup> => {
  if (!currentUser) return undefined
  const email = emailOf(currentUser)
  let people: PersonRecord[] = []
  if (email) {
    try {
      people = await getClient({apiVersion: STRUCTURE_API_VERSION}).fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'})
    } catch (error) {
      return {failed: error}
    }
  }
  return reviewerAmong(currentUser, people)
}

/** After a failed lookup, the desk asks again this much later (opening the marked list asks at once). */
export const REVIEWER_LOOKUP_RETRY_MS = 30_000

/** One value per desk the lookup gives: the same reviewer under the same person document is the same list. */
const deskKey = (lookup: ReviewerLookup): string => (lookup === undefined ? '' : 'failed' in lookup ? 'failed' : `${lookup.userId} ${lookup.personId ?? ''}`)

/**
 * medicalReviewerActor followed live: a new value when publishing a person document with the user's
 * email changes whether they review, or under which person document (an administrator gives them the
 * medicalReviewer role, say), so the desk gains or loses their list without a reload. A failed lookup
 * gives `{failed}` and is asked again every REVIEWER_LOOKUP_RETRY_MS.
 */
export const medicalReviewerActors = ({currentUser, documentStore}: Pick<StructureResolverContext, 'currentUser' | 'documentStore'>): Observable<ReviewerLookup> => {
  if (!currentUser) return of(undefined)
  const email = emailOf(currentUser)
  if (!email) return of(reviewerAmong(currentUser, []))
  const lookups = (): Observable<ReviewerLookup> =>
    documentStore
      .listenQuery({fetch: peopleByEmailQuery, listen: personChangesQuery}, {email}, {perspective: 'published', apiVersion: STRUCTURE_API_VERSION, tag: 'sanad.reviewer-lookup'})
      .pipe(
        map((people: PersonRecord[] | null): ReviewerLookup => reviewerAmong(currentUser, people ?? [])),
        catchError((error: unknown) => concat(of<ReviewerLookup>({failed: error}), timer(REVIEWER_LOOKUP_RETRY_MS).pipe(switchMap(lookups)))),
      )
  return lookups().pipe(distinctUntilChanged((previous, next) => deskKey(previous) === deskKey(next)))
}
