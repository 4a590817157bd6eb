// Which clinics a changed document affects: an article its target clinics (before and after the
// change); a claim, person, procedure, risk, contraindication or disclaimer every clinic whose
// articles or procedure pages use it; drafts nothing.
import {describe, expect, it} from 'vitest'
import {buildContentGraph, type ContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {loadContent} from '../../src/content/loadContent.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {affectedClinics, changeFromPayload} from '../../src/webhook/index.ts'
import {claim, clinic, disclaimer, disclaimerBlock, person, ref, span, textBlock, claimRefMark} from '../support/gateFixtures.ts'
import {BUNDLED_DATASET} from '../support/bundledDataset.ts'

const procedure = (id: string, slug: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  _type: 'procedure',
  name: `إجراء ${slug}`,
  slug: {current: slug},
  category: 'skin',
  summary: 'ملخص الإجراء.',
  ...extra,
})

const article = (id: string, targets: string[], body: unknown[], extra: Record<string, unknown> = {}) => ({
  _id: id,
  _type: 'article',
  title: `مقال ${id}`,
  slug: {current: id.replace('article.', '')},
  body,
  targetClinics: targets.map((target, index) => ref(target, `t${index}`)),
  ...extra,
})

const graphOf = (documents: Record<string, unknown>[]): ContentGraph => {
  const parsed = parseDocuments(documents)
  expect(parsed.findings).toEqual([])
  return buildContentGraph(parsed.documents)
}

// cairo (EG) offers mesotherapy; riyadh (SA) offers PRP; dubai (AE) offers nothing.
// article.meso targets cairo+riyadh and cites claim.meso; article.prp targets dubai and embeds PRP safety.
const documents = [
  {...clinic('clinic.cairo', 'cairo', 'عيادة القاهرة', 'EG'), proceduresOffered: [ref('procedure.meso', 'p1')], disclaimer: ref('disclaimer.eg')},
  {...clinic('clinic.riyadh', 'riyadh', 'عيادة الرياض', 'SA'), proceduresOffered: [ref('procedure.prp', 'p1')]},
  clinic('clinic.dubai', 'dubai', 'عيادة دبي', 'AE'),
  disclaimer('disclaimer.eg', 'EG', '2026.1', '2026-01-01'),
  disclaimer('disclaimer.ae', 'AE', '2026.1', '2026-01-01'),
  person('person.dr-hala', 'د. هالة', ['medicalReviewer']),
  person('person.dr-omar', 'د. عمر', ['medicalReviewer']),
  person('person.unused', 'شخص بلا مقالات', ['writer']),
  claim('claim.meso', 'قد يفيد الميزوثيرابي بعض الحالات.'),
  {...claim('claim.prp', 'قد تفيد البلازما بعض الحالات.'), review: {status: 'approved', reviewer: ref('person.dr-omar'), reviewDue: '2027-06-30'}},
  claim('claim.unused', 'ادعاء لا يستخدمه أي مقال.'),
  procedure('procedure.meso', 'meso', {risks: [{_key: 'r1', risk: ref('risk.pain'), frequency: 'common', severity: 'mild'}]}),
  procedure('procedure.prp', 'prp', {contraindications: [{_key: 'c1', contraindication: ref('contraindication.pregnancy'), kind: 'absolute'}]}),
  {_id: 'risk.pain', _type: 'risk', name: 'ألم موضعي'},
  {_id: 'contraindication.pregnancy', _type: 'contraindication', name: 'الحمل'},
  article('article.meso', ['clinic.cairo', 'clinic.riyadh'], [
    textBlock('b1', [span('s1', 'قد يفيد بعض الحالات', ['m1'])], [claimRefMark('m1', 'claim.meso')]),
    disclaimerBlock('d1', 'disclaimer.eg'),
  ], {medicalReviewer: ref('person.dr-hala'), procedures: [ref('procedure.meso', 'p1')]}),
  article('article.prp', ['clinic.dubai'], [
    textBlock('b1', [span('s1', 'قد تفيد البلازما', ['m1'])], [claimRefMark('m1', 'claim.prp')]),
    {_type: 'procedureSafety', _key: 'ps1', procedure: ref('procedure.prp'), show: 'both'},
  ]),
]
const graph = graphOf(documents)

describe('affectedClinics', () => {
  it.each([
    ['article', 'article.meso', ['cairo', 'riyadh']],
    ['article', 'article.prp', ['dubai']],
    ['claim', 'claim.meso', ['cairo', 'riyadh']],
    ['claim', 'claim.prp', ['dubai']],
    ['claim', 'claim.unused', []],
    ['person', 'person.dr-hala', ['cairo', 'riyadh']],
    ['person', 'person.dr-omar', ['dubai']],
    ['person', 'person.unused', []],
    // meso: article.meso's clinics and cairo, which offers it; prp: riyadh offers it, dubai's article embeds it.
    ['procedure', 'procedure.meso', ['cairo', 'riyadh']],
    ['procedure', 'procedure.prp', ['dubai', 'riyadh']],
    ['risk', 'risk.pain', ['cairo', 'riyadh']],
    ['contraindication', 'contraindication.pregnancy', ['dubai', 'riyadh']],
    // Every clinic of its jurisdiction (a new one may now be in force) and of the articles citing it.
    ['disclaimer', 'disclaimer.eg', ['cairo', 'riyadh']],
    ['disclaimer', 'disclaimer.ae', ['dubai']],
    ['clinic', 'clinic.riyadh', ['riyadh']],
    ['sanity.imageAsset', 'image-abc-100x100-png', []],
  ])('%s %s → %j', (documentType, documentId, expected) => {
    expect(affectedClinics({documentId, documentType}, [graph])).toEqual(expected)
  })

  it("adds the clinics of the articles that link to a changed article (its title is on their pages), unless it already has every clinic", () => {
    const linked = graphOf(documents.map((document) => (document._id === 'article.meso' ? {...document, relatedArticles: [ref('article.prp', 'r1')]} : document)))
    expect(affectedClinics({documentId: 'article.prp', documentType: 'article'}, [linked])).toEqual(['cairo', 'dubai', 'riyadh'])
    const everywhere = graphOf(
      documents.map((document) => (document._id === 'article.prp' ? {...document, targetClinics: ['clinic.cairo', 'clinic.riyadh', 'clinic.dubai'].map((id, index) => ref(id, `t${index}`))} : document)),
    )
    expect(affectedClinics({documentId: 'article.prp', documentType: 'article'}, [everywhere])).toEqual(['cairo', 'dubai', 'riyadh'])
  })

  it('adds a clinic offering a procedure that names the changed one as an alternative (its procedure page shows it)', () => {
    // Dubai offers laser, which no article shows, and laser names mesotherapy as its alternative.
    const laser = procedure('procedure.laser', 'laser', {alternatives: [ref('procedure.meso', 'a1')]})
    const withLaser = graphOf([
      ...documents.map((document) => (document._id === 'clinic.dubai' ? {...document, proceduresOffered: [ref('procedure.laser', 'p1')]} : document)),
      laser,
    ])
    expect(affectedClinics({documentId: 'procedure.meso', documentType: 'procedure'}, [withLaser])).toEqual(['cairo', 'dubai', 'riyadh'])
  })

  it('ignores drafts and release versions', () => {
    expect(affectedClinics({documentId: 'drafts.article.meso', documentType: 'article'}, [graph])).toEqual([])
    expect(affectedClinics({documentId: 'versions.r1.claim.meso', documentType: 'claim'}, [graph])).toEqual([])
    // Not even the target clinics a draft's webhook projection reports.
    const draft = changeFromPayload({_id: 'drafts.article.meso', _type: 'article', targetClinics: ['clinic.dubai'], previousTargetClinics: ['clinic.cairo']})
    expect(affectedClinics(draft, [graph])).toEqual([])
  })

  it('rebuilds the clinic an article left, from the content before the change', () => {
    const after = graphOf(documents.map((document) => (document._id === 'article.meso' ? {...document, targetClinics: [ref('clinic.cairo', 't0')]} : document)))
    expect(affectedClinics({documentId: 'article.meso', documentType: 'article'}, [after])).toEqual(['cairo'])
    expect(affectedClinics({documentId: 'article.meso', documentType: 'article'}, [graph, after])).toEqual(['cairo', 'riyadh'])
  })

  it('finds the clinics of a deleted claim in the content before the deletion', () => {
    const after = graphOf(documents.filter((document) => document._id !== 'claim.meso'))
    expect(affectedClinics({documentId: 'claim.meso', documentType: 'claim'}, [graph, after])).toEqual(['cairo', 'riyadh'])
  })

  it.each([
    ['claim', 'claim.meso', ['cairo', 'riyadh']],
    ['person', 'person.dr-hala', ['cairo', 'riyadh']],
    ['procedure', 'procedure.meso', ['cairo', 'riyadh']],
    ['risk', 'risk.pain', ['cairo', 'riyadh']],
  ])('finds the clinics of a deleted %s %s from the content after the deletion alone (the Netlify webhook has only that)', (documentType, documentId, expected) => {
    const after = graphOf(documents.filter((document) => document._id !== documentId))
    expect(affectedClinics({documentId, documentType}, [after])).toEqual(expected)
  })

  it('uses the target clinics the webhook projection reports, before and after', () => {
    const change = changeFromPayload({_id: 'article.new', _type: 'article', targetClinics: ['clinic.dubai'], previousTargetClinics: ['clinic.cairo']})
    expect(affectedClinics(change, [graph])).toEqual(['cairo', 'dubai'])
  })

  it('on the bundled dataset, an article or claim of one clinic affects that clinic only', async () => {
    const source = await openLocalSource(BUNDLED_DATASET)
    const bundled = (await loadContent(source)).graph
    await source.close()
    expect(affectedClinics({documentId: 'article.prp-hair-intro', documentType: 'article'}, [bundled])).toEqual(['rawda-riyadh'])
    expect(affectedClinics({documentId: 'claim.microneedling-hair-count', documentType: 'claim'}, [bundled])).toEqual(['lulu-dubai'])
    expect(affectedClinics({documentId: 'claim.meso-hair-density', documentType: 'claim'}, [bundled])).toEqual(['lulu-dubai', 'nour-cairo', 'rawda-riyadh'])
  })
})
