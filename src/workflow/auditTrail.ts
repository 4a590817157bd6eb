// Reading a claim's audit trail: who wrote it, who introduced its current wording, which words it last
// recorded, what was last submitted. The four-eyes rule and the review report ask these; nothing here writes.
import type {ReviewEvent} from '../content/documents/claim.ts'

/** Someone who acted in the Studio: always a Sanity user, and a person document when one matched. */
export interface Actor {
  userId?: string
  personId?: string
}

export const actorOf = (event: ReviewEvent): Actor => ({userId: event.userId, ...(event.person ? {personId: event.person._ref} : {})})

/** The same human, by Sanity user id or by person document. */
export const sameActor = (a: Actor, b: Actor): boolean =>
  (a.userId !== undefined && a.userId === b.userId) || (a.personId !== undefined && a.personId === b.personId)

/** Events that change (or vouch for) the claim's content: a submission or a published edit. */
const isContentEvent = (event: ReviewEvent): boolean => event.action === 'submit' || event.action === 'edit'

/** Whoever first sent the claim for review: its writer. */
export const writerOf = (audit: readonly ReviewEvent[]): Actor | undefined => {
  const first = audit.find(isContentEvent)
  return first ? actorOf(first) : undefined
}

/**
 * Whoever brought the content with `hash` into the trail: the actor of the earliest submission or
 * edit in the run of content events that ends with `hash`. Resubmitting unchanged words does not make
 * someone their editor. `undefined` when the latest content event is not `hash` (edited since, by
 * someone the trail does not know).
 */
export const lastEditorOf = (audit: readonly ReviewEvent[], hash: string): Actor | undefined => {
  let editor: Actor | undefined
  let latestHash: string | undefined
  for (const event of audit.filter(isContentEvent)) {
    if (event.hash === undefined || event.hash !== latestHash) editor = actorOf(event)
    latestHash = event.hash
  }
  return latestHash === hash ? editor : undefined
}

/** The words the trail last recorded: the hash of its latest entry that carries one. */
export const lastRecordedHashOf = (audit: readonly ReviewEvent[]): string | undefined => audit.findLast((event) => event.hash !== undefined)?.hash

/** The most recent submission, whose hash is what the reviewer is asked to approve. */
export const lastSubmissionOf = (audit: readonly ReviewEvent[]): ReviewEvent | undefined =>
  audit.findLast((event) => event.action === 'submit')

const isApproval = (event: ReviewEvent): boolean => event.action === 'approve' || event.action === 'renew'

/**
 * Everyone who had a hand in the words approved as `hash` since the approval before: the actor of
 * each submission or edit made before those words were ever recorded (one made after, a resubmission
 * or an edit undone, left them as they were). For an approval the trail records last (the gate's
 * question), the events before it; else (a reviewer about to approve) those since the last approval,
 * or since the start.
 */
export const wordEditorsOf = (audit: readonly ReviewEvent[], hash: string): Actor[] => {
  const last = audit.findLastIndex(isApproval)
  const end = last >= 0 && audit[last]!.hash === hash ? last : audit.length
  const start = audit.slice(0, end).findLastIndex(isApproval) + 1
  const firstRecorded = audit.findIndex((event) => isContentEvent(event) && event.hash === hash)
  return audit
    .slice(start, end)
    .filter((event, offset) => isContentEvent(event) && (firstRecorded === -1 || start + offset <= firstRecorded))
    .map(actorOf)
}

/**
 * `writer`: sent it for review first; `lastEditor`: brought in the words being approved; `editor`:
 * changed them on the way since they were last approved, though someone else touched them last (a
 * reviewer who rewords a claim is its co-author, whatever trivial edit its writer makes after).
 */
export type FourEyesRole = 'writer' | 'lastEditor' | 'editor'

export interface FourEyesConflict {
  role: FourEyesRole
  actor: Actor
}

/** Why `approver` may not approve the content `hash`: they wrote the claim, last edited it, or changed its words since they were last approved. */
export const fourEyesConflict = (approver: Actor, audit: readonly ReviewEvent[], hash: string): FourEyesConflict | undefined => {
  const writer = writerOf(audit)
  if (writer && sameActor(approver, writer)) return {role: 'writer', actor: writer}
  const editor = lastEditorOf(audit, hash)
  if (editor && sameActor(approver, editor)) return {role: 'lastEditor', actor: editor}
  const coauthor = wordEditorsOf(audit, hash).find((actor) => sameActor(approver, actor))
  return coauthor ? {role: 'editor', actor: coauthor} : undefined
}

/**
 * The Sanity users each person document has acted as, read off the trails given: an entry that
 * records both a user id and a person says so. A report has no signed-in user to ask, so this is how
 * it knows that a submission recorded under a user id alone (before its writer had a person
 * document) was that person's, as the Studio knows it from the user who signs in.
 */
export const userIdsByPerson = (audits: Iterable<readonly ReviewEvent[]>): Map<string, string[]> => {
  const users = new Map<string, Set<string>>()
  for (const audit of audits) {
    for (const event of audit) {
      if (!event.person || !event.userId) continue
      const known = users.get(event.person._ref) ?? new Set<string>()
      known.add(event.userId)
      users.set(event.person._ref, known)
    }
  }
  return new Map([...users].map(([personId, userIds]) => [personId, [...userIds].sort()]))
}

/** fourEyesConflict for a person document and every Sanity user it is known to have acted as. */
export const personFourEyesConflict = (personId: string, userIds: readonly string[], audit: readonly ReviewEvent[], hash: string): FourEyesConflict | undefined => {
  for (const userId of userIds) {
    const conflict = fourEyesConflict({userId, personId}, audit, hash)
    if (conflict) return conflict
  }
  return fourEyesConflict({personId}, audit, hash)
}
