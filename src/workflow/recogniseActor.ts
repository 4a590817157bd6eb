// Who the current Studio user is to the workflow. Custom Sanity roles (Enterprise plans) name the
// workflow role directly; on plans without custom roles, a person document whose email matches the
// user's carries the roles. Both count. Pure: the Studio adapter passes the user and the people.
import type {WorkflowRole} from './claimWorkflow.ts'

/** Sanity role names that carry a workflow role. Built-in roles grant no medical review. */
export const SANITY_ROLE_TO_WORKFLOW_ROLE: Readonly<Record<string, WorkflowRole>> = {
  medicalReviewer: 'medicalReviewer',
  'medical-reviewer': 'medicalReviewer',
  medical_reviewer: 'medicalReviewer',
  writer: 'writer',
  contributor: 'writer',
  editor: 'editor',
  administrator: 'editor',
}

/** The parts of Sanity's CurrentUser this reads. */
export interface StudioUser {
  id: string
  name?: string
  email?: string
  roles: readonly {name: string}[]
}

/** The parts of a person document this reads (as fetched, unvalidated). */
export interface PersonRecord {
  _id: string
  name?: string
  email?: string
  roles?: readonly string[]
}

export interface WorkflowActor {
  userId: string
  /** The matching person document; approvals and rejections record it as review.reviewer. */
  personId?: string
  name: string
  roles: WorkflowRole[]
  /**
   * The names on two or more published person documents that share the user's email: none of them is
   * taken for the user (a Duplicate of a reviewer's document would let a writer approve under the
   * reviewer's name), and the workflow refuses until one is mended.
   */
  sharedEmailWith?: string[]
}

const normalizedEmail = (email: string | undefined): string | undefined => {
  const trimmed = email?.trim().toLowerCase()
  return trimmed ? trimmed : undefined
}

const WORKFLOW_ROLES: readonly WorkflowRole[] = ['writer', 'medicalReviewer', 'editor']

/** The published people whose email is the user's, case and surrounding spaces ignored, by id. */
const peopleWithEmail = (user: Pick<StudioUser, 'email'>, people: readonly PersonRecord[]): PersonRecord[] => {
  const email = normalizedEmail(user.email)
  if (!email) return []
  return people
    .filter((person) => normalizedEmail(person.email) === email && !person._id.startsWith('drafts.'))
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** The person a user is: the one published person document with the user's email; none when two or more have it. */
export const personForUser = (user: Pick<StudioUser, 'email'>, people: readonly PersonRecord[]): PersonRecord | undefined => {
  const matches = peopleWithEmail(user, people)
  return matches.length === 1 ? matches[0] : undefined
}

export const recogniseActor = (user: StudioUser, people: readonly PersonRecord[]): WorkflowActor => {
  const matches = peopleWithEmail(user, people)
  const person = matches.length === 1 ? matches[0] : undefined
  const fromSanity = user.roles.flatMap((role) => {
    const mapped = SANITY_ROLE_TO_WORKFLOW_ROLE[role.name]
    return mapped ? [mapped] : []
  })
  const fromPerson = (person?.roles ?? []).filter((role): role is WorkflowRole => (WORKFLOW_ROLES as readonly string[]).includes(role))
  const roles = WORKFLOW_ROLES.filter((role) => fromSanity.includes(role) || fromPerson.includes(role))
  return {
    userId: user.id,
    ...(person ? {personId: person._id} : {}),
    name: person?.name ?? user.name ?? user.id,
    roles,
    ...(matches.length > 1 ? {sharedEmailWith: matches.map((match) => match.name ?? match._id)} : {}),
  }
}
