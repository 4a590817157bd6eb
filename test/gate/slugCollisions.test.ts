// slug-duplicate: two articles a clinic would publish at one address. The one that had the address
// first keeps it; the others are blocked for that clinic only, with the finding on their slug.
import {describe, expect, it} from 'vitest'
import type {Article} from '../../src/content/documents/article.ts'
import {runGate} from '../../src/gate/index.ts'
import {blockSlugCollisions, slugCollisionWatch} from '../../src/gate/slugCollisions.ts'
import {presetFor} from '../../src/presets/index.ts'
import {graphOf, NOW, ref, seed004Article, supportingDocuments, summarize} from '../support/gateFixtures.ts'

const copy = (id: string, createdAt: string, overrides: Record<string, unknown> = {}) =>
  seed004Article({_id: id, _createdAt: createdAt, title: `نسخة ${id}`, ...overrides})

type Raw = ReturnType<typeof seed004Article>

const gate = (articles: Raw[], clinicId = 'clinic.nour-cairo') => {
  const graph = graphOf([...supportingDocuments(), ...articles])
  const clinic = graph.clinics.get(clinicId)!
  const result = runGate({graph, clinic, now: NOW, preset: presetFor(clinic.jurisdiction)})
  return Object.fromEntries(result.articles.map((verdict) => [verdict.articleId, verdict.publishable ? 'published' : summarize(verdict.findings).join('; ')]))
}

describe('slug-duplicate', () => {
  it('ok: different slugs all publish', () => {
    expect(gate([copy('article.a', '2026-01-01T00:00:00Z'), copy('article.b', '2026-02-01T00:00:00Z', {slug: {current: 'meso-b'}})])).toEqual({
      'article.a': 'published',
      'article.b': 'published',
    })
  })

  it('not ok: the later article is blocked at its slug, the earlier keeps the address whatever the ids', () => {
    expect(gate([copy('article.a', '2026-03-01T00:00:00Z'), copy('article.b', '2026-02-01T00:00:00Z')])).toEqual({
      'article.a': 'slug-duplicate error slug',
      'article.b': 'published',
    })
  })

  it('not ok: with equal creation times the first id keeps the address', () => {
    expect(gate([copy('article.a', '2026-02-01T00:00:00Z'), copy('article.b', '2026-02-01T00:00:00Z'), copy('article.c', '2026-02-01T00:00:00Z')])).toEqual({
      'article.a': 'published',
      'article.b': 'slug-duplicate error slug',
      'article.c': 'slug-duplicate error slug',
    })
  })

  it('says in Arabic which article holds the address and what to change', () => {
    const graph = graphOf([...supportingDocuments(), copy('article.a', '2026-01-01T00:00:00Z'), copy('article.b', '2026-02-01T00:00:00Z')])
    const clinic = graph.clinics.get('clinic.nour-cairo')!
    const blocked = runGate({graph, clinic, now: NOW, preset: presetFor('EG')}).articles.find((verdict) => verdict.articleId === 'article.b')!
    const finding = blocked.findings.find((entry) => entry.ruleId === 'slug-duplicate')!
    expect(finding).toMatchObject({documentId: 'article.b', path: 'slug', url: 'docs/rules/slug-duplicate.md'})
    expect(finding.message).toContain('/articles/meso-realistic/')
    expect(finding.message).toContain('«نسخة article.a» (article.a)')
    expect(finding.message).toContain('غيّر «المعرّف في الرابط»')
  })

  it('ok: an article blocked by another rule does not take the address', () => {
    expect(gate([copy('article.a', '2026-01-01T00:00:00Z', {medicalReviewer: undefined}), copy('article.b', '2026-02-01T00:00:00Z')])).toEqual({
      'article.a': 'reviewer-missing error medicalReviewer',
      'article.b': 'published',
    })
  })

  // A case-insensitive file system (macOS, Windows) keeps articles/Meso-Realistic/ and
  // articles/meso-realistic/ as one folder: the later page written would replace the other.
  it.each([
    ['Meso-Realistic', 'slug-duplicate error slug'],
    ['MESO-REALISTIC', 'slug-duplicate error slug'],
    ['meso-realistic-2', 'published'],
  ])('an article whose slug is %s, beside one at meso-realistic: %s', (slug, verdict) => {
    expect(gate([copy('article.a', '2026-01-01T00:00:00Z'), copy('article.b', '2026-02-01T00:00:00Z', {slug: {current: slug}})])).toEqual({
      'article.a': 'published',
      'article.b': verdict,
    })
  })

  it('names both addresses when the slugs differ only in letter case', () => {
    const graph = graphOf([...supportingDocuments(), copy('article.a', '2026-01-01T00:00:00Z'), copy('article.b', '2026-02-01T00:00:00Z', {slug: {current: 'Meso-Realistic'}})])
    const clinic = graph.clinics.get('clinic.nour-cairo')!
    const blocked = runGate({graph, clinic, now: NOW, preset: presetFor('EG')}).articles.find((verdict) => verdict.articleId === 'article.b')!
    expect(blocked.findings.find((entry) => entry.ruleId === 'slug-duplicate')!.message).toBe(
      'الرابط /articles/Meso-Realistic/ لا يختلف عن الرابط /articles/meso-realistic/ إلا في حالة الأحرف، وتعدّهما أنظمة الملفات وكثير من الخوادم رابطًا واحدًا، وهو لمقال آخر منشور لهذه العيادة: «نسخة article.a» (article.a). لو نُشر المقالان لحلّ أحدهما محل الآخر على الرابط نفسه. غيّر «المعرّف في الرابط» (slug) لهذا المقال ثم أعد النشر.',
    )
  })

  it('ok: the same slug at two clinics that each publish one of them', () => {
    const a = copy('article.a', '2026-01-01T00:00:00Z', {targetClinics: [ref('clinic.nour-cairo', 't1')]})
    const b = copy('article.b', '2026-02-01T00:00:00Z', {targetClinics: [ref('clinic.rawda-riyadh', 't1')]})
    expect(gate([a, b], 'clinic.nour-cairo')).toEqual({'article.a': 'published'})
    expect(gate([a, b], 'clinic.rawda-riyadh')).toEqual({'article.b': 'published'})
  })
})

describe('slugCollisionWatch (a running process\'s gate)', () => {
  type Verdict = Parameters<typeof blockSlugCollisions>[0][number]
  const article = (id: string, createdAt: string) => ({_id: id, _createdAt: createdAt, title: `مقال ${id}`, slug: {current: id.slice('article.'.length)}}) as unknown as Article
  const verdict = (id: string, slug: string, publishable = true): Verdict => ({articleId: id, slug, title: `مقال ${id}`, publishable, findings: []})
  const articles = ['a', 'b', 'c', 'd', 'e'].map((id, index) => article(`article.${id}`, `2026-0${index + 1}-01T00:00:00Z`))

  it('answers as blockSlugCollisions does, list after list, updating only the positions that changed', () => {
    const watch = slugCollisionWatch()
    const a = verdict('article.a', 'meso')
    const b = verdict('article.b', 'prp')
    const c = verdict('article.c', 'laser')
    const d = verdict('article.d', 'peel')
    const lists: Verdict[][] = [
      [a, b, c, d],
      // c takes a's address: the later article is blocked.
      [a, b, verdict('article.c', 'meso'), d],
      // and gives it back.
      [a, b, c, d],
      // a blocked article does not hold its address.
      [a, verdict('article.b', 'laser', false), c, d],
      // d takes c's address in other letter case: the later article is blocked.
      [a, b, c, verdict('article.d', 'Laser')],
      // one article more: counted afresh.
      [a, b, c, d, verdict('article.e', 'prp')],
      [a, b, c, d, verdict('article.e', 'botox')],
    ]
    lists.forEach((list, index) => {
      const expected = blockSlugCollisions(list, articles)
      const answer = watch(list, articles)
      expect(answer).toEqual(expected)
      // The second list (c takes a's address), the fifth (d takes c's) and the sixth (e takes b's)
      // have a collision; any other is answered with the verdicts themselves, as blockSlugCollisions answers it.
      if (index === 1 || index === 4 || index === 5) expect(answer).not.toBe(list)
      else {
        expect(expected).toBe(list)
        expect(answer).toBe(list)
      }
    })
    expect(watch(lists[1]!, articles).map((entry) => entry.publishable)).toEqual([true, true, false, true])
    expect(watch(lists[4]!, articles).map((entry) => entry.publishable)).toEqual([true, true, true, false])
  })
})
