// Studio adapter: the gate's findings for the article as shown (draft, else published), fetched
// through the same function the form's validation uses. The Publish action and the badge share one
// fetch per revision.
import {useEffect, useState} from 'react'
import {useClient, type SanityDocument} from 'sanity'
import {fetchArticleGateFindings, VALIDATION_API_VERSION} from '../validation/articleValidation.ts'
import type {StudioFinding} from '../validation/studioFinding.ts'

const RECENT = 20
const runs = new Map<string, Promise<StudioFinding[]>>()

/** `undefined` while the findings load (or when there is no document). */
export const useArticleGateFindings = (document: SanityDocument | null): StudioFinding[] | undefined => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  const key = document ? `${document._id}@${document._rev}` : ''
  const [result, setResult] = useState<{key: string; findings: StudioFinding[]}>()
  useEffect(() => {
    if (!document) return
    let live = true
    let run = runs.get(key)
    if (!run) {
      run = fetchArticleGateFindings(client, document, new Date())
      runs.set(key, run)
      if (runs.size > RECENT) runs.delete(runs.keys().next().value!)
    }
    run.then((findings) => live && setResult({key, findings}))
    return () => {
      live = false
    }
    // The key names the revision; a new object for the same revision needs no new run.
  }, [client, key])
  return result?.key === key ? result.findings : undefined
}
