// A reload shares every unchanged document (and every unchanged collection) with the previous
// load, so a running server's build memory keeps working across reloads.
import {describe, expect, it} from 'vitest'
import {shareUnchangedContent, shareUnchangedDocuments} from '../../src/pipeline/shareUnchangedContent.ts'
import {copyBundledDataset, loadDataset, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

const loadAll = async (edit?: (documents: RawDocument[]) => RawDocument[]) => {
  const dataset = await copyBundledDataset(edit)
  cleanup(dataset)
  return loadDataset(dataset)
}
const load = async (edit?: (documents: RawDocument[]) => RawDocument[]) => (await loadAll(edit)).graph

describe('shareUnchangedDocuments', () => {
  it('keeps the previous objects and collections when nothing changed', async () => {
    const previous = await load()
    const shared = shareUnchangedDocuments(previous, await load())
    for (const collection of Object.keys(previous) as (keyof typeof previous)[]) expect(shared[collection]).toBe(previous[collection])
  })

  it('takes the new object only for the edited document, even when its _rev did not change', async () => {
    const previous = await load()
    const next = await load((documents) =>
      documents.map((document) => (document._id === 'article.meso-realistic' ? {...document, title: 'الميزوثيرابي: ما الذي يمكن توقعه فعلًا (مراجَع)'} : document)),
    )
    const shared = shareUnchangedDocuments(previous, next)
    expect(shared.articles.get('article.meso-realistic')).toBe(next.articles.get('article.meso-realistic'))
    expect(shared.articles.get('article.meso-realistic')!.title).toBe('الميزوثيرابي: ما الذي يمكن توقعه فعلًا (مراجَع)')
    expect(shared.articles.get('article.meso-realistic')!._rev).toBe(previous.articles.get('article.meso-realistic')!._rev)
    for (const [id, article] of shared.articles) if (id !== 'article.meso-realistic') expect(article).toBe(previous.articles.get(id))
    expect(shared.articles).not.toBe(previous.articles)
    expect(shared.claims).toBe(previous.claims)
  })

  it('drops a deleted document and gives its collection a new Map', async () => {
    const previous = await load()
    const shared = shareUnchangedDocuments(previous, await load((documents) => documents.filter((document) => document._id !== 'claim.meso-hair-density')))
    expect(shared.claims.has('claim.meso-hair-density')).toBe(false)
    expect(shared.claims).not.toBe(previous.claims)
    for (const [id, claim] of shared.claims) expect(claim).toBe(previous.claims.get(id))
  })

  it('keeps the findings list when the findings are the same, and takes the new one when they differ', async () => {
    const previous = await loadAll()
    expect(shareUnchangedContent(previous, await loadAll()).findings).toBe(previous.findings)
    const broken = await loadAll((documents) => documents.map((document) => (document._id === 'claim.meso-hair-density' ? {...document, statement: 42} : document)))
    const shared = shareUnchangedContent(previous, broken)
    expect(shared.findings).toBe(broken.findings)
    expect(shared.findings.map((finding) => finding.documentId)).toContain('claim.meso-hair-density')
    expect(shareUnchangedContent(undefined, broken)).toBe(broken)
  })
})
