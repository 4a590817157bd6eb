// Studio adapter: the gate's findings for the article as shown (draft, else published), fetched
// through the same function the form's validation uses. The Publish action and the badge share one
// fetch per revision; a fetch that fails blocks as it does in the form (gate-unavailable) and is asked
// again while the pane stays open (retryWhileFailing.ts), not kept for the revision.
import {useEffect, useState} from 'react'
import {useClient, type SanityDocument} from 'sanity'
import {fetchArticleGateFindingsOrFail, gateUnavailableRetried, VALIDATION_API_VERSION, type GateContextClient} from '../validation/articleValidation.ts'
import type {StudioFinding} from '../validation/studioFinding.ts'
import {retryWhileFailing} from './retryWhileFailing.ts'

const RECENT = 20
// Per client, that is per workspace: two workspaces of one Studio (production and a staging copy made
// with `sanity dataset copy`, which keeps every _rev) can show the same revision against other
// clinics and disclaimers, and must not share its findings.
const runsByClient = new WeakMap<GateContextClient, Map<string, Promise<StudioFinding[]>>>()

/** The findings for the revision `key`, from its run while it is in flight or has answered; a run that failed is dropped, so the next ask fetches again. */
const gateRun = (client: GateContextClient, document: SanityDocument, key: string): Promise<StudioFinding[]> => {
  let runs = runsByClient.get(client)
  if (!runs) runsByClient.set(client, (runs = new Map()))
  const existing = runs.get(key)
  if (existing) return existing
  const run = fetchArticleGateFindingsOrFail(client, document, new Date())
  run.catch(() => runs.get(key) === run && runs.delete(key))
  runs.set(key, run)
  if (runs.size > RECENT) runs.delete(runs.keys().next().value!)
  return run
}

/** `undefined` while the findings load (or when there is no document). */
export const useArticleGateFindings = (document: SanityDocument | null): StudioFinding[] | undefined => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const key = document ? `${document._id}@${document._rev}` : ''
  const [result, setResult] = useState<{key: string; findings: StudioFinding[]}>()
  useEffect(() => {
    if (!document) return
    return retryWhileFailing(() => gateRun(client, document, key), {
      answered: (findings) => setResult({key, findings}),
      failed: (error) => setResult({key, findings: gateUnavailableRetried(error)}),
    })
    // The key names the revision; a new object for the same revision needs no new run.
  }, [client, key])
  return result?.key === key ? result.findings : undefined
}
