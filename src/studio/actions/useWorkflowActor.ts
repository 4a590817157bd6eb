// Studio adapter: the signed-in user as the workflow sees them (recogniseActor.ts), from Sanity's
// current user and the published person documents that share their email.
import {useEffect, useState} from 'react'
import {useClient, useCurrentUser, type SanityClient} from 'sanity'
import {peopleByEmailQuery} from '../../queries.ts'
import {recogniseActor, type PersonRecord, type WorkflowActor} from '../../workflow/recogniseActor.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'
import {retryWhileFailing} from './retryWhileFailing.ts'

// Every workflow action on a pane asks; one fetch per email serves them all for a minute.
const CACHE_MS = 60_000
const cache = new Map<string, {at: number; people: Promise<PersonRecord[]>}>()

/** The published people with `email`, from the cache while it is fresh. A failure is not kept: the next ask fetches again. */
const peopleWithEmail = (client: SanityClient, email: string): Promise<PersonRecord[]> => {
  const entry = cache.get(email)
  if (entry && Date.now() - entry.at <= CACHE_MS) return entry.people
  const asked = {at: Date.now(), people: client.fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'})}
  asked.people.catch(() => cache.get(email) === asked && cache.delete(email))
  cache.set(email, asked)
  return asked.people
}

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
  // A failure is asked again while the pane stays open (retryWhileFailing.ts), and by the next pane.
  useEffect(() => {
    if (!email) return
    return retryWhileFailing(() => peopleWithEmail(client, email), {
      answered: (found) => setPeople({email, people: found}),
      failed: (error) => setPeople({email, failed: error}),
    })
  }, [client, email])
  if (!user) return null
  if (!email) return recogniseActor(user, [])
  if (people?.email !== email) return undefined
  return 'failed' in people ? {failed: people.failed, user: recogniseActor(user, [])} : recogniseActor(user, people.people)
}
