// Everything that goes wrong on a page while a test drives it: console errors, uncaught exceptions,
// requests that fail and responses with an error status. Nothing is ignored unless the test names
// it (the 404 page's own document is expected to answer 404), except what a reader's own click
// cancels: when the page navigates away, Chromium aborts the loads the old document still had
// running (a font or a lazy image asked for after its load event) with net::ERR_ABORTED. Those are
// told apart from an aborted load of the document still shown by counting the main frame's
// navigations: a load started before the latest one began (or while it was under way, before the
// new document committed) belonged to a document that is gone.
import type {ConsoleMessage, Page, Request, Response} from 'playwright-core'

export interface PageWatch {
  /** Every problem seen so far, one line each. */
  problems(): string[]
  /** URLs of the successful responses (status 2xx/3xx). */
  okResponses(): string[]
}

export interface WatchOptions {
  /** URLs answered with this status by design (the 404 page). */
  expectedStatus?: {url: string; status: number}
}

const isExpected = (options: WatchOptions, url: string, status: number): boolean =>
  options.expectedStatus !== undefined && options.expectedStatus.url === url && options.expectedStatus.status === status

const ABORTED = 'net::ERR_ABORTED'

const isMainFrameNavigation = (page: Page, request: Request): boolean => {
  try {
    return request.isNavigationRequest() && request.frame() === page.mainFrame()
  } catch {
    return false // a service worker's request has no frame
  }
}

export const watchPage = (page: Page, options: WatchOptions = {}): PageWatch => {
  const problems: string[] = []
  const ok: string[] = []
  let navigations = 0
  let navigating = false
  const documentOf = new WeakMap<Request, number>()
  page.on('request', (request: Request) => {
    if (isMainFrameNavigation(page, request)) {
      navigations += 1
      navigating = true
    } else documentOf.set(request, navigating ? navigations - 1 : navigations)
  })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigating = false
  })
  const leftBehind = (request: Request): boolean =>
    request.failure()?.errorText === ABORTED && (documentOf.get(request) ?? navigations) < navigations
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    const where = message.location().url
    // Chromium logs every error response as a console error; the expected one is not a problem.
    if (message.text().startsWith('Failed to load resource: the server responded with a status of 404') && isExpected(options, where, 404)) return
    problems.push(`console error: ${message.text()} (${where})`)
  })
  page.on('pageerror', (error: Error) => problems.push(`uncaught exception: ${error.message}`))
  page.on('requestfailed', (request: Request) => {
    if (!leftBehind(request)) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`)
  })
  page.on('response', (response: Response) => {
    const status = response.status()
    if (status >= 400 && !isExpected(options, response.url(), status)) problems.push(`HTTP ${status}: ${response.url()}`)
    else if (status < 400) ok.push(response.url())
  })
  return {problems: () => [...problems], okResponses: () => [...ok]}
}
