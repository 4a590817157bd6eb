// Studio adapter: how a claim's approval is judged in its pane, from the countries of the clinics
// whose published articles link it: the claim review period that bounds it (the shortest of their
// periods) and the day it is judged on (the latest of their calendar days, `claimToday`). The state
// badge and the workflow actions then read the approval as the gate does for those clinics. While
// loading, or when no article links the claim, the pane goes by the recorded date alone, judged on
// every preset's latest day; while loading, and when the fetch failed, it says the period is not known
// yet, so approve and renew wait (policyUnknownDecision.ts) and, on a failure, the badge does not vouch
// for an approval until a retry answers.
import {useEffect, useState} from 'react'
import {getPublishedId, useClient} from 'sanity'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimJurisdictionsQuery} from '../../queries.ts'
import {claimPolicyFor, type ClaimPolicy} from '../../workflow/reviewDue.ts'
import {VALIDATION_API_VERSION, type GateContextClient} from '../validation/articleValidation.ts'

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

// A failed lookup is asked again while the pane stays open, so a passing failure (a moment offline,
// a server hiccup) clears without reopening the claim: after 5 s, then twice as long each time, never
// more than a minute apart, so a lasting one (an ended session) costs one request a minute.
export const POLICY_RETRY_FIRST_MS = 5_000
export const POLICY_RETRY_LONGEST_MS = 60_000

/** How long to wait before asking again after the `failures`th failure in a row (1, 2, …). */
export const policyRetryDelay = (failures: number): number => Math.min(POLICY_RETRY_FIRST_MS * 2 ** (failures - 1), POLICY_RETRY_LONGEST_MS)

export type ClaimPolicyLookup = ClaimPolicy | ClaimPolicyLoading | ClaimPolicyFailed

export const useClaimPolicy = (documentId: string): ClaimPolicyLookup => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const [policy, setPolicy] = useState<ClaimPolicyLookup>(LOADING)
  useEffect(() => {
    let live = true
    let retry: ReturnType<typeof setTimeout> | undefined
    const ask = (failures: number) =>
      fetchClaimJurisdictions(client, documentId).then(
        (jurisdictions) => live && setPolicy(claimPolicyFor(jurisdictions)),
        (error: unknown) => {
          if (!live) return
          setPolicy({...UNKNOWN, failed: error})
          retry = setTimeout(() => ask(failures + 1), policyRetryDelay(failures + 1))
        },
      )
    ask(0)
    return () => {
      live = false
      clearTimeout(retry)
    }
  }, [client, documentId])
  return policy
}
