// Studio adapter: how a claim's approval is judged in its pane, from the countries of the clinics
// whose published articles link it: the claim review period that bounds it (the shortest of their
// periods) and the day it is judged on (the latest of their calendar days, `claimToday`). The state
// badge and the workflow actions then read the approval as the gate does for those clinics. While
// loading, or when no article links the claim, the pane goes by the recorded date alone, judged on
// every preset's latest day; while loading, and when the fetch failed, it says the period is not known
// yet, so approve and renew wait (policyUnknownDecision.ts) and the badge does not vouch for an
// approval until the fetch, or a retry, answers.
import {useEffect, useState} from 'react'
import {getPublishedId, useClient} from 'sanity'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimJurisdictionsQuery} from '../../queries.ts'
import {claimPolicyFor, type ClaimPolicy} from '../../workflow/reviewDue.ts'
import {VALIDATION_API_VERSION, type GateContextClient} from '../validation/articleValidation.ts'
import {retryWhileFailing} from './retryWhileFailing.ts'

// The badge and each of the claim's workflow actions ask at once when its pane opens: one request
// in flight per client and claim serves them all; it is dropped when it settles, so a later ask
// (an approval's period, the form's validation) reads the content as it is then.
const inFlight = new WeakMap<GateContextClient, Map<string, Promise<Jurisdiction[]>>>()

/** The countries of the clinics whose published articles link the claim `documentId` (a draft id is read as its published claim). */
export const fetchClaimJurisdictions = (client: GateContextClient, documentId: string): Promise<Jurisdiction[]> => {
  const claimId = getPublishedId(documentId)
  const pending = inFlight.get(client) ?? new Map<string, Promise<Jurisdiction[]>>()
  inFlight.set(client, pending)
  const existing = pending.get(claimId)
  if (existing) return existing
  const request = client.fetch<Jurisdiction[]>(claimJurisdictionsQuery, {claimId}, {perspective: 'published'}).finally(() => pending.delete(claimId))
  pending.set(claimId, request)
  return request
}

const UNKNOWN = claimPolicyFor([])

/** The countries are still being fetched: the claim is read by its recorded date alone meanwhile. */
export interface ClaimPolicyLoading extends ClaimPolicy {
  loading: true
}

const LOADING: ClaimPolicyLoading = {...UNKNOWN, loading: true}

/** The countries could not be fetched: the claim is read by its recorded date alone meanwhile, and `failed` says why. */
export interface ClaimPolicyFailed extends ClaimPolicy {
  failed: unknown
}

export type ClaimPolicyLookup = ClaimPolicy | ClaimPolicyLoading | ClaimPolicyFailed

export const useClaimPolicy = (documentId: string): ClaimPolicyLookup => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  // An answer names the claim it is for: a pane reused for another claim reads as loading until that
  // claim's answer comes, so the last claim's period never decides its approve or renew.
  const [policy, setPolicy] = useState<{documentId: string; lookup: ClaimPolicyLookup}>()
  // A failure is asked again while the pane stays open (retryWhileFailing.ts).
  useEffect(
    () =>
      retryWhileFailing(() => fetchClaimJurisdictions(client, documentId), {
        answered: (jurisdictions) => setPolicy({documentId, lookup: claimPolicyFor(jurisdictions)}),
        failed: (error) => setPolicy({documentId, lookup: {...UNKNOWN, failed: error}}),
      }),
    [client, documentId],
  )
  return policy?.documentId === documentId ? policy.lookup : LOADING
}
