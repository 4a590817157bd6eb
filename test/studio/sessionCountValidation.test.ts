// The Studio's «أقل عدد للجلسات» and «أكبر عدد للجلسات» refuse what the zod boundary refuses, in its
// words: one rule (sessionCountProblem), so an import or API write meets the form's own check.
import {describe, expect, it} from 'vitest'
import type {NumberRule} from 'sanity'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {sessionPlan} from '../../schemas/objects/sessionPlan.ts'

type Custom = (value: unknown, context: {parent: unknown}) => unknown

/** The custom check a field's validation registers. */
const customOf = (name: string): Custom => {
  const field = (sessionPlan as unknown as {fields: {name: string; validation: (rule: NumberRule) => unknown}[]}).fields.find((candidate) => candidate.name === name)!
  let custom: Custom | undefined
  const rule = {integer: () => rule, custom: (run: Custom) => ((custom = run), rule)}
  field.validation(rule as unknown as NumberRule)
  return custom!
}

const boundaryMessages = (sessions: Record<string, number>): Record<string, string> => {
  const parsed = parseDocument({_id: 'procedure.p1', _type: 'procedure', name: 'الميزوثيرابي', slug: {_type: 'slug', current: 'meso'}, category: 'skin', summary: 'حقن مواد في الجلد.', sessions})
  return Object.fromEntries('findings' in parsed ? parsed.findings.map((finding) => [finding.path, finding.message]) : [])
}

describe('sessionPlan counts in the Studio', () => {
  it.each<[name: string, sessions: Record<string, number>, refused: 'countMin' | 'countMax' | undefined]>([
    ['9 to 6 sessions', {countMin: 9, countMax: 6}, 'countMax'],
    ['0 to 6 sessions', {countMin: 0, countMax: 6}, 'countMin'],
    ['at most 0 sessions', {countMax: 0}, 'countMax'],
    ['3 to 6 sessions', {countMin: 3, countMax: 6}, undefined],
    ['one session', {countMin: 1, countMax: 1}, undefined],
  ])('%s', (_, sessions, refused) => {
    const studio = Object.fromEntries(
      (['countMin', 'countMax'] as const).flatMap((field) => {
        const said = customOf(field)(sessions[field], {parent: sessions})
        return said === true ? [] : [[`sessions.${field}`, said]]
      }),
    )
    expect(Object.keys(studio)).toEqual(refused ? [`sessions.${refused}`] : [])
    // The boundary's finding carries the Studio's words (and its own path prefix).
    for (const [path, message] of Object.entries(studio)) expect(boundaryMessages(sessions)[path]).toContain(message)
  })
})
