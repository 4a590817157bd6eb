// The signed-in user as the workflow actions recognise them (recogniseActor.ts): a custom Sanity role,
// or a published person document with their email. The structure shows «ادعاءات بانتظار مراجعتي» to
// medical reviewers, and lists there what this user (and their person document) may decide on.
import type {StructureResolverContext} from 'sanity/structure'
import {peopleByEmailQuery} from '../../queries.ts'
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

/** The medical reviewer signed in, or `undefined` when the user is not one (or nobody is signed in). */
export const medicalReviewerActor = async ({currentUser, getClient}: Pick<StructureResolverContext, 'currentUser' | 'getClient'>): Promise<ReviewerLookup> => {
  if (!currentUser) return undefined
  const email = currentUser.email?.trim().toLowerCase()
  let people: PersonRecord[] = []
  if (email) {
    try {
      people = await getClient({apiVersion: STRUCTURE_API_VERSION}).fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'})
    } catch (error) {
      return {failed: error}
    }
  }
  const actor = recogniseActor(currentUser, people)
  return actor.roles.includes('medicalReviewer') ? actor : undefined
}
