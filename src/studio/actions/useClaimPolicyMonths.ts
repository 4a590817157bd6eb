// Studio adapter: the claim review period that bounds a claim's approval, from the countries of the
// clinics whose published articles link it (the shortest of their periods), for its pane: the state
// badge and the workflow actions read the approval as the gate does. Undefined while loading, when
// the fetch failed, or when no article links the claim: the pane then goes by the recorded date alone.
import {useEffect, useState} from 'react'
import {getPublishedId, useClient, type SanityClient} from 'sanity'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimJurisdictionsQuery} from '../../queries.ts'
import {policyMonthsFor} from '../../workflow/reviewDue.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'

// The badge and each of the claim's workflow actions ask at once when its pane opens: one request
// in flight per client and claim serves them all; it is dropped when it settles, so a later ask
// (an approval's period, the form's validation) reads the content as it is then.
const inFlight = new WeakMap<SanityClient, Map<string, Promise<Jurisdiction[]>>>()

/** The countries of the clinics whose published articles link the claim `documentId` (a draft id is read as its published claim). */
export const fetchClaimJurisdictions = (client: SanityClient, documentId: string): Promise<Jurisdiction[]> => {
  const claimId = getPublishedId(documentId)
  const pending = inFlight.get(client) ?? new Map<string, Promise<Jurisdiction[]>>()
  inFlight.set(client, pending)
  const existing = pending.get(claimId)
  if (existing) return existing
  const request = client.fetch<Jurisdiction[]>(claimJurisdictionsQuery, {claimId}, {perspective: 'published'}).finally(() => pending.delete(claimId))
  pending.set(claimId, request)
  return request
}

export const useClaimPolicyMonths = (documentId: string): number | undefined => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const [months, setMonths] = useState<number>()
  useEffect(() => {
    let live = true
    fetchClaimJurisdictions(client, documentId).then(
      (jurisdictions) => live && setMonths(policyMonthsFor(jurisdictions)),
      () => live && setMonths(undefined),
    )
    return () => {
      live = false
    }
  }, [client, documentId])
  return months
}
