// The Sanity Studio bundle in Chromium: `sanity build` writes it to a temporary folder, a static
// server serves it on 127.0.0.1, and the Studio must boot without an uncaught exception up to the
// screen it shows a visitor. There is no network here, so every request to another host is aborted
// by the test; the only things not counted as errors are those aborted requests and Chromium's
// "Failed to load resource" console line for each of them. Every aborted host must be Sanity's.
//  - offline: every Sanity request fails, and the Studio shows its own "network error" screen;
//  - signed out: the two API calls a visitor's Studio makes are answered as Sanity answers an
//    anonymous visitor (no user; two login providers), and the Studio shows its login screen;
//  - signed in: an editor opens a claim from the bundled dataset (support/signedInStudio.ts), and
//    Arabic field headers read right to left while Latin inputs (PMID) stay left to right; on a
//    lapsed claim the main button follows the user (a medical reviewer renews, an editor submits);
//    when the user's person documents cannot be fetched, «ادعاءات بانتظار مراجعتي» says why it lists nothing;
//    an article's validation panel and Publish tooltip say, in Arabic, what a writer must fix: a
//    half-filled draft's empty fields by their Studio titles beside the gate's other findings, and a
//    finding in a linked risk by the risk's name and the field's title.
import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {promisify} from 'node:util'
import type {Browser, BrowserContext, ConsoleMessage, Route} from 'playwright-core'
import sirv from 'sirv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {PAGE_SLUG_MESSAGE} from '../../src/content/slugRules.ts'
import {peopleByEmailQuery} from '../../src/queries.ts'
import {readBundledDocuments, type RawDocument} from '../support/bundledDataset.ts'
import {screenshotPath} from './support/artifacts.ts'
import {DESKTOP, hasChromium, launchChromium} from './support/chromium.ts'
import {contentLakeFor, EDITOR, MEDICAL_REVIEWER, quietContentLake} from './support/signedInStudio.ts'

const root = resolve(import.meta.dirname, '../..')
const SANITY_HOSTS = /(^|\.)(sanity\.io|sanity-cdn\.com)$/

let studioDir: string
let server: Server
let origin: string
let browser: Browser

type Stub = (route: Route, url: URL) => Promise<void> | undefined

interface StudioVisit {
  context: BrowserContext
  aborted: URL[]
  problems: string[]
}

interface VisitOptions {
  /** The Studio path to open. */
  path?: string
  /** Runs on the browser context before the page opens. */
  prepare?: (context: BrowserContext) => Promise<void>
}

/** Opens the Studio at `path` with every non-local request aborted unless `stub` answers it. */
const visitStudio = async (
  stub: Stub = () => undefined,
  {path = '/', prepare}: VisitOptions = {},
): Promise<StudioVisit & {page: Awaited<ReturnType<BrowserContext['newPage']>>}> => {
  const context = await browser.newContext({viewport: DESKTOP})
  await prepare?.(context)
  const aborted: URL[] = []
  const abortedUrls = new Set<string>()
  const problems: string[] = []
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin === origin) return route.continue()
    const answered = stub(route, url)
    if (answered) return answered
    aborted.push(url)
    abortedUrls.add(url.href)
    return route.abort('internetdisconnected')
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`))
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    if (message.text() === 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED' && abortedUrls.has(message.location().url)) return
    problems.push(`console error: ${message.text()} (${message.location().url})`)
  })
  page.on('requestfailed', (request) => {
    if (!abortedUrls.has(request.url())) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.goto(new URL(path, origin).href)
  return {context, page, aborted, problems}
}

/** What Sanity's API answers a visitor who is not signed in, CORS headers included. */
const anonymousVisitor: Stub = (route, url) => {
  if (!url.hostname.endsWith('.api.sanity.io')) return undefined
  const json = (body: unknown) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: {'access-control-allow-origin': origin.replace(/\/$/, ''), 'access-control-allow-credentials': 'true'},
      body: JSON.stringify(body),
    })
  if (url.pathname.endsWith('/users/me')) return json({})
  if (url.pathname.endsWith('/auth/providers')) {
    return json({
      thirdPartyLogin: true,
      sso: {saml: false},
      providers: [
        {name: 'google', title: 'Google', url: 'https://api.sanity.io/v1/auth/login/google'},
        {name: 'github', title: 'GitHub', url: 'https://api.sanity.io/v1/auth/login/github'},
      ],
    })
  }
  return undefined
}

const CLAIM_ID = 'claim.meso-collagen-boost'
const ENGLISH_CITATION_TITLE = 'Mesotherapy, definition, rationale and clinical role: a consensus report from the Italian Society of Mesotherapy'
const ARABIC_CITATION = {_key: 'arabic1', _type: 'citation', title: 'الميزوثيرابي في طب الجلد: مراجعة منهجية.', year: 2020, pmid: '31234567'}

/** The bundled dataset, with an Arabic-titled citation added after the claim's English one. */
const claimWithArabicCitation = async (): Promise<RawDocument[]> =>
  (await readBundledDocuments()).map((document) => {
    if (document._id !== CLAIM_ID) return document
    const evidence = document.evidence as {citations: unknown[]}
    return {...document, evidence: {...evidence, citations: [...evidence.citations, ARABIC_CITATION]}}
  })

type PageLocator = ReturnType<Awaited<ReturnType<BrowserContext['newPage']>>['locator']>

/** The computed direction of an element and the language it is marked with. */
const layoutOf = (locator: PageLocator) =>
  locator.evaluate((element) => ({direction: getComputedStyle(element).direction, lang: element.closest('[lang]')?.getAttribute('lang')}))

/**
 * Waits until the claim's form stays put, editable, for two seconds: it renders again when the structure
 * resolves (its medical-reviewer lookup) and is read-only while the document connects.
 */
const settledForm = (page: Awaited<ReturnType<BrowserContext['newPage']>>) =>
  page.waitForFunction(
    () => {
      const field = document.querySelector<HTMLTextAreaElement>('textarea#statement')
      const seen = window as unknown as {settling?: {field: Element; since: number}}
      if (!field || field.readOnly) return false
      if (seen.settling?.field !== field) seen.settling = {field, since: performance.now()}
      return performance.now() - seen.settling.since >= 2000
    },
    undefined,
    {polling: 100, timeout: 60_000},
  )

type StudioPage = Awaited<ReturnType<BrowserContext['newPage']>>

const PROMISE = 'والنتائج مضمونة.'
const HALF_FILLED_ID = 'article.hair-routine-draft'

/** `days` from today, as a date field stores it. */
const isoDayFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/**
 * The bundled dataset and a writer's new article draft (never published): clinic, author, reviewer,
 * disclaimer and a paragraph with a promise of results, but no title or slug yet. Its review dates
 * follow today, so the gate's only other finding is the promise whenever the test runs.
 */
const withHalfFilledDraft = async (fields: Partial<RawDocument> = {}): Promise<RawDocument[]> => {
  const ref = (id: string, key?: string) => ({...(key ? {_key: key} : {}), _type: 'reference', _ref: id})
  const draft: RawDocument = {
    _id: `drafts.${HALF_FILLED_ID}`,
    _type: 'article',
    _rev: 'half-filled-1',
    _createdAt: '2026-11-20T09:00:00Z',
    _updatedAt: '2026-11-20T09:00:00Z',
    language: 'ar-EG',
    author: ref('person.mona-elsayed'),
    medicalReviewer: ref('person.dr-hala-abdelrahman'),
    lastReviewed: isoDayFromToday(-30),
    nextReviewDue: isoDayFromToday(180),
    targetClinics: [ref('clinic.nour-cairo', 'nour')],
    body: [
      {_type: 'block', _key: 'promise', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'promise1', marks: [], text: `روتين بسيط لفروة الرأس ${PROMISE}`}]},
      {_type: 'disclaimerBlock', _key: 'disclaimer', disclaimer: ref('disclaimer.eg-2026')},
    ],
    ...fields,
  }
  return [...(await readBundledDocuments()), draft]
}

/** The bundled dataset with a promise of results in what to do about «ألم موضعي» (risk.pain), a risk of article.hair-home-routine's procedures. */
const withPromiseInPainRisk = async (): Promise<RawDocument[]> =>
  (await readBundledDocuments()).map((document) => (document._id === 'risk.pain' ? {...document, whatToDo: `${String(document.whatToDo)} ${PROMISE}`} : document))

/**
 * Opens the document's validation panel («التحقق»; its button shows once the form has a marker) and
 * returns a reader of its cards: each card's lines, the field's titles (if it is on a field) and the
 * message, without the bidi isolates the markers carry.
 */
const openValidationPanel = async (page: StudioPage): Promise<() => Promise<string[][]>> => {
  await page.getByRole('button', {name: 'التحقق', exact: true}).click({timeout: 60_000})
  const panel = page.locator('[data-ui="DocumentInspectorPanel"]')
  await panel.getByText('التحقق', {exact: true}).waitFor({timeout: 30_000})
  return () =>
    panel.locator('button').evaluateAll((cards) =>
      cards
        .map((card) => [...card.querySelectorAll('[data-ui="Text"]')].map((text) => text.textContent!.replace(/[\u2060\u2066-\u2069]/g, '')).filter(Boolean))
        .filter((lines) => lines.length > 0),
    )
}

/** The gate's markers (a message ending in its rule id); Sanity's own «حقل مطلوب» are left out. */
const gateCards = (cards: string[][]) => cards.filter((lines) => /\[[a-z-]+\]$/.test(lines.at(-1)!))

/** A text rule's message with its explanation (preset data) cut: the phrase found, where, and the rule id. */
const withoutExplanation = (message: string) => message.replace(/^(• )?(«[^»]+»): .+?( \(في .+)?( \[[a-z-]+\])$/, '$1$2 …$3$4')

/**
 * Signed in, the Studio logs console errors of its own, and cancels some of its requests, for the
 * endpoints left unanswered (history, user applications, version check): uncaught exceptions, HTTP
 * errors and requests to hosts other than Sanity's still fail a test.
 */
const expectNoStudioFailures = (visit: {problems: readonly string[]; aborted: readonly URL[]}): void => {
  expect(visit.problems.filter((problem) => /^(uncaught exception|HTTP)/.test(problem))).toEqual([])
  expect(visit.aborted.filter((url) => !SANITY_HOSTS.test(url.hostname)).map(String)).toEqual([])
}

/** Opens the Studio signed in (as `user`) at `path` over `documents`, runs `check` on its page, then `expectNoStudioFailures`. */
const inSignedInStudio = async (documents: readonly RawDocument[], path: string, check: (page: StudioPage) => Promise<void>, user?: Parameters<typeof contentLakeFor>[2]): Promise<void> => {
  const visit = await visitStudio(contentLakeFor(documents, origin, user), {path, prepare: quietContentLake})
  try {
    await check(visit.page)
    expectNoStudioFailures(visit)
  } finally {
    await visit.context.close()
  }
}

/** Hovers the disabled Publish button until its tooltip shows the gate's reasons; returns the tooltip's heading. */
const publishTooltipHeading = async (page: StudioPage) => {
  // Sanity names a document's main button after its label (`action-<label without spaces>`), and
  // Publish is «نشر» (src/studio/messages/arabicStructureMessages.ts).
  const publish = page.getByTestId('action-نشر')
  await expect.poll(() => publish.isDisabled(), {timeout: 60_000}).toBe(true)
  const heading = page.getByText(/^لا يُنشر المقال لأن فحوص النشر تحجبه:/)
  await expect
    .poll(async () => {
      await publish.hover({force: true})
      return heading.isVisible()
    }, {timeout: 30_000})
    .toBe(true)
  return heading
}

/** The lines of the Publish button's tooltip while the gate blocks the article. */
const publishBlockedLines = async (page: StudioPage): Promise<string[]> =>
  (await publishTooltipHeading(page)).evaluate((element) => [...(element.closest('[dir="rtl"]') ?? element).querySelectorAll('[data-ui="Text"]')].map((line) => line.textContent!))

describe.skipIf(!hasChromium)('Sanity Studio bundle in Chromium', () => {
  beforeAll(async () => {
    studioDir = join(await mkdtemp(join(tmpdir(), 'sanad-studio-browser-')), 'studio')
    const build = promisify(execFile)(process.execPath, [join(root, 'node_modules', '.bin', 'sanity'), 'build', studioDir, '-y'], {
      cwd: root,
      env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1', NO_COLOR: '1'},
      timeout: 280_000,
      maxBuffer: 64 * 1024 * 1024,
    })
    build.child.stdin?.end()
    ;[, browser] = await Promise.all([build, launchChromium()])
    // The Studio is a single-page app: unknown paths get index.html, as on sanity.studio.
    const serve = sirv(studioDir, {single: true, dev: true})
    server = createServer((request, response) => serve(request, response))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await browser?.close()
    server?.closeAllConnections()
    await new Promise((done) => server?.close(done))
    if (studioDir) await rm(resolve(studioDir, '..'), {recursive: true, force: true})
  })

  it('boots offline to its own network-error screen', {timeout: 90_000}, async () => {
    const visit = await visitStudio()
    try {
      await visit.page.getByText(/Couldn.t reach the Sanity servers/).waitFor({timeout: 60_000})
      await visit.page.screenshot({path: screenshotPath('studio', 'offline', 'desktop')})
      expect(visit.problems).toEqual([])
      expect(visit.aborted.length).toBeGreaterThan(0)
      expect(visit.aborted.filter((url) => !SANITY_HOSTS.test(url.hostname)).map(String)).toEqual([])
    } finally {
      await visit.context.close()
    }
  })

  it('boots to the login screen for a signed-out visitor', {timeout: 90_000}, async () => {
    const visit = await visitStudio(anonymousVisitor)
    try {
      await visit.page.getByText('Choose login provider').waitFor({timeout: 60_000})
      expect(await visit.page.getByText('سند', {exact: true}).count()).toBeGreaterThan(0)
      expect(await visit.page.getByRole('link', {name: 'Google'}).or(visit.page.getByRole('button', {name: 'Google'})).count()).toBe(1)
      await visit.page.screenshot({path: screenshotPath('studio', 'login', 'desktop')})
      expect(visit.problems).toEqual([])
      expect(visit.aborted.filter((url) => !SANITY_HOSTS.test(url.hostname)).map(String)).toEqual([])
    } finally {
      await visit.context.close()
    }
  })

  it('signed in, lays Arabic field headers out right to left and keeps a Latin input left to right', {timeout: 120_000}, async () => {
    await inSignedInStudio(await claimWithArabicCitation(), `/structure/claim;${CLAIM_ID}`, async (page) => {
      await settledForm(page)
      await page.locator('textarea#statement').focus()

      // An Arabic text field: title and description right to left, the title flush with the input's
      // right edge, and the field-actions button (shown while the field has focus) clear of the text.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const layout = (element: Element) => ({direction: getComputedStyle(element).direction, lang: element.closest('[lang]')?.getAttribute('lang')})
            const title = document.querySelector('label[for="statement"] > span')
            const description = document.querySelector('#desc_statement > span')
            const input = document.querySelector('textarea#statement')
            const actions = document.querySelector('[data-testid="field-actions-menu-statement"]')
            if (!title || !description || !input || !actions) return 'not rendered yet'
            const [titleBox, descriptionBox, inputBox, actionsBox] = [title, description, input, actions].map((element) => element.getBoundingClientRect())
            return {
              title: layout(title),
              description: layout(description),
              input: layout(input),
              titleFlushWithInputRight: Math.abs(titleBox!.right - inputBox!.right) <= 1,
              actionsLeftOfDescription: actionsBox!.right <= descriptionBox!.left,
            }
          }),
        {timeout: 30_000},
        )
        .toEqual({
          title: {direction: 'rtl', lang: 'ar'},
          description: {direction: 'rtl', lang: 'ar'},
          input: {direction: 'rtl', lang: 'ar'},
          titleFlushWithInputRight: true,
          actionsLeftOfDescription: true,
        })
      await page.screenshot({path: screenshotPath('studio', 'claim-form', 'desktop')})

      // A citation's title reads in its own direction in the list of citations.
      const citations = page.getByTestId('field-evidence.citations')
      await citations.getByText(ARABIC_CITATION.title).scrollIntoViewIfNeeded({timeout: 30_000})
      const titles = await citations.locator('span[dir="auto"]').evaluateAll((spans) => spans.map((span) => [span.textContent, getComputedStyle(span).direction]))
      expect(titles).toEqual([
        [ENGLISH_CITATION_TITLE, 'ltr'],
        [ARABIC_CITATION.title, 'rtl'],
      ])
      await page.screenshot({path: screenshotPath('studio', 'claim-citations', 'desktop')})

      // A Latin field in the citation's dialog: its Arabic header right to left, its input left to
      // right in the Studio's own language.
      await citations.getByText(ARABIC_CITATION.title).click()
      const pmid = page.getByLabel('PMID', {exact: true})
      expect(await pmid.inputValue({timeout: 30_000})).toBe(ARABIC_CITATION.pmid)
      expect(await layoutOf(page.locator('label', {hasText: /^PMID$/}))).toEqual({direction: 'rtl', lang: 'ar'})
      expect(await layoutOf(pmid)).toEqual({direction: 'ltr', lang: 'en-US'})
      await page.screenshot({path: screenshotPath('studio', 'citation-dialog', 'desktop')})
    })
  })
  it('signed in, lays the gate\'s Publish tooltip out right to left, a line per reason, identifiers left to right', {timeout: 120_000}, async () => {
    await inSignedInStudio(await readBundledDocuments(), '/structure/article;article.microneedling-basics', async (page) => {
      // The gate blocks the article: its reasons are one right-to-left line each, ids left to right.
      const tooltip = await (await publishTooltipHeading(page)).evaluate((element) => {
        const block = element.closest('[dir="rtl"]') ?? element
        return {
          direction: getComputedStyle(element).direction,
          lang: element.closest('[lang]')?.getAttribute('lang'),
          lines: [...block.querySelectorAll('[data-ui="Text"]')].map((line) => line.textContent!.replace(/^(• ).*\[(.+)\]$/, '$1[$2]')),
          identifiers: [...block.querySelectorAll('bdi')].map((bdi) => [bdi.textContent, getComputedStyle(bdi).direction]),
          text: block.textContent,
        }
      })
      // The claim's approval lapsed on 2026-06-30: the message writes that day, and today, in words
      // as its clinic's country writes dates (lulu-dubai, the Emirates: Latin digits), not as ISO identifiers.
      const {text, ...layout} = tooltip
      expect(layout).toEqual({
        direction: 'rtl',
        lang: 'ar',
        lines: ['لا يُنشر المقال لأن فحوص النشر تحجبه:', '• [claim-expired]'],
        identifiers: [
          ['claim.microneedling-hair-count', 'ltr'],
          ['[claim-expired]', 'ltr'],
        ],
      })
      expect(text).toMatch(/ في 30 يونيو 2026، واليوم \d{1,2} \S+ \d{4}\. /)
      // Sanity's own strings around it are Arabic too (src/studio/messages): the button, the list's search.
      expect((await page.getByTestId('action-نشر').textContent())?.trim()).toBe('نشر')
      expect(await page.getByPlaceholder('البحث في القائمة').count()).toBeGreaterThan(0)
      // The whole page: an element screenshot of the tooltip failed whenever it re-rendered mid-shot.
      await page.screenshot({path: screenshotPath('studio', 'article-publish-tooltip', 'desktop')})
    })
  })

  it('signed in, shows a half-filled article draft\'s empty fields by their Studio titles and the gate\'s other findings at once, in the form and in Publish\'s tooltip', {timeout: 120_000}, async () => {
    await inSignedInStudio(await withHalfFilledDraft(), `/structure/article;${HALF_FILLED_ID}`, async (page) => {
      // Before, the gate named such a draft's empty fields by their names («… في الحقل slug: …») and checked nothing else.
      const title = 'المستند لا يطابق نموذج المحتوى في الحقل «العنوان» (title): الحقل مطلوب وليست له قيمة. صحّح الحقل في الاستوديو ثم أعد النشر. [schema-invalid]'
      const slug = 'المستند لا يطابق نموذج المحتوى في الحقل «المعرّف في الرابط» (slug): الحقل مطلوب وليست له قيمة. صحّح الحقل في الاستوديو ثم أعد النشر. [schema-invalid]'
      const cards = await openValidationPanel(page)
      await expect
        .poll(async () => gateCards(await cards()).map(([field, message]) => [field, withoutExplanation(message!)]), {timeout: 60_000})
        // Marked on the span's block, named in Arabic, not Sanity's «Block / Content / Span / Text».
        .toEqual([['نص المقال / فقرة', '«والنتائج مضمونة» … [banned-claim]']])
      // A saved draft without a title is named by its preview in Arabic, not Sanity's «Untitled» (nor «مقال New», the title of a document not yet saved).
      await expect.poll(() => page.locator('h1,h2').allTextContents()).toContain('مقال بلا عنوان')
      expect(await page.getByText(/Untitled|New$/).count()).toBe(0)
      // The empty fields are marked once each, by their own required rules (not again under Sanity's own
      // «… / Current slug»); the gate's findings for them go to Publish. One poll reads the panel once per
      // try: Sanity's own markers may land after the gate's, and the panel empties for a moment whenever
      // validation re-runs, so a second, separate read could see none.
      const required = async () => (await cards()).filter((lines) => lines.at(-1) === 'حقل مطلوب: املأه قبل النشر').map((lines) => lines[0]).sort()
      await expect.poll(required, {timeout: 30_000}).toEqual(['العنوان', 'المعرّف في الرابط'])
      await page.screenshot({path: screenshotPath('studio', 'half-filled-draft-validation', 'desktop')})

      expect((await publishBlockedLines(page)).map(withoutExplanation)).toEqual([
        'لا يُنشر المقال لأن فحوص النشر تحجبه:',
        `• ${title}`,
        `• ${slug}`,
        '• «والنتائج مضمونة» … [banned-claim]',
      ])
      await page.screenshot({path: screenshotPath('studio', 'half-filled-draft-publish-tooltip', 'desktop')})
    })
  })

  it('signed in, marks a slug its own rule rejects once, on the slug field, and still shows the gate\'s other findings', {timeout: 120_000}, async () => {
    const drafted = await withHalfFilledDraft({title: 'روتين فروة الرأس', slug: {_type: 'slug', current: 'روتين فروة الرأس'}})
    await inSignedInStudio(drafted, `/structure/article;${HALF_FILLED_ID}`, async (page) => {
      const cards = await openValidationPanel(page)
      // Before: the gate's schema-invalid marker hid the promise, and sat under «المعرّف في الرابط / Current slug» beside the field's own.
      await expect
        .poll(async () => gateCards(await cards()).map(([field, message]) => [field, withoutExplanation(message!)]), {timeout: 60_000})
        .toEqual([['نص المقال / فقرة', '«والنتائج مضمونة» … [banned-claim]']])
      // Polled: Sanity's own markers may land in the panel after the gate's.
      await expect.poll(async () => (await cards()).filter(([field]) => field!.startsWith('المعرّف في الرابط')), {timeout: 30_000}).toEqual([['المعرّف في الرابط', PAGE_SLUG_MESSAGE]])
      expect((await cards()).flat().filter((line) => line.includes('Current slug'))).toEqual([])
      await page.screenshot({path: screenshotPath('studio', 'malformed-slug-validation', 'desktop')})
    })
  })

  it('signed in, names a finding in an article\'s linked risk by the risk\'s name and the field\'s title', {timeout: 120_000}, async () => {
    await inSignedInStudio(await withPromiseInPainRisk(), '/structure/article;article.hair-home-routine', async (page) => {
      // Before: «(في المستند risk.pain، الحقل whatToDo؛ يظهر مع هذا المقال)». On the whole form, so no field titles above it.
      const cards = await openValidationPanel(page)
      await expect
        .poll(async () => (await cards()).filter((lines) => lines.at(-1)!.includes('؛ يظهر مع هذا المقال)')).map((lines) => lines.map(withoutExplanation)), {timeout: 60_000})
        .toEqual([['«والنتائج مضمونة» … (في «ألم موضعي» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) [banned-claim]']])
      await page.screenshot({path: screenshotPath('studio', 'linked-risk-validation', 'desktop')})
    })
  })

  it('signed in, makes «تجديد الاعتماد» the main button of a lapsed claim for a medical reviewer, «إرسال للمراجعة» for an editor', {timeout: 180_000}, async () => {
    // The claim's approval lapsed on 2026-06-30; خالد wrote it and د. مريم approved it, so د. هالة may renew it.
    for (const [user, main] of [
      [MEDICAL_REVIEWER, 'تجديد الاعتماد'],
      [EDITOR, 'إرسال للمراجعة'],
    ] as const) {
      await inSignedInStudio(await readBundledDocuments(), '/structure/claim;claim.microneedling-hair-count', async (page) => {
        // Sanity names the main button's test id after its label; it is disabled while the user's roles load.
        const button = page.getByTestId(`action-${main.replaceAll(' ', '')}`)
        await expect.poll(() => button.isEnabled().catch(() => false), {timeout: 60_000}).toBe(true)
        expect(await button.textContent()).toBe(main)
        await page.screenshot({path: screenshotPath('studio', `lapsed-claim-${user === EDITOR ? 'editor' : 'medical-reviewer'}`, 'desktop')})
      }, user)
    }
  })

  it('signed in, reads a claim approved longer ago than its clinics\' claim review period as lapsed, though review.reviewDue is months away: «إرسال للمراجعة» is an editor\'s main button', {timeout: 180_000}, async () => {
    // Approved 400 days ago with a review date 200 days ahead (claim-review-due-later-than-policy): the
    // gate's claim-expired holds back its articles under Sanad's 12-month period, and so the badge and
    // the actions read it. Read as approved, an editor's main button would be «سحب الاعتماد» (withdraw).
    const documents = (await readBundledDocuments()).map((document) =>
      document._id === 'claim.microneedling-hair-count'
        ? {...document, review: {...(document.review as object), approvedAt: `${isoDayFromToday(-400)}T11:00:00.000Z`, reviewDue: isoDayFromToday(200)}}
        : document,
    )
    for (const [user, main] of [
      [MEDICAL_REVIEWER, 'تجديد الاعتماد'],
      [EDITOR, 'إرسال للمراجعة'],
    ] as const) {
      await inSignedInStudio(documents, '/structure/claim;claim.microneedling-hair-count', async (page) => {
        const button = page.getByTestId(`action-${main.replaceAll(' ', '')}`)
        await expect.poll(() => button.isEnabled().catch(() => false), {timeout: 60_000}).toBe(true)
        expect(await button.textContent()).toBe(main)
        await expect.poll(() => page.getByText('منتهي الصلاحية', {exact: true}).count(), {timeout: 30_000}).toBeGreaterThan(0)
        await page.screenshot({path: screenshotPath('studio', `claim-past-review-period-${user === EDITOR ? 'editor' : 'medical-reviewer'}`, 'desktop')})
      }, user)
    }
  })

  it('signed in, when the person lookup fails, shows «ادعاءات بانتظار مراجعتي» all the same and, opened, says in Arabic why it lists nothing', {timeout: 120_000}, async () => {
    // Every lookup of the user's person documents is aborted, as offline; everything else is answered.
    const lake = contentLakeFor(await readBundledDocuments(), origin, MEDICAL_REVIEWER)
    const visit = await visitStudio((route, url) => (url.searchParams.get('query') === peopleByEmailQuery ? undefined : lake(route, url)), {path: '/structure', prepare: quietContentLake})
    try {
      const {page} = visit
      await page.getByText('ادعاءات بانتظار مراجعتي', {exact: true}).first().click({timeout: 60_000})
      const failed = page.getByText(/^تعذّر جلب مستند الشخص الذي يحمل بريدك/)
      await failed.waitFor({timeout: 60_000})
      expect(await layoutOf(failed)).toEqual({direction: 'rtl', lang: 'ar'})
      expect(await page.getByText('لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.', {exact: true}).count()).toBe(1)
      await page.screenshot({path: screenshotPath('studio', 'reviewer-lookup-failed', 'desktop')})
      expectNoStudioFailures(visit)
    } finally {
      await visit.context.close()
    }
  })

  it('signed in, shows a person\'s roles, an array picked from a list, as right-to-left checkboxes', {timeout: 120_000}, async () => {
    await inSignedInStudio(await readBundledDocuments(), '/structure/person;person.dr-hala-abdelrahman', async (page) => {
      const firstRole = page.getByTestId('field-roles').locator('input[type="checkbox"]').first()
      await firstRole.waitFor({timeout: 60_000})
      // Polled: the form renders again as its checks' lookups answer, and a checkbox read while it is
      // swapped out has no computed direction.
      await expect.poll(() => layoutOf(firstRole), {timeout: 30_000}).toEqual({direction: 'rtl', lang: 'ar'})
      await page.screenshot({path: screenshotPath('studio', 'person-roles', 'desktop')})
    })
  })
})
