// The signed-in user as the workflow actions recognise them (recogniseActor.ts): a custom Sanity role,
// or a published person document with their email. The structure shows «ادعاءات بانتظار مراجعتي» to
// medical reviewers only, and lists there what this user (and their person document) may decide on.
import type {StructureResolverContext} from 'sanity/structure'
import {peopleByEmailQuery} from '../../queries.ts'
import {recogniseActor, type PersonRecord, type WorkflowActor} from '../../workflow/recogniseActor.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

/** The medical reviewer signed in, or `undefined` when the user is not one (or nobody is signed in). */
export const medicalReviewerActor = async ({currentUser, getClient}: Pick<StructureResolverContext, 'currentUser' | 'getClient'>): Promise<WorkflowActor | undefined> => {
  if (!currentUser) return undefined
  const email = currentUser.email?.trim().toLowerCase()
  // A person lookup that fails hides the list; the workflow actions still decide on every claim.
  const people = email
    ? await getClient({apiVersion: STRUCTURE_API_VERSION})
        .fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'})
        .catch((): PersonRecord[] => [])
    : []
  const actor = recogniseActor(currentUser, people)
  return actor.roles.includes('medicalReviewer') ? actor : undefined
}
