// patchLoadedContent: the content after a webhook's changes, from the changed documents alone. It
// must equal what loading everything again gives, and keep every untouched object and Map.
import {beforeAll, describe, expect, it} from 'vitest'
import {loadContent, type LoadedContent} from '../../src/content/loadContent.ts'
import {patchLoadedContent} from '../../src/pipeline/patchContent.ts'
import {shareUnchangedContent} from '../../src/pipeline/shareUnchangedContent.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, loadDataset, BUNDLED_DATASET, readBundledDocuments, type RawDocument} from '../support/bundledDataset.ts'
import {rm} from 'node:fs/promises'

let before: LoadedContent
let raw: RawDocument[]
beforeAll(async () => {
  before = await loadDataset(BUNDLED_DATASET)
  raw = await readBundledDocuments()
})

/** What a full reload of the edited export gives, shared with `before` as the server shares it. */
const reloaded = async (edit: (documents: RawDocument[]) => RawDocument[]): Promise<LoadedContent> => {
  const dataset = await copyBundledDataset(edit)
  try {
    const source = await openLocalSource(dataset)
    try {
      return shareUnchangedContent(before, await loadContent(source))
    } finally {
      await source.close()
    }
  } finally {
    await rm(dataset, {recursive: true, force: true})
  }
}

const byId = (id: string) => raw.find((document) => document._id === id)!

describe('patchLoadedContent', () => {
  it('replaces an edited article and keeps every other object and collection', async () => {
    const edited = {...byId('article.hair-home-routine'), title: 'روتين منزلي — محدَّث'}
    const patched = patchLoadedContent(before, [edited._id], [edited])
    expect(patched.graph.articles.get(edited._id)!.title).toBe('روتين منزلي — محدَّث')
    expect(patched.graph.articles.get('article.meso-realistic')).toBe(before.graph.articles.get('article.meso-realistic'))
    expect(patched.graph.claims).toBe(before.graph.claims)
    expect(patched.findings).toBe(before.findings)
    expect(patched.graph).toEqual((await reloaded((documents) => documents.map((document) => (document._id === edited._id ? edited : document)))).graph)
  })

  it('keeps the very object of a document that came back unchanged', () => {
    const same = byId('claim.minoxidil-first-line')
    const patched = patchLoadedContent(before, [same._id], [structuredClone(same)])
    expect(patched.graph.claims).toBe(before.graph.claims)
  })

  it('drops a document the Content Lake no longer has (deleted or unpublished)', async () => {
    const patched = patchLoadedContent(before, ['claim.minoxidil-first-line'], [])
    expect(patched.graph.claims.has('claim.minoxidil-first-line')).toBe(false)
    expect(patched.graph).toEqual((await reloaded((documents) => documents.filter((document) => document._id !== 'claim.minoxidil-first-line'))).graph)
  })

  it('leaves out a changed document that fails the schema, with its finding, as a full load does', async () => {
    const broken = {...byId('procedure.prp-hair'), name: 123}
    const patched = patchLoadedContent(before, [broken._id], [broken])
    const full = await reloaded((documents) => documents.map((document) => (document._id === broken._id ? broken : document)))
    expect(patched.graph.procedures.has('procedure.prp-hair')).toBe(false)
    expect(patched.graph).toEqual(full.graph)
    expect(patched.findings.map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual(full.findings.map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`))
    // Fixed again: the finding goes with the broken version.
    expect(patchLoadedContent(patched, [broken._id], [byId('procedure.prp-hair')]).findings).toEqual(before.findings)
  })
})
