// The review dates a clinic's page and API show are the days the gate honours: an article's next
// review and a claim's review due recorded as 9999-12-31 show the policy's limit for that clinic
// (articleReviewDue, approvalLastDay), never a date on which the article will already be down.
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDataset, copyBundledDataset, tempDir} from '../support/bundledDataset.ts'

const SLUG = 'mesotherapy-hair-skin-realistic-results'
let dataset: string
let outDir: string
beforeAll(async () => {
  // Reviewed 2026-10-01, claim approved 2026-09-21: the recorded dates say the year 9999.
  dataset = await copyBundledDataset((documents) =>
    documents.map((document) =>
      document._id === 'article.meso-realistic'
        ? {...document, nextReviewDue: '9999-12-31'}
        : document._id === 'claim.meso-gradual-results'
          ? {...document, review: {...(document.review as object), reviewDue: '9999-12-31'}}
          : document,
    ),
  )
  outDir = await tempDir('sanad-review-due-')
  await buildDataset(dataset, outDir)
})
afterAll(() => Promise.all([dataset, outDir].map((dir) => rm(dir, {recursive: true, force: true}))))

describe.each([
  // Riyadh: six months after the review; Cairo and Dubai: twelve. A claim approval holds twelve months everywhere.
  ['rawda-riyadh', '2027-04-01', '2027-09-21'],
  ['lulu-dubai', '2027-10-01', '2027-09-21'],
  ['nour-cairo', '2027-10-01', '2027-09-21'],
])('%s', (clinic, articleDue, claimDue) => {
  it(`shows the next review as ${articleDue} on the page, in the index, the article document and its licence`, async () => {
    const html = await readFile(join(outDir, clinic, 'articles', SLUG, 'index.html'), 'utf8')
    expect(html.match(/المراجعة القادمة للمقال: <time datetime="([^"]*)">/)?.[1]).toBe(articleDue)
    const index = JSON.parse(await readFile(join(outDir, clinic, 'api/v1/index.json'), 'utf8'))
    expect(index.articles.find((article: {slug: string}) => article.slug === SLUG).nextReviewDue).toBe(articleDue)
    const {article} = JSON.parse(await readFile(join(outDir, clinic, `api/v1/articles/${SLUG}.json`), 'utf8'))
    expect([article.nextReviewDue, article.attribution.nextReviewDue, article.attribution.validUntil]).toEqual([articleDue, articleDue, articleDue])
  })

  it(`shows the claim's review due as ${claimDue}`, async () => {
    const {article} = JSON.parse(await readFile(join(outDir, clinic, `api/v1/articles/${SLUG}.json`), 'utf8'))
    expect(article.claims.find((claim: {id: string}) => claim.id === 'claim.meso-gradual-results').review.reviewDue).toBe(claimDue)
  })
})
