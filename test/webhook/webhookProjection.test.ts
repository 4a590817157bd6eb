// The webhook's projection is pasted by hand into sanity.io/manage from the README: the README must
// say exactly WEBHOOK_PROJECTION, and what Sanity makes of it (a delta-mode GROQ projection over the
// document after the change, with before() the document before it, evaluated here by groq-js) must be
// a body the receiver accepts, for a create, an edit that moves an article between clinics, a
// delete and a document that targets no clinic. The README's filter must name the types the build
// reads, or an edit of the others would never reach a site.
import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import {describe, expect, it} from 'vitest'
import {contentQuery} from '../../src/queries.ts'
import {WEBHOOK_PROJECTION, webhookPayload} from '../../src/webhook/webhookPayload.ts'

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const ref = (id: string) => ({_type: 'reference', _ref: id, _key: id})
const article = (clinics: string[]) => ({_id: 'article.meso', _type: 'article', title: 'الميزوثيرابي للشعر: نتائج واقعية', targetClinics: clinics.map(ref)})

/** The body Sanity sends for a change from `before` to `after` (null: created or deleted), projected over the document as it is after it, or was. */
const bodyFor = async (before: object | null, after: object | null): Promise<unknown> => {
  const tree = parse(WEBHOOK_PROJECTION, {mode: 'delta'})
  return (await evaluate(tree, {root: after ?? before, before, after})).get()
}

describe('the webhook projection', () => {
  it('is the one the README says to paste', () => {
    expect(README).toContain(`- projection: \`${WEBHOOK_PROJECTION}\`;`)
  })

  it.each([
    ['an article moved from one clinic to another', article(['clinic.nour-cairo', 'clinic.lulu-dubai']), article(['clinic.lulu-dubai', 'clinic.rawda-riyadh']), {targetClinics: ['clinic.lulu-dubai', 'clinic.rawda-riyadh'], previousTargetClinics: ['clinic.nour-cairo', 'clinic.lulu-dubai']}],
    ['a created article', null, article(['clinic.nour-cairo']), {targetClinics: ['clinic.nour-cairo'], previousTargetClinics: null}],
  ])('gives the receiver the clinics before and after: %s', async (_name, before, after, clinics) => {
    const body = webhookPayload.parse(await bodyFor(before, after))
    expect(body).toEqual({_id: 'article.meso', _type: 'article', ...clinics})
  })

  // Of a deleted document Sanity projects what it was; the clinics it left are those it had.
  it('gives the receiver the clinics a deleted article was in', async () => {
    const body = webhookPayload.parse(await bodyFor(article(['clinic.rawda-riyadh']), null))
    expect(body).toMatchObject({_id: 'article.meso', _type: 'article', previousTargetClinics: ['clinic.rawda-riyadh']})
  })

  it('is accepted for a document that targets no clinic (a claim)', async () => {
    const claim = {_id: 'claim.meso-hair', _type: 'claim', statement: 'بعض الدراسات تشير لتحسّن في كثافة الشعر.'}
    expect(webhookPayload.parse(await bodyFor(claim, claim))).toMatchObject({_id: 'claim.meso-hair', _type: 'claim'})
  })
})

it("the README's webhook filter names exactly the document types the build reads", () => {
  const typesIn = (text: string) => [...text.matchAll(/"(\w+)"/g)].map(([, type]) => type).sort()
  const filter = README.match(/filter\s+`(_type in \[[^\]]+\])`/)?.[1]
  expect(filter, 'the README names the webhook filter').toBeDefined()
  expect(typesIn(filter!)).toEqual(typesIn(contentQuery.match(/\[[^\]]+\]/)![0]))
})
