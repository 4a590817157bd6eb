// Tests for the Sanity Studio side: the schema validates, the Studio builds offline, the project
// type-checks (TypeGen contract included), inputs get the right text direction, and the structure's
// GROQ filters select the right documents.
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join, resolve} from 'node:path'
import {promisify} from 'node:util'
import {ThemeProvider, studioTheme} from '@sanity/ui'
import {createClient} from '@sanity/client'
import {evaluate, parse} from 'groq-js'
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import {createElement, type ComponentType} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {
  createMockAuthStore,
  createSchema,
  createSourceFromConfig,
  type InputProps,
  type SchemaType,
  type SingleWorkspace,
} from 'sanity'
import {createStructureBuilder, type StructureResolverContext} from 'sanity/structure'
import {concat, defer, firstValueFrom, map, of, Subject, throwError, type Observable} from 'rxjs'
import {afterEach, describe, expect, it, vi} from 'vitest'
import sanityConfig from '../sanity.config.ts'
import {schemaTypes} from '../schemas/index.ts'
import {
  claimsAwaitingMyReviewFilter,
  claimsExpiringFilter,
  claimsInReviewFilter,
  claimsLapsedFilter,
  clinicArticlesFilter,
  draftDocumentsFilter,
  peopleByEmailQuery,
  personChangesQuery,
  rejectedClaimsFilter,
} from '../src/queries.ts'
import {DirectionalInput} from '../src/studio/inputs/DirectionalInput.tsx'
import {fieldNamesOf, inputDirection, isOptionListArray, schemaTypeNames, type InputDescription} from '../src/studio/inputs/inputDirection.ts'
import {structure} from '../src/studio/structure/index.ts'
import {REVIEWER_LOOKUP_RETRY_MS} from '../src/studio/structure/medicalReviewerActor.ts'
import {jurisdictionWindows, reviewDueWindow} from '../src/studio/structure/reviewDueWindow.ts'
import {expiringWindow} from '../src/studio/structure/claimsExpiringSoonItem.ts'

const NOW = new Date('2026-11-21T12:00:00Z')
const root = resolve(import.meta.dirname, '..')

// ---------------------------------------------------------------------------------------------
// CLI: schema validate, studio build, tsc. Run with the Node that runs the tests (Node 24), no stdin,
// telemetry off, so they behave the same on a developer machine and in CI.

const run = promisify(execFile)
const cliEnv = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  DO_NOT_TRACK: '1',
  SANITY_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
}
const runBin = (bin: string, args: string[], timeout: number) => {
  const child = run(process.execPath, [join(root, 'node_modules', '.bin', bin), ...args], {
    cwd: root,
    env: cliEnv,
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  })
  child.child.stdin?.end()
  return child
}

interface SchemaProblemGroup {
  path: unknown[]
  problems: {severity: 'error' | 'warning'; message: string}[]
}

describe('sanity schema validate', () => {
  it('reports no errors', {timeout: 180_000}, async () => {
    const {stdout} = await runBin('sanity', ['schema', 'validate', '--format', 'json'], 170_000)
    const groups = JSON.parse(stdout) as SchemaProblemGroup[]
    const errors = groups.flatMap((group) =>
      group.problems.filter((problem) => problem.severity === 'error').map((problem) => ({path: group.path, message: problem.message})),
    )
    expect(errors).toEqual([])
  })
})

describe('sanity build', () => {
  it('builds the Studio offline into a temporary directory', {timeout: 360_000}, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'sanad-studio-build-'))
    try {
      const studioDir = join(outDir, 'studio')
      await runBin('sanity', ['build', studioDir, '-y'], 350_000)
      expect(existsSync(join(studioDir, 'index.html'))).toBe(true)
      // autoUpdates: false bundles the Studio instead of import-mapping `sanity` from the CDN's
      // /v1/modules/ (which also needs the network at build time).
      expect(readFileSync(join(studioDir, 'index.html'), 'utf8')).not.toContain('/v1/modules/')
    } finally {
      rmSync(outDir, {recursive: true, force: true})
    }
  })
})

describe('tsc -p .', () => {
  // Covers every schema type, sanity.types.ts and the zod ⇄ TypeGen contract (src/content/typegenContract.ts).
  it('type-checks the whole project', {timeout: 180_000}, async () => {
    const result = await runBin('tsc', ['-p', '.'], 170_000).then(
      ({stdout}) => ({ok: true, stdout}),
      (error: {stdout?: string}) => ({ok: false, stdout: error.stdout ?? String(error)}),
    )
    expect(result).toEqual({ok: true, stdout: ''})
  })
})

// ---------------------------------------------------------------------------------------------
// Text direction of inputs.

describe('inputDirection', () => {
  const cases: {name: string; input: InputDescription; expected: ReturnType<typeof inputDirection>}[] = [
    {name: 'Arabic string', input: {kind: 'text', typeNames: ['string'], fieldNames: ['title']}, expected: 'rtl'},
    {name: 'Portable Text', input: {kind: 'portableText', typeNames: ['articleBody', 'array'], fieldNames: ['body']}, expected: 'rtl'},
    {name: 'url type', input: {kind: 'text', typeNames: ['url', 'string'], fieldNames: ['evidence', 'citations', 'url']}, expected: 'ltr'},
    {name: 'slug object', input: {kind: 'other', typeNames: ['slug', 'object'], fieldNames: ['slug']}, expected: 'ltr'},
    {name: 'date', input: {kind: 'text', typeNames: ['date', 'string'], fieldNames: ['lastReviewed']}, expected: 'ltr'},
    {name: 'email field', input: {kind: 'text', typeNames: ['string'], fieldNames: ['email']}, expected: 'ltr'},
    {name: 'nested email field', input: {kind: 'text', typeNames: ['string'], fieldNames: ['contact', 'email']}, expected: 'ltr'},
    {name: 'licence number', input: {kind: 'text', typeNames: ['string'], fieldNames: ['licence', 'number']}, expected: 'ltr'},
    {name: '`number` outside a licence', input: {kind: 'text', typeNames: ['string'], fieldNames: ['address', 'number']}, expected: 'rtl'},
    {name: 'DOI inside citations', input: {kind: 'text', typeNames: ['string'], fieldNames: ['evidence', 'citations', 'doi']}, expected: 'ltr'},
    {name: 'field named like a suffix part only', input: {kind: 'text', typeNames: ['string'], fieldNames: ['phone']}, expected: 'rtl'},
    {name: 'number input', input: {kind: 'other', typeNames: ['number'], fieldNames: ['sessions', 'countMin']}, expected: 'unchanged'},
    {name: 'reference', input: {kind: 'other', typeNames: ['reference'], fieldNames: ['author']}, expected: 'unchanged'},
    {name: 'checkbox list (person roles)', input: {kind: 'optionList', typeNames: ['array'], fieldNames: ['roles']}, expected: 'rtl'},
    {name: 'checkbox list of a Latin field', input: {kind: 'optionList', typeNames: ['array'], fieldNames: ['email']}, expected: 'ltr'},
    {name: 'array of references', input: {kind: 'other', typeNames: ['array'], fieldNames: ['procedures']}, expected: 'unchanged'},
  ]
  it.each(cases)('$name → $expected', ({input, expected}) => {
    expect(inputDirection(input)).toBe(expected)
  })

  it.each([
    {name: 'array of strings with a list (checkboxes)', schemaType: {jsonType: 'array', options: {list: [{title: 'كاتب', value: 'writer'}]}}, expected: true},
    {name: 'array with an empty list', schemaType: {jsonType: 'array', options: {list: []}}, expected: false},
    {name: 'array without a list', schemaType: {jsonType: 'array', options: {}}, expected: false},
    {name: 'array without options', schemaType: {jsonType: 'array'}, expected: false},
    {name: 'string with a list (radio or dropdown: already a text input)', schemaType: {jsonType: 'string', options: {list: ['a']}}, expected: false},
  ])('isOptionListArray: $name → $expected', ({schemaType, expected}) => {
    expect(isOptionListArray(schemaType)).toBe(expected)
  })

  it('reads type names along the `type` chain, most specific first', () => {
    expect(schemaTypeNames({name: 'href', type: {name: 'url', type: {name: 'string'}}})).toEqual(['href', 'url', 'string'])
  })

  it('keeps only field names of a path', () => {
    expect(fieldNamesOf(['evidence', 'citations', {_key: 'c1'}, 'pmid'])).toEqual(['evidence', 'citations', 'pmid'])
    expect(fieldNamesOf(['body', 3, 'children', [0, 2]])).toEqual(['body', 'children'])
  })
})

describe('DirectionalInput on the real Sanad schema', () => {
  const schema = createSchema({name: 'sanad', types: schemaTypes})

  /** The compiled schema type at `path` (field names, `{_key}` for array items) in a document type. */
  const typeAt = (documentType: string, path: (string | {_key: string})[]): SchemaType => {
    let current = schema.get(documentType)
    for (const segment of path) {
      if (!current) break
      if (typeof segment === 'string') {
        const fields = (current as {fields?: {name: string; type: SchemaType}[]}).fields ?? []
        current = fields.find((field) => field.name === segment)?.type
      } else {
        current = (current as {of?: SchemaType[]}).of?.[0]
      }
    }
    if (!current) throw new Error(`no schema type at ${documentType}.${JSON.stringify(path)}`)
    return current
  }

  /** The wrapper DirectionalInput puts around Sanity's default input: `rtl`, `ltr` or `none`. */
  const wrapperOf = (documentType: string, path: (string | {_key: string})[]): string => {
    const props = {
      schemaType: typeAt(documentType, path),
      path,
      renderDefault: () => createElement('input', {id: 'default-input'}),
    } as unknown as InputProps
    const html = renderToStaticMarkup(createElement(ThemeProvider, {theme: studioTheme}, createElement(DirectionalInput, props)))
    if (html === '<input id="default-input"/>') return 'none'
    const opening = /^<div [^>]*>/.exec(html)?.[0] ?? html
    if (/ dir="rtl"/.test(opening) && / lang="ar"/.test(opening)) return 'rtl'
    if (/ dir="ltr"/.test(opening) && !/ lang=/.test(opening)) return 'ltr'
    return `unexpected: ${html}`
  }

  const citation = ['evidence', 'citations', {_key: 'c1'}]
  const cases: [string, (string | {_key: string})[], string][] = [
    ['article', ['title'], 'rtl'],
    ['article', ['excerpt'], 'rtl'],
    ['article', ['body'], 'rtl'],
    ['article', ['heroImage', 'alt'], 'rtl'],
    ['article', ['language'], 'rtl'],
    ['article', ['slug'], 'ltr'],
    ['article', ['lastReviewed'], 'ltr'],
    ['article', ['targetClinics'], 'none'],
    ['claim', ['statement'], 'rtl'],
    ['claim', ['review', 'comment'], 'rtl'],
    ['claim', ['review', 'reviewedAt'], 'ltr'],
    ['claim', [...citation, 'title'], 'rtl'],
    ['claim', [...citation, 'pmid'], 'ltr'],
    ['claim', [...citation, 'doi'], 'ltr'],
    ['claim', [...citation, 'url'], 'ltr'],
    ['claim', [...citation, 'year'], 'none'],
    ['clinic', ['name'], 'rtl'],
    ['clinic', ['domain'], 'ltr'],
    ['clinic', ['netlifySiteId'], 'ltr'],
    ['clinic', ['branding', 'primaryColor'], 'ltr'],
    ['clinic', ['branding', 'accentColor'], 'ltr'],
    ['clinic', ['contact', 'phone'], 'ltr'],
    ['clinic', ['contact', 'whatsapp'], 'ltr'],
    ['clinic', ['contact', 'email'], 'ltr'],
    ['clinic', ['contact', 'address'], 'rtl'],
    ['clinic', ['contact', 'city'], 'rtl'],
    ['person', ['email'], 'ltr'],
    ['person', ['licence', 'number'], 'ltr'],
    ['person', ['licence', 'issuingBody'], 'rtl'],
    ['procedure', ['sessions', 'countMin'], 'none'],
    ['disclaimer', ['text'], 'rtl'],
    ['disclaimer', ['effectiveDate'], 'ltr'],
  ]
  it.each(cases)('%s %j → %s', (documentType, path, expected) => {
    expect(wrapperOf(documentType, path)).toBe(expected)
  })
})

// ---------------------------------------------------------------------------------------------
// Structure: review window and the GROQ filters its lists use.

describe('reviewDueWindow', () => {
  const cairo30 = {timeZone: 'Africa/Cairo', dueSoonDays: 30}
  const riyadh30 = {timeZone: 'Asia/Riyadh', dueSoonDays: 30}
  const dubai45 = {timeZone: 'Asia/Dubai', dueSoonDays: 45}
  it.each([
    ['one preset', '2026-11-21T12:00:00Z', [cairo30], {today: '2026-11-21', horizon: '2026-12-21'}],
    ['across a year end', '2026-12-15T12:00:00Z', [cairo30], {today: '2026-12-15', horizon: '2027-01-14'}],
    ['into a leap day', '2028-01-30T12:00:00Z', [cairo30], {today: '2028-01-30', horizon: '2028-02-29'}],
    ['the longest window wins', '2026-11-21T12:00:00Z', [cairo30, dubai45], {today: '2026-11-21', horizon: '2027-01-05'}],
    // 21:30Z is 23:30 in Cairo but already the 22nd in Dubai: today from Cairo, horizon from Dubai.
    ['each preset on its own calendar', '2026-11-21T21:30:00Z', [cairo30, dubai45], {today: '2026-11-21', horizon: '2027-01-06'}],
    ['the 22nd everywhere', '2026-11-21T22:30:00Z', [cairo30, riyadh30], {today: '2026-11-22', horizon: '2026-12-22'}],
  ] as const)('%s (%s)', (_name, now, presets, expected) => {
    expect(reviewDueWindow(new Date(now), presets)).toEqual(expected)
  })

  it("defaults to Sanad's jurisdiction presets", () => {
    expect(reviewDueWindow(NOW)).toEqual({today: '2026-11-21', horizon: '2027-01-05'})
  })

  it('needs at least one preset', () => {
    expect(() => reviewDueWindow(NOW, [])).toThrow(RangeError)
  })
})

describe('jurisdictionWindows', () => {
  it.each([
    // 12 months everywhere: an approval from before 2025-11-21 has ended by today; one from before 2025-12-22 ends by Cairo's horizon.
    [
      'noon UTC: the same day everywhere',
      '2026-11-21T12:00:00Z',
      [
        {jurisdiction: 'EG', horizon: '2026-12-21', lapsedIfApprovedBefore: '2025-11-21T00:00:00Z', endsByHorizonIfApprovedBefore: '2025-12-22T00:00:00Z'},
        {jurisdiction: 'SA', horizon: '2026-12-21', lapsedIfApprovedBefore: '2025-11-21T00:00:00Z', endsByHorizonIfApprovedBefore: '2025-12-22T00:00:00Z'},
        {jurisdiction: 'AE', horizon: '2027-01-05', lapsedIfApprovedBefore: '2025-11-21T00:00:00Z', endsByHorizonIfApprovedBefore: '2026-01-06T00:00:00Z'},
      ],
    ],
    // The lapse day is the Studio's claim day (the latest, Riyadh's and Dubai's 22nd) for all, as `$today`; each horizon is its own.
    [
      '21:30 UTC: the 22nd in Riyadh and Dubai, the 21st in Cairo',
      '2026-11-21T21:30:00Z',
      [
        {jurisdiction: 'EG', horizon: '2026-12-21', lapsedIfApprovedBefore: '2025-11-22T00:00:00Z', endsByHorizonIfApprovedBefore: '2025-12-22T00:00:00Z'},
        {jurisdiction: 'SA', horizon: '2026-12-22', lapsedIfApprovedBefore: '2025-11-22T00:00:00Z', endsByHorizonIfApprovedBefore: '2025-12-23T00:00:00Z'},
        {jurisdiction: 'AE', horizon: '2027-01-06', lapsedIfApprovedBefore: '2025-11-22T00:00:00Z', endsByHorizonIfApprovedBefore: '2026-01-07T00:00:00Z'},
      ],
    ],
  ] as const)('%s', (_name, now, expected) => {
    expect(jurisdictionWindows(new Date(now))).toEqual(expected)
  })
})

describe('structure filters', () => {
  const claim = (id: string, review?: Record<string, unknown>) => ({
    _id: id,
    _type: 'claim',
    statement: 'الميزوثيرابي قد يحسّن نضارة البشرة لدى بعض المرضى.',
    procedure: {_type: 'reference', _ref: 'procedure.mesotherapy'},
    ...(review ? {review} : {}),
  })
  const article = (id: string, clinics: string[], claims: string[] = []) => ({
    _id: id,
    _type: 'article',
    title: 'الميزوثيرابي: ما الذي نعرفه؟',
    targetClinics: clinics.map((ref, index) => ({_type: 'reference', _key: `c${index}`, _ref: ref})),
    body: [{_type: 'block', _key: 'b1', children: [], markDefs: claims.map((ref, index) => ({_type: 'claimRef', _key: `m${index}`, claim: {_type: 'reference', _ref: ref}}))}],
  })
  const dataset = [
    claim('claim.in-review', {status: 'inReview'}),
    claim('claim.in-review-by-mona', {status: 'inReview', audit: [{_key: 'a1', action: 'submit', from: 'draft', to: 'inReview', userId: 'pMona'}]}),
    claim('claim.rejected-after-mona', {status: 'rejected', audit: [{_key: 'a1', action: 'submit', from: 'draft', to: 'inReview', userId: 'pMona'}]}),
    claim('claim.in-review-due-soon', {status: 'inReview', reviewDue: '2026-11-30'}),
    claim('claim.approved-due-today', {status: 'approved', reviewDue: '2026-11-21'}),
    claim('claim.approved-due-horizon', {status: 'approved', reviewDue: '2026-12-21'}),
    claim('claim.approved-due-after-horizon', {status: 'approved', reviewDue: '2026-12-22'}),
    claim('claim.approved-expired-yesterday', {status: 'approved', reviewDue: '2026-11-20'}),
    claim('claim.approved-lapsed-last-year', {status: 'approved', reviewDue: '2025-12-01'}),
    claim('claim.draft-past-due', {status: 'draft', reviewDue: '2026-11-01'}),
    // 40 days ahead: inside the UAE's 45-day window (and so an unlinked claim's), outside the 30 days of Egypt and Saudi Arabia.
    claim('claim.in-40-days-dubai', {status: 'approved', reviewDue: '2026-12-31'}),
    claim('claim.in-40-days-cairo', {status: 'approved', reviewDue: '2026-12-31'}),
    claim('claim.in-40-days-cairo-and-riyadh', {status: 'approved', reviewDue: '2026-12-31'}),
    claim('claim.in-40-days-unlinked', {status: 'approved', reviewDue: '2026-12-31'}),
    claim('claim.in-46-days-dubai', {status: 'approved', reviewDue: '2027-01-06'}),
    // review.reviewDue set past the 12-month claim review period (claim-review-due-later-than-policy): the period decides.
    claim('claim.past-policy-cairo', {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2025-11-20T10:00:00.000Z'}),
    claim('claim.past-policy-unlinked', {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2025-11-20T10:00:00.000Z'}),
    // 2025-11-21 01:00 in Dubai is 2025-11-20 21:00 UTC: the approval day is the UTC one, as the gate reads it.
    claim('claim.past-policy-offset-dubai', {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2025-11-21T01:00:00+04:00'}),
    claim('claim.policy-ends-soon-cairo', {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2025-12-10T09:00:00.000Z'}),
    claim('claim.policy-ends-later-cairo', {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2025-12-22T09:00:00.000Z'}),
    {_id: 'clinic.nour-cairo', _type: 'clinic', jurisdiction: 'EG'},
    {_id: 'clinic.rawda-riyadh', _type: 'clinic', jurisdiction: 'SA'},
    {_id: 'clinic.lulu-dubai', _type: 'clinic', jurisdiction: 'AE'},
    claim('claim.rejected', {status: 'rejected', comment: 'الدليل غير كافٍ'}),
    claim('claim.draft', {status: 'draft'}),
    claim('claim.no-review'),
    {_id: 'article.in-review-lookalike', _type: 'article', review: {status: 'inReview', reviewDue: '2026-11-25'}},
    article('article.cairo-only', ['clinic.nour-cairo'], ['claim.in-40-days-cairo']),
    article('article.cairo-and-riyadh', ['clinic.rawda-riyadh', 'clinic.nour-cairo'], ['claim.in-40-days-cairo-and-riyadh']),
    article('article.dubai-only', ['clinic.lulu-dubai'], ['claim.in-40-days-dubai', 'claim.in-46-days-dubai']),
    article('article.cairo-policy', ['clinic.nour-cairo'], ['claim.past-policy-cairo', 'claim.policy-ends-soon-cairo', 'claim.policy-ends-later-cairo']),
    article('article.dubai-policy', ['clinic.lulu-dubai'], ['claim.past-policy-offset-dubai']),
    article('drafts.article.new', ['clinic.nour-cairo']),
    // As the Studio sees a draft through the `drafts` perspective: published id, original id kept.
    {...article('article.edited', ['clinic.lulu-dubai']), _originalId: 'drafts.article.edited'},
    {_id: 'versions.r1.article.release', _type: 'article'},
  ]

  const select = async (filter: string, params: Record<string, unknown> = {}): Promise<string[]> => {
    const result = await evaluate(parse(`*[${filter}]._id`, {params}), {dataset, params})
    return ((await result.get()) as string[]).toSorted()
  }

  it('claims in review: only claims with review.status inReview', async () => {
    expect(await select(claimsInReviewFilter)).toEqual(['claim.in-review', 'claim.in-review-by-mona', 'claim.in-review-due-soon'])
  })

  const WINDOW = {today: '2026-11-21', horizon: '2026-12-21', windows: jurisdictionWindows(NOW)}
  it('claims expiring: approved, review.reviewDue (or the claim review period of a jurisdiction it is published in) ending from $today to that jurisdiction\'s horizon, both inclusive', async () => {
    expect(await select(claimsExpiringFilter, WINDOW)).toEqual([
      'claim.approved-due-horizon',
      'claim.approved-due-today',
      'claim.in-40-days-dubai',
      // Approved 2025-12-10: 12 months end on 2026-12-10, inside Cairo's 30 days, though review.reviewDue says 2027-06-30.
      'claim.policy-ends-soon-cairo',
    ])
  })

  it('claims lapsed: approved, review.reviewDue before $today, or approved longer ago than the period of a jurisdiction it is published in', async () => {
    expect(await select(claimsLapsedFilter, WINDOW)).toEqual([
      'claim.approved-expired-yesterday',
      'claim.approved-lapsed-last-year',
      // Approved 2025-11-20 (UTC): 12 months ended on 2026-11-20, as claim-expired blocks it for Cairo and Dubai.
      'claim.past-policy-cairo',
      'claim.past-policy-offset-dubai',
    ])
  })

  it('an approved claim whose approval ends on or before a horizon, by its date or its period, is in exactly one of the two lists', async () => {
    const expiring = await select(claimsExpiringFilter, WINDOW)
    const lapsed = await select(claimsLapsedFilter, WINDOW)
    expect(expiring.filter((id) => lapsed.includes(id))).toEqual([])
    const byDate = await select(`_type == "claim" && review.status == "approved" && review.reviewDue <= "2026-12-21"`)
    const byPeriod = ['claim.past-policy-cairo', 'claim.past-policy-offset-dubai', 'claim.policy-ends-soon-cairo']
    expect([...byDate, ...byPeriod].toSorted()).toEqual([...expiring.filter((id) => id !== 'claim.in-40-days-dubai'), ...lapsed].toSorted())
  })

  it('a claim no article links has no clinic whose period applies: review.reviewDue alone, as the gate and the badge read it', async () => {
    expect(await select(claimsLapsedFilter, WINDOW)).not.toContain('claim.past-policy-unlinked')
    expect(await select(claimsExpiringFilter, WINDOW)).not.toContain('claim.past-policy-unlinked')
  })

  it("a claim no article links is listed by the longest window of any country (the UAE's 45 days): the first clinic to link it may be in any", async () => {
    const window = expiringWindow(NOW)
    expect(window).toMatchObject({today: '2026-11-21', horizon: '2027-01-05'})
    const expiring = await select(claimsExpiringFilter, window)
    expect(expiring).toContain('claim.in-40-days-unlinked')
    // Linked from Cairo only: Egypt's 30 days, whatever an unlinked claim gets.
    expect(expiring).not.toContain('claim.in-40-days-cairo')
    expect(expiring).not.toContain('claim.in-46-days-dubai')
  })

  it("at 20:30Z (the 22nd in Dubai) an approval due on the 21st is lapsed, as the claim's badge and the Dubai gate read it, and in one list only", async () => {
    const window = expiringWindow(new Date('2026-11-21T20:30:00Z'))
    expect(window.today).toBe('2026-11-22')
    expect(await select(claimsLapsedFilter, window)).toContain('claim.approved-due-today')
    expect(await select(claimsExpiringFilter, window)).not.toContain('claim.approved-due-today')
  })

  it('awaiting my review: in review and neither written nor last edited by me', async () => {
    expect(await select(claimsAwaitingMyReviewFilter, {userId: 'pHala', personId: ''})).toEqual(['claim.in-review', 'claim.in-review-by-mona', 'claim.in-review-due-soon'])
    expect(await select(claimsAwaitingMyReviewFilter, {userId: 'pMona', personId: ''})).toEqual(['claim.in-review', 'claim.in-review-due-soon'])
  })

  it('rejected claims', async () => {
    expect(await select(rejectedClaimsFilter)).toEqual(['claim.rejected', 'claim.rejected-after-mona'])
  })

  it.each([
    ['clinic.nour-cairo', ['article.cairo-and-riyadh', 'article.cairo-only', 'article.cairo-policy', 'drafts.article.new']],
    ['clinic.rawda-riyadh', ['article.cairo-and-riyadh']],
    ['clinic.lulu-dubai', ['article.dubai-only', 'article.dubai-policy', 'article.edited']],
    ['clinic.unknown', []],
  ])('articles of %s', async (clinicId, expected) => {
    expect(await select(clinicArticlesFilter, {clinicId})).toEqual(expected)
  })

  it('drafts: raw draft ids and perspective-rewritten drafts, not published or release versions', async () => {
    expect(await select(draftDocumentsFilter)).toEqual(['article.edited', 'drafts.article.new'])
  })
})

describe('structure', () => {
  afterEach(() => vi.useRealTimers())

  /** A serialized pane node, as far as these tests look at it. */
  interface PaneNode {
    id: string
    title?: string
    type: string
    schemaTypeName?: string
    options?: {filter?: string; params?: Record<string, unknown>; apiVersion?: string}
    items?: PaneNode[]
    child?: unknown
    icon?: unknown
  }
  type Resolvable = PaneNode | {serialize: () => PaneNode}
  const serialized = (node: Resolvable): PaneNode => ('serialize' in node ? node.serialize() : node)
  const childOf = async (item: PaneNode, childId: string): Promise<PaneNode> => {
    const child = item.child as Resolvable | ((id: string, options: object) => Resolvable | Promise<Resolvable>)
    return serialized(typeof child === 'function' ? await child(childId, {}) : child)
  }

  // The real sanity.config.ts resolved offline (mock auth, a client that is never called), then the
  // structure built and serialized as the Structure tool does. createSourceFromConfig,
  // createMockAuthStore and createStructureBuilder are Sanity's testing entry points (@internal).
  /** A signed-in user and the person documents the Studio finds for their email. */
  const signedIn = (user: {id: string; email?: string; roles: {name: string}[]}, people: unknown[] | Error = []): Partial<StructureResolverContext> =>
    signedInAnswering(user, people)
  /** What the desk's live person lookups were asked, and a way to publish a change of the user's person documents. */
  interface PersonListener {
    asked: {query: unknown; params: unknown; options: unknown}[]
    publish: (people: unknown[]) => void
  }
  /**
   * The same, the Studio giving `answers` to the person lookups one after another (the last one from
   * then on): the desk's live lookup (documentStore.listenQuery) first, each time it listens, then the
   * client's fetches when the marked list of a failed lookup is opened.
   */
  const signedInAnswering = (
    user: {id: string; email?: string; roles: {name: string}[]},
    ...answers: (unknown[] | Error)[]
  ): Partial<StructureResolverContext> & {listener: PersonListener} => {
    const nextAnswer = () => (answers.length > 1 ? answers.shift()! : answers[0]!)
    const published = new Subject<unknown[]>()
    const listener: PersonListener = {asked: [], publish: (people) => published.next(people)}
    return {
      listener,
      currentUser: {name: user.id, profileImage: undefined, role: '', ...user, email: user.email ?? ''} as unknown as StructureResolverContext['currentUser'],
      getClient: (() => ({
        fetch: async () => {
          const people = nextAnswer()
          return people instanceof Error ? Promise.reject(people) : people
        },
      })) as unknown as StructureResolverContext['getClient'],
      documentStore: {
        listenQuery: (query: unknown, params: unknown, options: unknown) =>
          defer(() => {
            listener.asked.push({query, params, options})
            const people = nextAnswer()
            return people instanceof Error ? throwError(() => people) : concat(of(people), published)
          }),
      } as unknown as StructureResolverContext['documentStore'],
    }
  }
  const HALA = {id: 'pHala', email: 'Hala@Clinic.example', roles: [{name: 'editor'}]}

  const structureBuilder = async () => {
    const client = createClient({projectId: 'sanad000', dataset: 'production', apiVersion: '2025-02-19', useCdn: false})
    const source = await createSourceFromConfig({
      ...(sanityConfig as SingleWorkspace),
      auth: createMockAuthStore({client, currentUser: null}),
    })
    return createStructureBuilder({source, perspectiveStack: ['drafts']})
  }
  /** Each desk the structure gives, serialized, as the Structure tool renders them one after another. */
  const desks = async (context: Partial<StructureResolverContext> = {}): Promise<Observable<PaneNode>> => {
    const S = await structureBuilder()
    return (structure(S, context as StructureResolverContext) as Observable<Resolvable>).pipe(map(serialized))
  }
  const rootPane = async (context: Partial<StructureResolverContext> = {}): Promise<PaneNode> => firstValueFrom(await desks(context))

  it('lists the work queues first, then every document type, all titled in Arabic', async () => {
    const root = await rootPane(signedIn({...HALA, roles: [{name: 'medicalReviewer'}]}))
    expect(root.title).toBe('المحتوى')
    expect(root.items?.map((item) => [item.id, item.title ?? null])).toEqual([
      ['claims-awaiting-my-review', 'ادعاءات بانتظار مراجعتي'],
      ['claims-in-review', 'ادعاءات بانتظار المراجعة'],
      ['claims-expiring-soon', 'ادعاءات ينتهي اعتمادها قريبًا'],
      ['claims-lapsed', 'ادعاءات انتهى اعتمادها'],
      ['claims-rejected', 'ادعاءات مرفوضة'],
      ['__divider__1', null],
      ['articles-by-clinic', 'المقالات حسب العيادة'],
      ['drafts', 'تعديلات غير منشورة'],
      ['__divider__2', null],
      ['article', 'مقال'],
      ['claim', 'ادعاء طبي'],
      ['procedure', 'إجراء'],
      ['risk', 'خطر / أثر جانبي'],
      ['contraindication', 'مانع استخدام'],
      ['person', 'شخص'],
      ['clinic', 'عيادة'],
      ['disclaimer', 'إخلاء مسؤولية طبية'],
    ])
  })

  it.each([
    {name: 'nobody signed in', context: {}, shown: false},
    {name: 'a custom Sanity role medicalReviewer', context: signedIn({...HALA, roles: [{name: 'medicalReviewer'}]}), shown: true},
    {name: 'a person document with the medicalReviewer role', context: signedIn(HALA, [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['medicalReviewer']}]), shown: true},
    {name: 'a writer', context: signedIn({...HALA, roles: [{name: 'contributor'}]}, [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['writer']}]), shown: false},
    {name: 'an editor with no person document', context: signedIn(HALA), shown: false},
    {name: 'the person lookup failed', context: signedIn(HALA, new Error('offline')), shown: true},
    {name: 'a user without an email', context: signedIn({id: 'pSso', roles: [{name: 'editor'}]}, [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['medicalReviewer']}]), shown: false},
  ])('«ادعاءات بانتظار مراجعتي» for $name: shown $shown', async ({context, shown}) => {
    const ids = (await rootPane(context)).items?.map((item) => item.id) ?? []
    expect(ids.includes('claims-awaiting-my-review')).toBe(shown)
    expect(ids).toContain('claims-in-review')
  })

  it.each([
    {name: 'a custom Sanity role and no person document', context: signedIn({...HALA, roles: [{name: 'medicalReviewer'}]}), params: {userId: 'pHala', personId: ''}},
    {name: 'a person document with the medicalReviewer role', context: signedIn(HALA, [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['medicalReviewer']}]), params: {userId: 'pHala', personId: 'person.dr-hala'}},
  ])('«ادعاءات بانتظار مراجعتي» for $name: four eyes by user and by person document', async ({context, params}) => {
    const item = (await rootPane(context)).items?.find((candidate) => candidate.id === 'claims-awaiting-my-review')
    if (!item) throw new Error('no structure item claims-awaiting-my-review')
    expect((await childOf(item, 'claims-awaiting-my-review')).options?.params).toEqual(params)
  })

  // The desk follows the user's person documents: given the medicalReviewer role (or another person
  // document) while the Studio is open, the list comes, goes or changes without a reload.
  it('«ادعاءات بانتظار مراجعتي» comes and goes as a person document with the user\'s email gains and loses the medicalReviewer role', async () => {
    const context = signedIn(HALA, [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['writer']}])
    const seen: {queue: boolean; params?: unknown}[] = []
    const subscription = (await desks(context)).subscribe((root) => {
      const item = root.items?.find((candidate) => candidate.id === 'claims-awaiting-my-review')
      seen.push(item ? {queue: true, params: serialized(item.child as Resolvable).options?.params} : {queue: false})
    })
    const {listener} = context as {listener: PersonListener}
    listener.publish([{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['writer', 'medicalReviewer']}])
    // Republished with the same roles (its name corrected, say): the same desk, not built again.
    listener.publish([{_id: 'person.dr-hala', name: 'د. هالة منصور', email: 'hala@clinic.example', roles: ['writer', 'medicalReviewer']}])
    listener.publish([{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['writer']}])
    subscription.unsubscribe()
    expect(seen).toEqual([{queue: false}, {queue: true, params: {userId: 'pHala', personId: 'person.dr-hala'}}, {queue: false}])
    // Sanity's listener takes a filter alone: it listens to person changes and fetches the user's own.
    expect(listener.asked).toEqual([
      {query: {fetch: peopleByEmailQuery, listen: personChangesQuery}, params: {email: 'hala@clinic.example'}, options: expect.objectContaining({perspective: 'published', apiVersion: '2025-02-19'})},
    ])
  })

  it('«ادعاءات بانتظار مراجعتي» marked while the live lookup fails, then the list once it is asked again and answers', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval']})
    const context = signedInAnswering(HALA, new Error('offline'), [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['medicalReviewer']}])
    const seen: {icon: 'warning' | 'user' | 'none'; type?: string}[] = []
    const subscription = (await desks(context)).subscribe((root) => {
      const item = root.items?.find((candidate) => candidate.id === 'claims-awaiting-my-review')
      seen.push(item ? {icon: item.icon === WarningOutlineIcon ? 'warning' : 'user'} : {icon: 'none'})
    })
    expect(seen).toEqual([{icon: 'warning'}])
    await vi.advanceTimersByTimeAsync(REVIEWER_LOOKUP_RETRY_MS - 1)
    expect(seen).toEqual([{icon: 'warning'}])
    await vi.advanceTimersByTimeAsync(1)
    subscription.unsubscribe()
    expect(seen).toEqual([{icon: 'warning'}, {icon: 'user'}])
    expect((context as {listener: PersonListener}).listener.asked).toHaveLength(2)
  })

  // The person lookup failed: the list is not left out as for a user who is no reviewer; it is marked,
  // and opening it looks the user up again and says why it cannot list their claims, or lists them.
  const OFFLINE = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
  const REVIEWER_PERSON = [{_id: 'person.dr-hala', email: 'hala@clinic.example', roles: ['medicalReviewer']}]
  it.each([
    {
      name: 'failing again: says what failed, what to do and the detail',
      answers: [OFFLINE, OFFLINE],
      opened: {
        type: 'component',
        lines: [
          'تعذّر جلب مستند الشخص الذي يحمل بريدك، فلا يُعرف إن كنت مراجعًا طبيًا ولا أيّ الادعاءات تنتظر مراجعتك؛ يُطلب من جديد كلما فتحت هذه القائمة.',
          'لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
          'التفاصيل التقنية: Request error while attempting to reach https://sanad000.api.sanity.io',
        ],
        params: undefined,
      },
    },
    {name: 'answering: the reviewer\'s list', answers: [OFFLINE, REVIEWER_PERSON], opened: {type: 'documentList', lines: undefined, params: {userId: 'pHala', personId: 'person.dr-hala'}}},
    {
      name: 'answering that the user is no reviewer: says so',
      answers: [OFFLINE, []],
      opened: {type: 'component', lines: ['لا ادعاءات تنتظر مراجعتك: لست مراجعًا طبيًا، لا بدور في الاستوديو ولا في مستند شخص يحمل بريدك.'], params: undefined},
    },
  ])('«ادعاءات بانتظار مراجعتي» when the person lookup failed, opened with the lookup $name', async ({answers, opened}) => {
    const item = (await rootPane(signedInAnswering(HALA, ...answers))).items?.find((candidate) => candidate.id === 'claims-awaiting-my-review')
    if (!item) throw new Error('no structure item claims-awaiting-my-review')
    const pane = await childOf(item, 'claims-awaiting-my-review')
    expect({title: item.title, marked: item.icon === WarningOutlineIcon, type: pane.type, lines: (pane.options as {lines?: string[]} | undefined)?.lines, params: pane.options?.params}).toEqual({
      title: 'ادعاءات بانتظار مراجعتي',
      marked: true,
      ...opened,
    })
  })

  it('«ادعاءات بانتظار مراجعتي» when the person lookup failed: the pane shows its lines right to left, in Arabic', async () => {
    const item = (await rootPane(signedIn(HALA, OFFLINE))).items?.find((candidate) => candidate.id === 'claims-awaiting-my-review')
    if (!item) throw new Error('no structure item claims-awaiting-my-review')
    const pane = (await childOf(item, 'claims-awaiting-my-review')) as PaneNode & {component: ComponentType<{options?: object}>}
    const html = renderToStaticMarkup(createElement(ThemeProvider, {theme: studioTheme}, createElement(pane.component, {options: pane.options})))
    expect({opening: html.match(/^<[^>]*>/)?.[0].match(/ (dir|lang)="[^"]*"/g), text: html.replace(/<[^>]*>/g, '')}).toEqual({
      opening: [' dir="rtl"', ' lang="ar"'],
      text: [
        'تعذّر جلب مستند الشخص الذي يحمل بريدك، فلا يُعرف إن كنت مراجعًا طبيًا ولا أيّ الادعاءات تنتظر مراجعتك؛ يُطلب من جديد كلما فتحت هذه القائمة.',
        'لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
        'التفاصيل التقنية: Request error while attempting to reach https://sanad000.api.sanity.io',
      ].join(''),
    })
  })

  // At NOW (noon UTC, the 21st everywhere), spelled out: each jurisdiction's horizon and, under its 12-month period, the approval days that have lapsed or end by then;
  // for a claim no article links, the longest horizon.
  const EXPIRING_PARAMS = {
    today: '2026-11-21',
    horizon: '2027-01-05',
    windows: [
      {jurisdiction: 'EG', horizon: '2026-12-21', lapsedIfApprovedBefore: '2025-11-21T00:00:00Z', endsByHorizonIfApprovedBefore: '2025-12-22T00:00:00Z'},
      {jurisdiction: 'SA', horizon: '2026-12-21', lapsedIfApprovedBefore: '2025-11-21T00:00:00Z', endsByHorizonIfApprovedBefore: '2025-12-22T00:00:00Z'},
      {jurisdiction: 'AE', horizon: '2027-01-05', lapsedIfApprovedBefore: '2025-11-21T00:00:00Z', endsByHorizonIfApprovedBefore: '2026-01-06T00:00:00Z'},
    ],
  }
  it.each([
    ['claims-awaiting-my-review', 'claim', claimsAwaitingMyReviewFilter, {userId: 'pHala', personId: ''}],
    ['claims-in-review', 'claim', claimsInReviewFilter, undefined],
    [
      'claims-expiring-soon',
      'claim',
      claimsExpiringFilter,
      EXPIRING_PARAMS,
    ],
    // The same params: one `$today` and one set of windows, so no claim is in both lists.
    ['claims-lapsed', 'claim', claimsLapsedFilter, EXPIRING_PARAMS],
    ['claims-rejected', 'claim', rejectedClaimsFilter, undefined],
    ['drafts', undefined, draftDocumentsFilter, undefined],
  ])('%s opens a %s list filtered by the query module', async (id, schemaTypeName, filter, params) => {
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(NOW)
    const item = (await rootPane(signedIn({...HALA, roles: [{name: 'medicalReviewer'}]}))).items?.find((candidate) => candidate.id === id)
    if (!item) throw new Error(`no structure item ${id}`)
    const list = await childOf(item, id)
    expect({type: list.type, schemaTypeName: list.schemaTypeName, filter: list.options?.filter, params: list.options?.params}).toEqual({
      type: 'documentList',
      schemaTypeName,
      filter,
      params,
    })
  })

  it('articles by clinic: a clinic list whose items open that clinic\'s articles', async () => {
    const item = (await rootPane()).items?.find((candidate) => candidate.id === 'articles-by-clinic')
    if (!item) throw new Error('no structure item articles-by-clinic')
    const clinics = await childOf(item, 'articles-by-clinic')
    expect([clinics.type, clinics.schemaTypeName, clinics.options?.filter]).toEqual(['documentList', 'clinic', '_type == $type'])
    const articles = await childOf(clinics, 'clinic.nour-cairo')
    expect({type: articles.type, schemaTypeName: articles.schemaTypeName, filter: articles.options?.filter, params: articles.options?.params}).toEqual({
      type: 'documentList',
      schemaTypeName: 'article',
      filter: clinicArticlesFilter,
      params: {clinicId: 'clinic.nour-cairo'},
    })
  })
})
