// Studio adapter: the countries of the clinics whose published articles link a claim, for what must
// follow the strictest of their claim review periods on the claim's own pane (its state badge and
// workflow actions).
// Undefined while loading or when the fetch failed: the pane then shows the recorded date alone.
import {useEffect, useState} from 'react'
import {getPublishedId, useClient, type SanityClient} from 'sanity'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimJurisdictionsQuery} from '../../queries.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'

// The badge and each of the claim's workflow actions ask at once when its pane opens: one request
// in flight per client and claim serves them all; it is dropped when it settles, so a later pane asks anew.
const inFlight = new WeakMap<SanityClient, Map<string, Promise<Jurisdiction[]>>>()
const fetchJurisdictions = (client: SanityClient, claimId: string): Promise<Jurisdiction[]> => {
  const pending = inFlight.get(client) ?? new Map<string, Promise<Jurisdiction[]>>()
  inFlight.set(client, pending)
  const existing = pending.get(claimId)
  if (existing) return existing
  const request = client.fetch<Jurisdiction[]>(claimJurisdictionsQuery, {claimId}, {perspective: 'published'}).finally(() => pending.delete(claimId))
  pending.set(claimId, request)
  return request
}

export const useClaimJurisdictions = (documentId: string): readonly Jurisdiction[] | undefined => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const [jurisdictions, setJurisdictions] = useState<readonly Jurisdiction[]>()
  useEffect(() => {
    let live = true
    fetchJurisdictions(client, getPublishedId(documentId)).then(
      (fetched) => live && setJurisdictions(fetched),
      () => live && setJurisdictions(undefined),
    )
    return () => {
      live = false
    }
  }, [client, documentId])
  return jurisdictions
}
