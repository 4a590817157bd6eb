// Studio adapter: the countries of the clinics whose published articles link a claim, for what must
// follow the strictest of their claim review periods on the claim's own pane (its state badge).
// Undefined while loading or when the fetch failed: the pane then shows the recorded date alone.
import {useEffect, useState} from 'react'
import {getPublishedId, useClient} from 'sanity'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimJurisdictionsQuery} from '../../queries.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'

export const useClaimJurisdictions = (documentId: string): readonly Jurisdiction[] | undefined => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const [jurisdictions, setJurisdictions] = useState<readonly Jurisdiction[]>()
  useEffect(() => {
    let live = true
    client.fetch<Jurisdiction[]>(claimJurisdictionsQuery, {claimId: getPublishedId(documentId)}, {perspective: 'published'}).then(
      (fetched) => live && setJurisdictions(fetched),
      () => live && setJurisdictions(undefined),
    )
    return () => {
      live = false
    }
  }, [client, documentId])
  return jurisdictions
}
