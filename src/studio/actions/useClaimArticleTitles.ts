// Studio adapter: the titles of the published articles linking a claim, fetched while `wanted` (the
// approval-loss confirmation is open) so the confirmation can name what stops publishing.
import {useEffect, useState} from 'react'
import {getPublishedId, useClient} from 'sanity'
import {claimArticleTitlesQuery} from '../../queries.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'
import {previewTitle} from '../previews/untitledPreview.ts'
import type {LinkedArticles} from './approvalLossConfirmation.ts'

const LOADING: LinkedArticles = {status: 'loading'}

export const useClaimArticleTitles = (documentId: string, wanted: boolean): LinkedArticles => {
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  // An answer names the claim it is for: a pane reused for another claim reads as loading until that
  // claim's list comes, never naming the last claim's articles (the reset below lands a render late).
  const [linked, setLinked] = useState<{documentId: string; linked: LinkedArticles}>()
  useEffect(() => {
    if (!wanted) return
    let live = true
    // Published: the articles the next build publishes are the ones that stop.
    client.fetch(claimArticleTitlesQuery, {claimId: getPublishedId(documentId)}, {perspective: 'published'}).then(
      (articles) => live && setLinked({documentId, linked: {status: 'loaded', titles: articles.map((article) => previewTitle('article', article.title))}}),
      () => live && setLinked({documentId, linked: {status: 'failed'}}),
    )
    // Fetched afresh each time the confirmation opens, never showing the last opening's list.
    return () => {
      live = false
      setLinked(undefined)
    }
  }, [client, documentId, wanted])
  return linked?.documentId === documentId ? linked.linked : LOADING
}
