// The related-article picker of an article offers every other article, and not the article itself in
// either version (its draft is what the form edits): the filter the schema gives Sanity's reference
// search, evaluated with groq-js over the bundled dataset and the params the schema passes.
import {evaluate, parse} from 'groq-js'
import {describe, expect, test} from 'vitest'
import {article} from '../../schemas/documents/article.ts'
import {readBundledDocuments, type RawDocument} from '../support/bundledDataset.ts'

type FilterOptions = (context: {document: {_id: string; _type: string}}) => {filter: string; params: Record<string, unknown>}

const pickerFilter = (): FilterOptions => {
  const field = (article.fields as Array<{name: string; of?: Array<{options?: {filter?: FilterOptions}}>}>).find((candidate) => candidate.name === 'relatedArticles')
  const filter = field?.of?.[0]?.options?.filter
  if (typeof filter !== 'function') throw new Error('relatedArticles has no filter function')
  return filter
}

const offered = async (dataset: readonly RawDocument[], editedId: string): Promise<string[]> => {
  const {filter, params} = pickerFilter()({document: {_id: editedId, _type: 'article'}})
  const result = await evaluate(parse(`*[${filter}]._id`, {params}), {dataset, params})
  return ((await result.get()) as string[]).toSorted()
}

describe('the related-article picker', () => {
  test.each(['article.meso-realistic', 'drafts.article.meso-realistic'])('editing %s offers every other article, in either version, and not itself', async (editedId) => {
    const own: RawDocument = {_id: 'drafts.article.meso-realistic', _type: 'article', title: 'نسخة قيد التحرير'}
    const dataset = [...(await readBundledDocuments()), own]
    const articles = dataset.filter((document) => document._type === 'article').map((document) => document._id)
    const others = articles.filter((id) => id !== 'article.meso-realistic' && id !== 'drafts.article.meso-realistic')
    expect(articles).toContain('article.meso-realistic')
    expect(others.length).toBeGreaterThan(1)
    expect(await offered(dataset, editedId)).toEqual(others.toSorted())
  })
})
