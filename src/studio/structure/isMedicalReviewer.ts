// Whether the signed-in user is a medical reviewer, recognised as the workflow actions recognise them
// (recogniseActor.ts): a custom Sanity role, or a published person document with their email and the
// medicalReviewer role. The structure shows «ادعاءات بانتظار مراجعتي» to them only.
import type {StructureResolverContext} from 'sanity/structure'
import {peopleByEmailQuery} from '../../queries.ts'
import {recogniseActor, type PersonRecord} from '../../workflow/recogniseActor.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

export const isMedicalReviewer = async ({currentUser, getClient}: Pick<StructureResolverContext, 'currentUser' | 'getClient'>): Promise<boolean> => {
  if (!currentUser) return false
  const email = currentUser.email?.trim().toLowerCase()
  // A person lookup that fails hides the list; the workflow actions still decide on every claim.
  const people = email
    ? await getClient({apiVersion: STRUCTURE_API_VERSION})
        .fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'})
        .catch((): PersonRecord[] => [])
    : []
  return recogniseActor(currentUser, people).roles.includes('medicalReviewer')
}
