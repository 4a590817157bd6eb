// The audit-trail questions behind four eyes: who wrote a claim, who introduced its current words.
import {describe, expect, test} from 'vitest'
import {fourEyesConflict, lastEditorOf, sameActor, writerOf} from '../../src/workflow/auditTrail.ts'
import {EDITED_HASH, event, HASH} from './workflowFixtures.ts'

const mona = {userId: 'pMona', personId: 'person.mona'}
const hala = {userId: 'pHala', personId: 'person.dr-hala'}
const maryam = {userId: 'pMaryam', personId: 'person.dr-maryam'}

describe('audit trail', () => {
  test.each([
    {name: 'same user id', a: {userId: 'pMona'}, b: {userId: 'pMona', personId: 'person.other'}, same: true},
    {name: 'same person, two logins', a: {userId: 'pMona', personId: 'person.mona'}, b: {userId: 'pMona2', personId: 'person.mona'}, same: true},
    {name: 'different people', a: mona, b: hala, same: false},
    {name: 'nothing known', a: {}, b: {}, same: false},
  ])('sameActor: $name → $same', ({a, b, same}) => {
    expect(sameActor(a, b)).toBe(same)
  })

  test.each([
    {name: 'no trail', audit: [], writer: undefined, editor: undefined},
    {name: 'submitted once', audit: [event('submit', 'draft', 'inReview', 'writer')], writer: mona, editor: mona},
    {
      name: 'reworded by a reviewer after rejection',
      audit: [event('submit', 'draft', 'inReview', 'writer'), event('reject', 'inReview', 'rejected', 'reviewer'), event('submit', 'rejected', 'inReview', 'writingReviewer', {hash: EDITED_HASH})],
      hash: EDITED_HASH,
      writer: mona,
      editor: maryam,
    },
    {
      name: 'resubmitted unchanged by a reviewer: the words are still the writer’s',
      audit: [event('submit', 'draft', 'inReview', 'writer'), event('approve', 'inReview', 'approved', 'reviewer'), event('submit', 'expired', 'inReview', 'reviewer')],
      writer: mona,
      editor: mona,
    },
    {
      name: 'edited after approval by an editor',
      audit: [event('submit', 'draft', 'inReview', 'writer'), event('approve', 'inReview', 'approved', 'reviewer'), event('edit', 'approved', 'draft', 'editor', {hash: EDITED_HASH})],
      hash: EDITED_HASH,
      writer: mona,
      editor: {userId: 'pSara', personId: 'person.sara'},
    },
    {name: 'words changed since the last entry: editor unknown', audit: [event('submit', 'draft', 'inReview', 'writer')], hash: EDITED_HASH, writer: mona, editor: undefined},
  ])('$name', ({audit, hash = HASH, writer, editor}) => {
    expect(writerOf(audit)).toEqual(writer)
    expect(lastEditorOf(audit, hash)).toEqual(editor)
  })

  test('fourEyesConflict names the writer before the last editor', () => {
    const audit = [event('submit', 'draft', 'inReview', 'writingReviewer'), event('submit', 'inReview', 'inReview', 'writingReviewer', {hash: EDITED_HASH})]
    expect(fourEyesConflict(maryam, audit, EDITED_HASH)).toEqual({role: 'writer', actor: maryam})
    expect(fourEyesConflict(hala, audit, EDITED_HASH)).toBeUndefined()
  })
})
