// The disclaimer picker of an article's disclaimer block offers what the gate accepts and what it
// will accept next: per target clinic's jurisdiction, the version in force today on that
// jurisdiction's calendar, chosen as currentDisclaimer chooses it, and the next one, as nextDisclaimer
// chooses it, so a writer can add it ahead of its day (disclaimer-due-soon).
import {evaluate, parse} from 'groq-js'
import {afterEach, describe, expect, test, vi} from 'vitest'
import {disclaimerBlock} from '../../schemas/objects/disclaimerBlock.ts'
import {currentDisclaimer, nextDisclaimer} from '../../src/checks/currentDisclaimer.ts'
import {JURISDICTIONS} from '../../src/content/vocabulary.ts'
import {presetsByJurisdiction, todayFor, type Jurisdiction} from '../../src/presets/index.ts'
import {pickableDisclaimerFilter} from '../../src/queries.ts'
import {disclaimerPickerDays, type DisclaimerPickerDays} from '../../src/studio/disclaimerPickerDays.ts'
import {readBundledDocuments, type RawDocument} from '../support/bundledDataset.ts'
import {clinic, disclaimer, graphOf} from '../support/gateFixtures.ts'

const TODAY = '2026-11-21'

/** The same day in every jurisdiction, for the tests that are not about time zones. */
const everywhere = (today: string): DisclaimerPickerDays =>
  Object.fromEntries(Object.keys(presetsByJurisdiction).map((jurisdiction) => [`today${jurisdiction}`, today])) as DisclaimerPickerDays

const offered = async (dataset: readonly RawDocument[], clinicIds: string[], today: string | DisclaimerPickerDays = TODAY): Promise<string[]> => {
  const params = {clinicIds, ...(typeof today === 'string' ? everywhere(today) : today)}
  const result = await evaluate(parse(`*[${pickableDisclaimerFilter}]._id`, {params}), {dataset, params})
  return ((await result.get()) as string[]).toSorted()
}

/** What the gate accepts for those clinics (every jurisdiction when none is chosen), and the version after it: on `today`, or at `now` on each one's calendar. */
const accepted = (dataset: readonly RawDocument[], clinicIds: string[], today: string | Date = TODAY): string[] => {
  const graph = graphOf(dataset.filter((document) => !document._id.startsWith('drafts.')))
  const clinics = clinicIds.length ? clinicIds.map((id) => graph.clinics.get(id)!) : [...graph.clinics.values()]
  const dayOf = (jurisdiction: Jurisdiction): string => (typeof today === 'string' ? today : todayFor(jurisdiction, today))
  const ids = new Set(clinics.flatMap((target) => [currentDisclaimer, nextDisclaimer].flatMap((pick) => pick(graph, target.jurisdiction, dayOf(target.jurisdiction))?._id ?? [])))
  return [...ids].toSorted()
}

describe('the disclaimer picker', () => {
  test.each([[[]], [['clinic.nour-cairo']], [['clinic.rawda-riyadh', 'clinic.lulu-dubai']], [['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']]])(
    'on the bundled dataset, for clinics %j, offers what the gate accepts and the version after it',
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
    disclaimer('disclaimer.eg-2028', 'EG', '2028.1', '2028-01-01'),
    disclaimer('disclaimer.ae-2026', 'AE', '2026.1', '2026-03-01'),
  ]
  test.each([
    {name: 'the version in force and the next; not a superseded one nor the one after the next; a same-day tie goes to the larger id', clinicIds: ['clinic.cairo'], today: TODAY, expected: ['disclaimer.eg-2026-b', 'disclaimer.eg-2027']},
    {name: 'on the day a new version takes effect, it and the next', clinicIds: ['clinic.cairo'], today: '2027-01-01', expected: ['disclaimer.eg-2027', 'disclaimer.eg-2028']},
    {name: 'the last version has no next', clinicIds: ['clinic.cairo'], today: '2028-01-01', expected: ['disclaimer.eg-2028']},
    {name: 'before any version takes effect, the first', clinicIds: ['clinic.dubai'], today: '2026-02-28', expected: ['disclaimer.ae-2026']},
    {name: 'for each jurisdiction of the chosen clinics', clinicIds: ['clinic.cairo', 'clinic.dubai'], today: TODAY, expected: ['disclaimer.ae-2026', 'disclaimer.eg-2026-b', 'disclaimer.eg-2027']},
  ])('$name', async ({clinicIds, today, expected}) => {
    expect(await offered(versions, clinicIds, today)).toEqual(expected)
    expect(accepted(versions, clinicIds, today)).toEqual(expected)
  })

  // 00:30 in Dubai on the day AE's and EG's new versions take effect: 23:30 the day before in Riyadh,
  // 22:30 in Cairo, 20:30 UTC. Dubai's gate already requires the new version; Cairo's does not yet.
  const NEW_YEAR_IN_DUBAI = new Date('2027-01-01T00:30:00+04:00')

  test("each jurisdiction's day is the gate's, on its own calendar", () => {
    expect(disclaimerPickerDays(NEW_YEAR_IN_DUBAI)).toEqual({todayEG: '2026-12-31', todaySA: '2026-12-31', todayAE: '2027-01-01'})
  })

  test('after local midnight and before UTC midnight, each clinic is offered the version its gate accepts', async () => {
    const newYear: RawDocument[] = [
      ...versions,
      disclaimer('disclaimer.ae-2027', 'AE', '2027.1', '2027-01-01'),
    ]
    const days = disclaimerPickerDays(NEW_YEAR_IN_DUBAI)
    const graph = graphOf(newYear)
    expect(currentDisclaimer(graph, 'AE', todayFor('AE', NEW_YEAR_IN_DUBAI))?._id).toBe('disclaimer.ae-2027')
    expect(currentDisclaimer(graph, 'EG', todayFor('EG', NEW_YEAR_IN_DUBAI))?._id).toBe('disclaimer.eg-2026-b')
    expect(await offered(newYear, ['clinic.dubai'], days)).toEqual(['disclaimer.ae-2027'])
    expect(await offered(newYear, ['clinic.cairo'], days)).toEqual(['disclaimer.eg-2026-b', 'disclaimer.eg-2027'])
    expect(await offered(newYear, ['clinic.cairo', 'clinic.dubai'], days)).toEqual(['disclaimer.ae-2027', 'disclaimer.eg-2026-b', 'disclaimer.eg-2027'])
    expect(await offered(newYear, ['clinic.cairo', 'clinic.dubai'], days)).toEqual(accepted(newYear, ['clinic.cairo', 'clinic.dubai'], NEW_YEAR_IN_DUBAI))
  })

  test('the filter has a day for every jurisdiction, in all four of its comparisons', () => {
    const jurisdictions = Object.keys(presetsByJurisdiction).toSorted()
    expect(JURISDICTIONS.map(({value}) => value).toSorted()).toEqual(jurisdictions)
    expect(Object.keys(disclaimerPickerDays(NEW_YEAR_IN_DUBAI)).toSorted()).toEqual(jurisdictions.map((jurisdiction) => `today${jurisdiction}`).toSorted())
    for (const jurisdiction of jurisdictions) {
      expect(pickableDisclaimerFilter.split(`jurisdiction == "${jurisdiction}" => $today${jurisdiction}`)).toHaveLength(5)
    }
    expect(new Set(pickableDisclaimerFilter.match(/\$today\w*/g))).toEqual(new Set(jurisdictions.map((jurisdiction) => `$today${jurisdiction}`)))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  test("the block's reference field asks with the article's target clinics and each jurisdiction's date", () => {
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(NEW_YEAR_IN_DUBAI)
    const field = disclaimerBlock.fields.find((candidate) => candidate.name === 'disclaimer') as unknown as {
      options: {filter: (context: {document: unknown}) => {filter: string; params: Record<string, unknown>}}
    }
    const asked = field.options.filter({document: {_id: 'drafts.article.x', targetClinics: [{_ref: 'clinic.cairo'}, {_ref: 'clinic.dubai'}, {}]}})
    expect(asked.filter).toBe(pickableDisclaimerFilter)
    expect(asked.params).toEqual({clinicIds: ['clinic.cairo', 'clinic.dubai'], todayEG: '2026-12-31', todaySA: '2026-12-31', todayAE: '2027-01-01'})
    expect(field.options.filter({document: {_id: 'drafts.article.y'}}).params.clinicIds).toEqual([])
  })
})
