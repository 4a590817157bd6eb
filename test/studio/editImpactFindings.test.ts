// The adapter behind the person, clinic and disclaimer forms' warnings: it fetches the edit's
// context, then what the articles the edit's rules would hold back reference, and runs the pure
// check on both. A fetch that fails is a warning on the form; a check that throws is a bug and is
// not passed off as a failed fetch.
import type {SanityDocument} from 'sanity'
import {describe, expect, test} from 'vitest'
import type {Finding} from '../../src/findings/finding.ts'
import {articleGateContextQuery} from '../../src/queries.ts'
import {editImpactFindings, type EditImpact} from '../../src/studio/validation/editImpactFindings.ts'

const DOCUMENT = {_id: 'drafts.person.dr-hala', _type: 'person', _rev: 'r', _createdAt: '', _updatedAt: ''} as SanityDocument
const FOUND: Finding = {ruleId: 'reviewer-missing', severity: 'warning', message: 'إن نُشر هذا التعديل…', documentId: 'person.dr-hala', path: '', url: ''}
const UNAVAILABLE = (cause: string) => [{ruleId: 'gate-unavailable', severity: 'warning', message: `تعذّر التحقق الآن من المقالات التي يمسّها هذا التعديل. حدث خطأ غير متوقَّع: أعد المحاولة، وإن تكرّر فأبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة. (التفاصيل التقنية: ${cause})`, documentId: DOCUMENT._id, path: '', url: ''}]

/** A client answering the context query with `{articles: []}` and articleGateContextQuery with `referenced`, or failing where told. */
const clientWith = (answers: {context?: Error; referenced?: Error}) => {
  const asked: string[] = []
  return {
    asked,
    fetch: async <R>(query: string, params: Record<string, unknown>): Promise<R> => {
      const isGate = query === articleGateContextQuery
      asked.push(isGate ? `gate ${JSON.stringify(params.ids)}` : `context ${params.id}`)
      const failure = isGate ? answers.referenced : answers.context
      if (failure) throw failure
      return (isGate ? {referenced: [{_id: 'clinic.nour-cairo'}], disclaimers: [], claimReviewers: []} : {articles: []}) as R
    },
  }
}

const impact = (ids: string[], findings: () => Finding[] = () => [FOUND]): EditImpact<{articles: unknown[]}, object> => ({impactOf: () => ({}), articleIds: () => ids, findingsOf: findings})

describe('editImpactFindings', () => {
  test.each([
    {name: 'both fetched: the check\'s findings', answers: {}, ids: ['clinic.nour-cairo'], expected: [FOUND], asked: ['context person.dr-hala', 'gate ["clinic.nour-cairo"]']},
    {name: 'no article held back: nothing more is fetched', answers: {}, ids: [], expected: [FOUND], asked: ['context person.dr-hala']},
    {name: 'the context cannot be fetched: a warning', answers: {context: new Error('شبكة')}, ids: ['clinic.nour-cairo'], expected: UNAVAILABLE('شبكة'), asked: ['context person.dr-hala']},
    {name: 'what the articles reference cannot be fetched: a warning', answers: {referenced: new Error('مهلة')}, ids: ['clinic.nour-cairo'], expected: UNAVAILABLE('مهلة'), asked: ['context person.dr-hala', 'gate ["clinic.nour-cairo"]']},
  ])('$name', async ({answers, ids, expected, asked}) => {
    const client = clientWith(answers)
    expect(await editImpactFindings(client, DOCUMENT, 'context', {}, impact(ids))).toEqual(expected)
    expect(client.asked).toEqual(asked)
  })

  test('a check that throws is not reported as a failed fetch', async () => {
    const broken = impact(['clinic.nour-cairo'], () => {
      throw new TypeError('bug')
    })
    await expect(editImpactFindings(clientWith({}), DOCUMENT, 'context', {}, broken)).rejects.toThrow('bug')
  })
})
