// Studio adapter: the signed-in user as the workflow sees them (recogniseActor.ts), from Sanity's
// current user and the published person documents that share their email.
import {useEffect, useState} from 'react'
import {useClient, useCurrentUser} from 'sanity'
import {peopleByEmailQuery} from '../../queries.ts'
import {recogniseActor, type PersonRecord, type WorkflowActor} from '../../workflow/recogniseActor.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'

// Every workflow action on a pane asks; one fetch per email serves them all for a minute.
const CACHE_MS = 60_000
const cache = new Map<string, {at: number; people: Promise<PersonRecord[]>}>()

/**
 * The people could not be fetched, so who the user is to the workflow is unknown: not someone without
 * a role or person document, which would show them a false reason (actorUnknownDecision.ts).
 */
export interface ActorLookupFailed {
  failed: unknown
  /** The user as Sanity alone knows them (id, Sanity roles): enough for the edit anyone may record. */
  user: WorkflowActor
}

/** `undefined` while loading, `null` when nobody is signed in. */
export const useWorkflowActor = (): WorkflowActor | ActorLookupFailed | null | undefined => {
  const user = useCurrentUser()
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const email = user?.email?.trim().toLowerCase() ?? ''
  const [people, setPeople] = useState<{email: string; people: PersonRecord[]} | {email: string; failed: unknown}>()
  useEffect(() => {
    if (!email) return
    let live = true
    let entry = cache.get(email)
    if (!entry || Date.now() - entry.at > CACHE_MS) {
      const asked: {at: number; people: Promise<PersonRecord[]>} = {at: Date.now(), people: client.fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'})}
      // A failure is not kept: the next pane to open asks again.
      asked.people.catch(() => cache.get(email) === asked && cache.delete(email))
      cache.set(email, asked)
      entry = asked
    }
    entry.people.then(
      (found) => live && setPeople({email, people: found}),
      (error: unknown) => live && setPeople({email, failed: error}),
    )
    return () => {
      live = false
    }
  }, [client, email])
  if (!user) return null
  if (!email) return recogniseActor(user, [])
  if (people?.email !== email) return undefined
  return 'failed' in people ? {failed: people.failed, user: recogniseActor(user, [])} : recogniseActor(user, people.people)
}
