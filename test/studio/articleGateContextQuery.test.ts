// The article form checks the article over what articleGateContextQuery fetches, so the query must
// fetch every document the article's pages are made from (articleDependencies), including what it
// shows only through a procedure: the procedure's risks, contraindications and alternatives.
import {evaluate, parse} from 'groq-js'
import {describe, expect, test} from 'vitest'
import {articleDependencies} from '../../src/content/articleDependencies.ts'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {articleGateContextQuery} from '../../src/queries.ts'
import {referencedIds} from '../../src/studio/validation/referencedIds.ts'
import {readBundledDocuments} from '../support/bundledDataset.ts'

const documents = await readBundledDocuments()
const published = documents.filter((document) => !document._id.startsWith('drafts.'))
const graph = buildContentGraph(parseDocuments(published).documents)

const fetchedIds = async (article: unknown): Promise<string[]> => {
  const params = {ids: referencedIds(article)}
  const context = (await (await evaluate(parse(articleGateContextQuery, {params}), {dataset: published, params})).get()) as Record<string, {_id: string}[]>
  return Object.values(context).flatMap((fetched) => fetched.map((document) => document._id))
}

describe('articleGateContextQuery', () => {
  test.each(documents.filter((document) => document._type === 'article').map((document) => document._id))(
    '%s: fetches every document its pages are made from',
    async (id) => {
      const raw = documents.find((document) => document._id === id)!
      const [article] = parseDocuments([raw]).documents
      if (article?._type !== 'article') throw new Error(`${id} does not parse as an article`)
      const fetched = await fetchedIds(raw)
      expect(articleDependencies(article, graph).map((document) => document._id).filter((needed) => !fetched.includes(needed))).toEqual([])
    },
  )

  // Spelled out, not derived: seed 004 shows the two mesotherapy procedures, whose lists hold every
  // injection risk and contraindication of the dataset; topical minoxidil's own are on no page of it.
  test('seed 004: the risks and contraindications of the procedures it shows, and no others', async () => {
    const fetched = await fetchedIds(documents.find((document) => document._id === 'article.meso-realistic'))
    expect(fetched.filter((fetchedId) => /^(risk|contraindication)\./.test(fetchedId)).toSorted()).toEqual(
      published
        .filter((document) => (document._type === 'risk' || document._type === 'contraindication') && !/minoxidil|scalp-irritation|initial-shedding|unwanted-hair/.test(document._id))
        .map((document) => document._id)
        .toSorted(),
    )
  })
})
