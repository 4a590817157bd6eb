// readWorkflowClaim: the Studio's review buttons and badges read every claim the desk shows through
// it, including one just created and the null a pane holds while it switches documents; it must
// never throw (an exception took down the whole structure tool).
import {expect, it} from 'vitest'
import {readWorkflowClaim} from '../../src/workflow/workflowClaim.ts'

it.each([
  ['null, while a pane switches documents', null, {_id: ''}],
  ['a claim just created: no statement, no evidence, no review', {_id: 'drafts.claim.new', _type: 'claim'}, {_id: 'drafts.claim.new'}],
  ['a claim with words but no evidence yet', {_id: 'claim.x', statement: 'قد يُحسّن نضارة البشرة.'}, {_id: 'claim.x', statement: 'قد يُحسّن نضارة البشرة.'}],
  ['a claim with evidence', {_id: 'claim.x', evidence: {certainty: 'low'}}, {_id: 'claim.x', evidence: {certainty: 'low'}}],
  [
    'a review whose fields do not parse keeps what does',
    {_id: 'claim.x', review: {status: 'approved', reviewDue: 'soon', reviewer: {_ref: 'person.dr-hala'}}},
    {_id: 'claim.x', review: {status: 'approved', reviewer: {_ref: 'person.dr-hala'}, audit: []}},
  ],
  ['an id that is not a string', {_id: 42, statement: 'نص'}, {_id: '', statement: 'نص'}],
])('%s', (_, raw, expected) => {
  expect(readWorkflowClaim(raw)).toEqual(expected)
})
