// A signed-in Studio (an editor's, or another user's) with no network: the Sanity API calls that open a document are answered
// from a list of documents (ids through /data/doc, GROQ through groq-js in the request's perspective), and everything else is left
// for the test to abort, as for the signed-out visitor. The Content Lake's listeners are server-sent
// event streams that must stay open, which a Playwright route cannot do (it answers with a whole body,
// and a closed stream makes the Studio show "Trying to connect…"), so the page gets listeners that say
// "welcome" and then stay quiet, and the presence socket connects to nothing.
import {evaluate, parse} from 'groq-js'
import type {BrowserContext, Route} from 'playwright-core'
import type {RawDocument} from '../../support/bundledDataset.ts'

export const EDITOR = {
  id: 'pSara',
  name: 'سارة منصور',
  email: 'sara@clinic.example',
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator'}],
  provider: 'google',
}

/**
 * A medical reviewer: a Sanity editor whose person document (person.dr-hala-abdelrahman, same email)
 * carries the medicalReviewer role, as on plans without custom roles.
 */
export const MEDICAL_REVIEWER = {
  id: 'pHalaAbdelrahman',
  name: 'د. هالة عبد الرحمن',
  email: 'hala.abdelrahman@nour-cairo.example',
  role: 'editor',
  roles: [{name: 'editor', title: 'Editor'}],
  provider: 'google',
}

/** Read, create and update every document: what the editor's dataset ACL grants. */
const GRANTS = [{filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history']}]

const DRAFT = 'drafts.'

/**
 * The documents a query sees in a perspective, as the Content Lake's query endpoint defines them:
 * `published` leaves drafts out; `drafts` shows each document as its draft where it has one, under
 * the published id (so a never-published draft's preview has a title); `raw` shows all. A query
 * naming none is answered as `raw` here, though since API version 2025-02-19 the Content Lake answers
 * `published`: the Studio's queries these tests look at (previews, the gate's context) name theirs.
 */
const inPerspective = (documents: readonly RawDocument[], perspective: string | null): readonly RawDocument[] => {
  if (perspective === 'published') return documents.filter((document) => !document._id.startsWith(DRAFT))
  if (perspective !== 'drafts') return documents
  const drafts = new Map(documents.filter((document) => document._id.startsWith(DRAFT)).map((draft) => [draft._id.slice(DRAFT.length), draft]))
  const published = documents.filter((document) => !document._id.startsWith(DRAFT))
  const overlaid = published.map((document) => {
    const draft = drafts.get(document._id)
    return draft ? {...draft, _id: document._id} : document
  })
  const draftOnly = [...drafts].filter(([id]) => !published.some((document) => document._id === id)).map(([id, draft]) => ({...draft, _id: id}))
  return [...overlaid, ...draftOnly]
}

const groq = async (query: string, searchParams: URLSearchParams, documents: readonly RawDocument[]): Promise<unknown> => {
  const params = Object.fromEntries([...searchParams].filter(([name]) => name.startsWith('$')).map(([name, value]) => [name.slice(1), JSON.parse(value)]))
  try {
    return await (await evaluate(parse(query, {params}), {dataset: inPerspective(documents, searchParams.get('perspective')), params})).get()
  } catch {
    // groq-js lacks the search functions (text::query) of the document lists; those lists show empty.
    return []
  }
}

/**
 * Answers the Studio of `user` (the editor unless told) from `documents`; undefined for any other
 * request (the test aborts it). `origin` is where the Studio is served, for the CORS headers
 * Sanity's API sends.
 */
export const contentLakeFor =
  (documents: readonly RawDocument[], origin: string, user: typeof EDITOR = EDITOR) =>
  (route: Route, url: URL): Promise<void> | undefined => {
    if (!url.hostname.endsWith('.api.sanity.io')) return undefined
    const json = async (body: unknown | Promise<unknown>) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: {'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true'},
        body: JSON.stringify(await body),
      })
    const path = url.pathname.replace(/^\/v[^/]+/, '')
    if (path === '/users/me') return json(user)
    if (path.startsWith('/users/me/keyvalue/')) return json([])
    if (path === '/check/cors') return json({result: {allowed: true, withCredentials: true}})
    if (path === '/ping') return json({ping: 'pong'})
    if (path.endsWith('/acl')) return json(GRANTS)
    if (path.startsWith('/data/doc/')) {
      const ids = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).split(',')
      const found = documents.filter((document) => ids.includes(document._id))
      const omitted = ids.filter((id) => !found.some((document) => document._id === id)).map((id) => ({id, reason: 'existence'}))
      return json({documents: found, omitted})
    }
    if (path.startsWith('/data/query/')) return json(groq(url.searchParams.get('query') ?? '', url.searchParams, documents).then((result) => ({result, ms: 1})))
    return undefined
  }

/** Runs in the page before the Studio: Sanity API listeners say "welcome" and then nothing. */
const quietListenersScript = () => {
  const isListener = (url: URL) => url.hostname.endsWith('.api.sanity.io') && url.pathname.includes('/data/listen/')
  const welcome = 'event: welcome\ndata: {"listenerName":"offline-test"}\n\n'
  const NativeEventSource = window.EventSource
  class QuietEventSource extends EventTarget {
    static readonly CONNECTING = 0
    static readonly OPEN = 1
    static readonly CLOSED = 2
    readonly url: string
    readonly withCredentials: boolean
    readyState = 0
    onopen: ((event: Event) => void) | null = null
    onmessage: ((event: MessageEvent) => void) | null = null
    onerror: ((event: Event) => void) | null = null
    constructor(url: string | URL, init?: EventSourceInit) {
      super()
      this.url = String(url)
      this.withCredentials = Boolean(init?.withCredentials)
      setTimeout(() => {
        if (this.readyState === 2) return
        this.readyState = 1
        this.dispatchEvent(new Event('open'))
        this.dispatchEvent(new MessageEvent('welcome', {data: '{"listenerName":"offline-test"}'}))
      })
    }
    close() {
      this.readyState = 2
    }
  }
  window.EventSource = new Proxy(NativeEventSource, {
    construct: (target, [url, init]: [string | URL, EventSourceInit | undefined]) =>
      isListener(new URL(String(url), location.href)) ? new QuietEventSource(url, init) : new target(url, init),
  })
  // Listeners that send headers go through fetch (Sanity's EventSource polyfill) instead.
  const nativeFetch = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    if (!isListener(url)) return nativeFetch(input, init)
    const body = new ReadableStream({start: (controller) => controller.enqueue(new TextEncoder().encode(welcome))})
    return Promise.resolve(new Response(body, {status: 200, headers: {'content-type': 'text/event-stream'}}))
  }
}

/** Installs the quiet listeners and a presence socket that connects to nothing, before any page opens. */
export const quietContentLake = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(quietListenersScript)
  await context.routeWebSocket(/\.api\.sanity\.io\//, () => {})
}
