// The approval-loss confirmation names the articles claimArticleTitlesQuery finds: they must be the
// published articles whose body marks the claim, the ones the gate stops when its approval ends.
import {evaluate, parse} from 'groq-js'
import {describe, expect, test} from 'vitest'
import {articleClaimReferences} from '../../src/checks/articleReferences.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {claimArticleTitlesQuery} from '../../src/queries.ts'
import {readBundledDocuments} from '../support/bundledDataset.ts'

const documents = await readBundledDocuments()
// The Studio fetches in the published perspective: drafts are not what the next build publishes.
const published = documents.filter((document) => !document._id.startsWith('drafts.'))
const articles = parseDocuments(published).documents.flatMap((document) => (document._type === 'article' ? [document] : []))

const fetched = async (claimId: string) => {
  const params = {claimId}
  return (await (await evaluate(parse(claimArticleTitlesQuery, {params}), {dataset: published, params})).get()) as {_id: string; title: string}[]
}

describe('claimArticleTitlesQuery', () => {
  test.each(published.filter((document) => document._type === 'claim').map((document) => document._id))('%s: the published articles marking it', async (claimId) => {
    const marking = articles.filter((article) => articleClaimReferences(article).some((reference) => reference.claimId === claimId)).map((article) => article._id)
    expect((await fetched(claimId)).map((article) => article._id).toSorted()).toEqual(marking.toSorted())
  })

  test('names each by its Arabic title', async () => {
    expect(await fetched('claim.microneedling-hair-count')).toEqual([
      {_id: 'article.microneedling-basics', title: 'الوخز بالإبر الدقيقة لفروة الرأس: هل يضيف شيئًا إلى المينوكسيديل؟'},
    ])
  })
})
