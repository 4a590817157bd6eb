// The disclaimer picker of an article's disclaimer block offers what the gate accepts: per target
// clinic's jurisdiction, the version in force today, chosen as currentDisclaimer chooses it.
import {evaluate, parse} from 'groq-js'
import {describe, expect, test} from 'vitest'
import {disclaimerBlock} from '../../schemas/objects/disclaimerBlock.ts'
import {currentDisclaimer} from '../../src/checks/currentDisclaimer.ts'
import {currentDisclaimerFilter} from '../../src/queries.ts'
import {readBundledDocuments, type RawDocument} from '../support/bundledDataset.ts'
import {clinic, disclaimer, graphOf} from '../support/gateFixtures.ts'

const TODAY = '2026-11-21'

const offered = async (dataset: readonly RawDocument[], clinicIds: string[], today = TODAY): Promise<string[]> => {
  const params = {clinicIds, today}
  const result = await evaluate(parse(`*[${currentDisclaimerFilter}]._id`, {params}), {dataset, params})
  return ((await result.get()) as string[]).toSorted()
}

/** What the gate accepts for those clinics (every jurisdiction when none is chosen). */
const accepted = (dataset: readonly RawDocument[], clinicIds: string[], today = TODAY): string[] => {
  const graph = graphOf(dataset.filter((document) => !document._id.startsWith('drafts.')))
  const clinics = clinicIds.length ? clinicIds.map((id) => graph.clinics.get(id)!) : [...graph.clinics.values()]
  const ids = new Set(clinics.flatMap((target) => currentDisclaimer(graph, target.jurisdiction, today)?._id ?? []))
  return [...ids].toSorted()
}

describe('the disclaimer picker', () => {
  test.each([[[]], [['clinic.nour-cairo']], [['clinic.rawda-riyadh', 'clinic.lulu-dubai']], [['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']]])(
    'on the bundled dataset, for clinics %j, offers what the gate accepts',
    async (clinicIds) => {
      const dataset = (await readBundledDocuments()).filter((document) => !document._id.startsWith('drafts.'))
      expect(await offered(dataset, clinicIds)).toEqual(accepted(dataset, clinicIds))
      expect(await offered(dataset, clinicIds)).not.toEqual([])
    },
  )

  const versions: RawDocument[] = [
    clinic('clinic.cairo', 'cairo', 'عيادة', 'EG'),
    clinic('clinic.dubai', 'dubai', 'عيادة', 'AE'),
    disclaimer('disclaimer.eg-2025', 'EG', '2025.1', '2025-01-01'),
    disclaimer('disclaimer.eg-2026-a', 'EG', '2026.1', '2026-01-01'),
    disclaimer('disclaimer.eg-2026-b', 'EG', '2026.1b', '2026-01-01'),
    disclaimer('disclaimer.eg-2027', 'EG', '2027.1', '2027-01-01'),
    disclaimer('disclaimer.ae-2026', 'AE', '2026.1', '2026-03-01'),
  ]
  test.each([
    {name: 'superseded and future versions are not offered; a same-day tie goes to the larger id', clinicIds: ['clinic.cairo'], today: TODAY, expected: ['disclaimer.eg-2026-b']},
    {name: 'on the day a new version takes effect, only it', clinicIds: ['clinic.cairo'], today: '2027-01-01', expected: ['disclaimer.eg-2027']},
    {name: 'before any version takes effect, none', clinicIds: ['clinic.dubai'], today: '2026-02-28', expected: []},
    {name: 'one per jurisdiction of the chosen clinics', clinicIds: ['clinic.cairo', 'clinic.dubai'], today: TODAY, expected: ['disclaimer.ae-2026', 'disclaimer.eg-2026-b']},
  ])('$name', async ({clinicIds, today, expected}) => {
    expect(await offered(versions, clinicIds, today)).toEqual(expected)
    expect(accepted(versions, clinicIds, today)).toEqual(expected)
  })

  test("the block's reference field asks with the article's target clinics and today's date", () => {
    const field = disclaimerBlock.fields.find((candidate) => candidate.name === 'disclaimer') as unknown as {
      options: {filter: (context: {document: unknown}) => {filter: string; params: Record<string, unknown>}}
    }
    const asked = field.options.filter({document: {_id: 'drafts.article.x', targetClinics: [{_ref: 'clinic.cairo'}, {_ref: 'clinic.dubai'}, {}]}})
    expect(asked.filter).toBe(currentDisclaimerFilter)
    expect(asked.params.clinicIds).toEqual(['clinic.cairo', 'clinic.dubai'])
    expect(asked.params.today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(field.options.filter({document: {_id: 'drafts.article.y'}}).params.clinicIds).toEqual([])
  })
})
