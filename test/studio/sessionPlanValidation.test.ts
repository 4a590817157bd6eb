// The Studio's fields of a procedure's usual course («أقل عدد للجلسات»، «أكبر مدة للجلسة»…) refuse what
// the zod boundary refuses, in its words: one rule (sessionPlanProblem), so an import or API write
// meets the form's own check.
import {describe, expect, it} from 'vitest'
import type {NumberRule} from 'sanity'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {SESSION_PLAN_FIELDS, type SessionPlanField} from '../../src/content/sessionPlanProblem.ts'
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

describe('sessionPlan in the Studio', () => {
  it.each<[name: string, sessions: Record<string, number>, refused: SessionPlanField | undefined]>([
    ['9 to 6 sessions', {countMin: 9, countMax: 6}, 'countMax'],
    ['0 to 6 sessions', {countMin: 0, countMax: 6}, 'countMin'],
    ['at most 0 sessions', {countMax: 0}, 'countMax'],
    ['3 to 6 sessions', {countMin: 3, countMax: 6}, undefined],
    ['one session', {countMin: 1, countMax: 1}, undefined],
    ['4 to 1 weeks apart', {intervalWeeksMin: 4, intervalWeeksMax: 1}, 'intervalWeeksMax'],
    ['-1 weeks apart', {intervalWeeksMin: -1}, 'intervalWeeksMin'],
    ['0 to 2 weeks apart', {intervalWeeksMin: 0, intervalWeeksMax: 2}, undefined],
    ['45 to 30 minutes', {durationMinutesMin: 45, durationMinutesMax: 30}, 'durationMinutesMax'],
    ['0 minutes', {durationMinutesMin: 0, durationMinutesMax: 30}, 'durationMinutesMin'],
    ['30 to 45 minutes, 3 to 6 sessions', {durationMinutesMin: 30, durationMinutesMax: 45, countMin: 3, countMax: 6}, undefined],
  ])('%s', (_, sessions, refused) => {
    const studio = Object.fromEntries(
      SESSION_PLAN_FIELDS.flatMap((field) => {
        const said = customOf(field)(sessions[field], {parent: sessions})
        return said === true ? [] : [[`sessions.${field}`, said]]
      }),
    )
    expect(Object.keys(studio)).toEqual(refused ? [`sessions.${refused}`] : [])
    // The boundary's finding carries the Studio's words (and its own path prefix).
    for (const [path, message] of Object.entries(studio)) expect(boundaryMessages(sessions)[path]).toContain(message)
  })
})
