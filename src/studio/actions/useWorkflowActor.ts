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

/** `undefined` while loading, `null` when nobody is signed in. */
export const useWorkflowActor = (): WorkflowActor | null | undefined => {
  const user = useCurrentUser()
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const email = user?.email?.trim().toLowerCase() ?? ''
  const [people, setPeople] = useState<{email: string; people: PersonRecord[]}>()
  useEffect(() => {
    if (!email) return
    let live = true
    let entry = cache.get(email)
    if (!entry || Date.now() - entry.at > CACHE_MS) {
      entry = {at: Date.now(), people: client.fetch<PersonRecord[]>(peopleByEmailQuery, {email}, {perspective: 'published'}).catch(() => [])}
      cache.set(email, entry)
    }
    entry.people.then((found) => live && setPeople({email, people: found}))
    return () => {
      live = false
    }
  }, [client, email])
  if (!user) return null
  if (!email) return recogniseActor(user, [])
  return people?.email === email ? recogniseActor(user, people.people) : undefined
}
