// parseDraft: which findings of a half-filled draft the form leaves to the fields' own required rules
// (markedByField), and that every field stood in for is one the Studio requires, so none goes unmarked.
import {describe, expect, it} from 'vitest'
import {FIELD_TITLES} from '../../src/content/fieldTitles/fieldTitles.generated.ts'
import {parseDraft, STAND_INS} from '../../src/studio/validation/draftStandIns.ts'

const marked = (raw: Record<string, unknown>) => {
  const draft = parseDraft(raw)
  return 'findings' in draft ? draft.findings.map((finding) => `${finding.path} ${finding.markedByField ? 'marked by its field' : 'marked by the gate'}`) : []
}

/** A claim draft whose one citation has the title `title`. */
const claimWithCitationTitle = (title: string): Record<string, unknown> => ({
  _id: 'drafts.claim.c1',
  _type: 'claim',
  procedure: {_type: 'reference', _ref: 'procedure.mesotherapy-skin'},
  statement: 'قد تحسّن الميزوثيرابي مظهر البشرة لدى بعض المرضى.',
  evidence: {_type: 'evidence', citations: [{_key: 'c1', _type: 'citation', studyType: 'expertOpinion', title, year: 2011}]},
  review: {_type: 'review', audit: [], status: 'draft'},
})

const yearWritten = (claim: Record<string, unknown>, year: unknown): Record<string, unknown> => {
  const evidence = claim.evidence as {citations: Record<string, unknown>[]}
  return {...claim, evidence: {...evidence, citations: evidence.citations.map((citation) => ({...citation, year}))}}
}

const procedureWithSessions = (sessions: Record<string, number>): Record<string, unknown> => ({
  _id: 'drafts.procedure.p1',
  _type: 'procedure',
  name: 'الميزوثيرابي',
  slug: {current: 'meso'},
  category: 'skin',
  summary: 'حقن مواد في الجلد.',
  sessions,
})

describe('parseDraft', () => {
  it.each([
    ['a new clinic: every empty required field, stood in for or not', {_id: 'drafts.c1', _type: 'clinic'}, ['name marked by its field', 'slug marked by its field', 'jurisdiction marked by its field', 'locale marked by its field']],
    ['a new disclaimer', {_id: 'drafts.d1', _type: 'disclaimer', title: 'إخلاء المسؤولية — مصر'}, ['jurisdiction marked by its field', 'text marked by its field', 'version marked by its field', 'effectiveDate marked by its field']],
    ['a clinic with a wrong value in a required field: the gate marks it', {_id: 'drafts.c2', _type: 'clinic', name: 'عيادة نور', slug: {current: 'nour'}, jurisdiction: 'KW', locale: 'ar-EG', disclaimer: {_ref: 'disclaimer.eg-2026'}}, ['jurisdiction marked by the gate']],
    ['an article with an empty title', {_id: 'drafts.a1', _type: 'article', title: '', slug: {current: 'x'}}, ['title marked by its field']],
    ['an article whose slug its own rule rejects', {_id: 'drafts.a2', _type: 'article', title: 'الميزوثيرابي', slug: {current: 'ميزو ثيرابي'}}, ['slug.current marked by its field']],
    ['a clinic whose slug is not lowercase Latin', {_id: 'drafts.c3', _type: 'clinic', name: 'عيادة نور', slug: {current: 'نور'}, jurisdiction: 'EG', locale: 'ar-EG', disclaimer: {_ref: 'disclaimer.eg-2026'}}, ['slug.current marked by its field']],
    ['a claim whose citation title is spaces only: the title\u2019s own blank-text rule marks it, once', claimWithCitationTitle('   '), ['evidence.citations[_key=="c1"].title marked by its field']],
    ['the same, a no-break space and a zero-width joiner', claimWithCitationTitle('\u00a0\u200d'), ['evidence.citations[_key=="c1"].title marked by its field']],
    ['a citation title with words, its year not a number: the gate marks the year', yearWritten(claimWithCitationTitle('مراجعة منهجية'), 'ألفان وأحد عشر'), ['evidence.citations[_key=="c1"].year marked by the gate']],
    ['an article withdrawn before it is published: «موعد سحب النشر»\u2019s own rule marks it, once', {_id: 'drafts.a3', _type: 'article', title: 'الميزوثيرابي', slug: {current: 'x'}, publishAt: '2026-12-01T00:00:00Z', unpublishAt: '2026-11-01T00:00:00Z'}, ['unpublishAt marked by its field']],
    ['a procedure of 9 to 6 sessions: «أكبر عدد للجلسات»\u2019s own rule marks it, once', procedureWithSessions({countMin: 9, countMax: 6}), ['sessions.countMax marked by its field']],
    ['a procedure of 0 sessions: «أقل عدد للجلسات»\u2019s own rule marks it, once', procedureWithSessions({countMin: 0}), ['sessions.countMin marked by its field']],
    ['a procedure of 45 to 30 minutes: «أكبر مدة للجلسة»\u2019s own rule marks it, once', procedureWithSessions({durationMinutesMin: 45, durationMinutesMax: 30}), ['sessions.durationMinutesMax marked by its field']],
  ])('%s', (_, raw, expected) => {
    expect(marked(raw)).toEqual(expected)
  })

  // A stand-in is read for a wrong value only where the field's own rule is the boundary's: the slugs.
  // The slugs by their format, the texts by having something a reader would see (requiredTextValidation.ts);
  // procedure.category is a list of choices, which cannot hold anything else.
  it('every field with a stand-in but a category is checked by its own Studio rule beyond being filled', () => {
    const unchecked = Object.entries(STAND_INS).flatMap(([type, standIns]) => Object.keys(standIns ?? {}).filter((field) => !FIELD_TITLES[type]?.[field]?.ownRule).map((field) => `${type}.${field}`))
    expect(unchecked).toEqual(['procedure.category'])
  })

  it.each(Object.entries(STAND_INS))('%s: every field with a stand-in is required in the Studio', (type, standIns) => {
    for (const field of Object.keys(standIns ?? {})) expect(FIELD_TITLES[type]?.[field]?.required, `${type}.${field}`).toBe(true)
  })
})
