// `sanad deploy`: publishes a built clinic site through Netlify's file digest deploy. Netlify is
// told every file's SHA1, answers with the digests it does not have yet, and only those files are
// uploaded; then the deploy is polled until it is live. A site of more than a hundred files is
// created asynchronously, as Netlify's CLI creates it: Netlify compares the digests after answering,
// and the deploy is polled until it is `prepared` with the digests it lacks. The site's functions
// go with it as zip archives, known by their SHA256, uploaded the same way when Netlify lacks them.
import {setTimeout as pause} from 'node:timers/promises'
import type {NetlifyAPI} from '@netlify/api'
import pMap from 'p-map'
import {SanadError} from '../errors/catalog.ts'
import {englishCount} from '../locale/englishCount.ts'
import {digestedBytes} from './digestedBytes.ts'
import {DeployWaits} from './deployWaits.ts'
import {collectFileDigests, digestFile, type SiteFileDigest} from './fileDigests.ts'
import {netlifyFailure, netlifyStatusOf} from './netlifyFailure.ts'
import {netlifyRequest, type NetlifyCall} from './netlifyRequest.ts'
import {assertSiteServes} from './siteServesDomain.ts'
import type {SiteFunction} from './siteFunctions.ts'

export interface DeploySiteOptions {
  /** Not needed for a dry run. */
  client?: NetlifyAPI
  siteId: string
  siteDir: string
  /**
   * netlify.toml, sent at the deploy's root as Netlify's own CLI sends it: Netlify reads the headers
   * (CSP, content types, caching) and redirects (the API's 404s) of a deploy it did not build from
   * the netlify.toml among its files. Without it the site is served with none of them.
   */
  configFile?: string
  /**
   * The site's functions, zipped (zipSiteFunctions): Netlify publishes a deploy's functions with its
   * files, atomically, so a deploy without them takes them off the site. Called once the site's files
   * are digested and its domain checked, since bundling takes seconds and those checks fail fast.
   */
  bundleFunctions?: () => Promise<readonly SiteFunction[]>
  draft?: boolean
  /** Digests only; nothing is sent to Netlify. */
  dryRun?: boolean
  pollIntervalMs?: number
  /**
   * How long the deploy waits on Netlify in all, DEPLOY_WAIT_MS by default: for it to go live once
   * every file is uploaded, and the pauses its rate limit (429) asks for.
   */
  timeoutMs?: number
  /** How many files are uploaded at once; UPLOAD_CONCURRENCY by default. */
  uploadConcurrency?: number
  onProgress?: (message: string) => void
  /** Resolves after `ms`, or early once `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /**
   * The clinic's domain, when the site id came from its content: the Netlify site must serve it
   * (its custom domain or an alias), or nothing is sent. A valid id of another clinic's site would
   * otherwise replace that site with this clinic's pages, its disclaimer and its jurisdiction's gate.
   */
  expectedDomain?: string
}

export interface DeployResult {
  deployId: string | undefined
  files: number
  /** Site paths uploaded because Netlify did not have their content. */
  uploaded: string[]
  /** The functions the deploy carries, by name. */
  functions: string[]
  /** Of those, the ones uploaded because Netlify did not have their archive. */
  uploadedFunctions: string[]
  url: string | undefined
  state: string
}

interface DeployState {
  id?: string
  state?: string
  required?: string[]
  /** SHA256 of the function archives Netlify lacks. */
  required_functions?: string[]
  ssl_url?: string
  deploy_ssl_url?: string
  error_message?: string
}

/** Where a deploy's netlify.toml goes: its root. */
export const NETLIFY_CONFIG_PATH = '/netlify.toml'
/**
 * Netlify's CLI waits 20 minutes for a deploy to go live: after its last upload Netlify still
 * processes every file, and a clinic of thousands of articles can stay `processing` for minutes.
 */
export const DEPLOY_WAIT_MS = 20 * 60_000
/** Netlify's own deploy client (netlify-cli) uploads 5 files at once by default. */
export const UPLOAD_CONCURRENCY = 5
/** Tries of one file's upload while Netlify answers 5xx, the first pause, doubled after each try (5 s, 10 s, 20 s, 40 s). */
export const UPLOAD_ATTEMPTS = 5
export const UPLOAD_RETRY_DELAY_MS = 5_000

/** Netlify's CLI creates a deploy of more files than this asynchronously (its DEFAULT_SYNC_LIMIT). */
export const ASYNC_FILE_LIMIT = 100

const LIVE_STATES = new Set(['ready'])
// What Netlify's CLI takes as an asynchronous deploy done comparing digests (its waitForDiff).
const PREPARED_STATES = new Set(['prepared', 'uploading', 'uploaded', 'ready'])
const FAILED_STATES = new Set(['error'])

// The catalog's hint for a failed deploy says the previous one stays live; one that has every file
// and was only slow may replace it yet, so the operator is told to look before running it again.
const STILL_PENDING_HINT =
  'Watch the deploy in the Netlify UI: it has every file and may still go live. If it ends in error the previous deploy stays live; run `sanad deploy` again then.'

/** One upload: what the messages call it, where it goes below the API's base path, and its bytes. */
interface Upload {
  label: string
  path: string
  bytes: () => Promise<Uint8Array<ArrayBuffer>>
  /**
   * Whether a retry says which one it is (X-Nf-Retry-Count: 1 on the first, whatever failed), as
   * Netlify's API takes it on a function's upload, so that it can adjust its behaviour, and Netlify's
   * CLI sends it.
   */
  countsRetries?: boolean
}

/** What a deploy's creation says of its functions, as Netlify's CLI says it: digests, routes and schedules. */
const functionsOfDeploy = (functions: readonly SiteFunction[]): Record<string, unknown> => {
  if (functions.length === 0) return {}
  const configured = functions.filter((fn) => fn.config !== undefined)
  const scheduled = functions.filter((fn) => fn.schedule !== undefined)
  return {
    functions: Object.fromEntries(functions.map((fn) => [fn.name, fn.sha256])),
    ...(configured.length > 0 ? {functions_config: Object.fromEntries(configured.map((fn) => [fn.name, fn.config]))} : {}),
    ...(scheduled.length > 0 ? {function_schedules: scheduled.map((fn) => ({name: fn.name, cron: fn.schedule}))} : {}),
  }
}

/** Netlify's uploadDeployFunction: the archive's runtime, invocation mode and timeout ride in the query. */
const functionUploadPath = (deployId: string, fn: SiteFunction): string => {
  const query = new URLSearchParams({runtime: fn.runtime})
  if (fn.invocationMode !== undefined) query.set('invocation_mode', fn.invocationMode)
  if (fn.timeout !== undefined) query.set('timeout', String(fn.timeout))
  query.set('size', String(fn.bytes.length))
  return `/deploys/${deployId}/functions/${encodeURIComponent(fn.name)}?${query}`
}

export const deploySite = async (options: DeploySiteOptions): Promise<DeployResult> => {
  const progress = options.onProgress ?? (() => {})
  const siteDigests = await collectFileDigests(options.siteDir)
  const digests = options.configFile ? [...siteDigests, await digestFile(options.configFile, NETLIFY_CONFIG_PATH)] : siteDigests
  if (options.dryRun) {
    const functions = (await options.bundleFunctions?.()) ?? []
    const functionNames = functions.map((fn) => fn.name)
    const bundled = functions.length > 0 ? ` and ${englishCount(functions.length, 'function', 'functions')} bundled` : ''
    progress(`dry run: ${englishCount(digests.length, 'file', 'files')} digested${bundled}, nothing sent to Netlify`)
    return {deployId: undefined, files: digests.length, uploaded: [], functions: functionNames, uploadedFunctions: [], url: undefined, state: 'dry-run'}
  }
  const fail = (message: string, cause?: unknown, hint?: string): never => {
    throw new SanadError('NETLIFY_DEPLOY_FAILED', message, {...(cause === undefined ? {} : {cause}), ...(hint === undefined ? {} : {hint})})
  }
  const client = options.client
  if (!client) throw new Error('deploySite needs a Netlify client unless dryRun is set')
  if (options.expectedDomain !== undefined) await assertSiteServes(client, options.siteId, options.expectedDomain)
  const functions = (await options.bundleFunctions?.()) ?? []
  const functionNames = functions.map((fn) => fn.name)
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => pause(ms, undefined, {signal}).catch(() => {}))
  const waits = new DeployWaits(options.timeoutMs ?? DEPLOY_WAIT_MS, sleep)
  // The first upload that fails dooms the deploy: the others stop there, instead of retrying a 5xx
  // for another minute and more, uploading to a deploy that will never go live while the command
  // that already said so cannot exit.
  const failed = new AbortController()
  const request = (call: NetlifyCall): Promise<unknown> => netlifyRequest(client, call, (ms) => waits.rateLimited(ms, failed.signal))
  /**
   * Polls the deploy until its state is one of `until`, failing at once when it is `error`.
   * `doing` completes "… while <doing>"; `ranOut` says what a deploy still short of `until` when
   * the wait runs out means, given Netlify's last refusal (a 5xx or a 429) if its last answer was one.
   */
  const pollDeploy = async (from: DeployState & {id: string}, until: ReadonlySet<string>, doing: string, ranOut: (state: DeployState, refusedStatus: number | undefined) => never): Promise<DeployState> => {
    const deadline = waits.startPolling()
    let state: DeployState = from
    // A 5xx is Netlify's passing trouble, and the next poll may see the deploy further on; a rate
    // limit whose pause would outlast the wait is polled through too, till the wait runs out.
    let refusedStatus: number | undefined
    while (!until.has(state.state ?? '')) {
      if (FAILED_STATES.has(state.state ?? '')) fail(`Deploy ${from.id} failed on Netlify: ${state.error_message ?? 'no reason given'}`)
      if (Date.now() > deadline) ranOut(state, refusedStatus)
      await sleep(options.pollIntervalMs ?? 1000)
      try {
        state = (await request({method: 'GET', path: `/deploys/${from.id}`})) as DeployState
        refusedStatus = undefined
      } catch (error) {
        const status = netlifyStatusOf(error)
        if (status === undefined || (status < 500 && status !== 429)) throw netlifyFailure(error, doing, options.siteId, from.id)
        refusedStatus = status
      }
    }
    waits.endPolling()
    return state
  }
  // Synchronously, Netlify compares every digest before it answers: for a clinic of thousands of
  // articles (24,000 files at 4,000) that answer can outlast the connection.
  const createAsync = digests.length > ASYNC_FILE_LIMIT
  let created: DeployState
  try {
    created = (await request({
      method: 'POST',
      path: `/sites/${options.siteId}/deploys`,
      json: {
        files: Object.fromEntries(digests.map((digest) => [digest.path, digest.sha1])),
        ...functionsOfDeploy(functions),
        draft: options.draft ?? false,
        ...(createAsync ? {async: true} : {}),
      },
    })) as DeployState
  } catch (error) {
    throw netlifyFailure(error, `creating a deploy of site ${options.siteId}`, options.siteId)
  }
  const deployId = created.id ?? fail('Netlify answered without a deploy id.')
  const deploy = !createAsync
    ? created
    : await pollDeploy({...created, id: deployId}, PREPARED_STATES, `waiting for Netlify to prepare deploy ${deployId}`, (state, refusedStatus) =>
        fail(
          refusedStatus !== undefined
            ? `Deploy ${deployId} was not prepared when the wait ran out: Netlify's last answer about it was HTTP ${refusedStatus}. Nothing was uploaded, and it will not go live.`
            : `Deploy ${deployId} was still "${state.state}" (Netlify comparing its ${digests.length} file digests with those it has) when the wait ran out. Nothing was uploaded, and it will not go live.`,
        ),
      )
  const required = new Set(deploy.required ?? [])
  const toUpload: SiteFileDigest[] = digests.filter((digest) => required.has(digest.sha1))
  const requiredFunctions = new Set(deploy.required_functions ?? [])
  const functionsToUpload = functions.filter((fn) => requiredFunctions.has(fn.sha256))
  // Netlify waits for every file and function it asks for; one this deploy never listed would leave
  // it waiting until the timeout, so say so now.
  const unlisted = (asked: ReadonlySet<string>, listed: readonly string[]) => [...asked].filter((sha) => !new Set(listed).has(sha))
  const unknown = unlisted(required, digests.map((digest) => digest.sha1))
  if (unknown.length > 0) fail(`Deploy ${deployId} asks for ${unknown.length} file(s) this deploy did not list (SHA-1 ${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}); it would never go live. Run the deploy again.`)
  const unknownFunctions = unlisted(requiredFunctions, functions.map((fn) => fn.sha256))
  if (unknownFunctions.length > 0) fail(`Deploy ${deployId} asks for ${unknownFunctions.length} function archive(s) this deploy did not list (SHA-256 ${unknownFunctions.slice(0, 3).join(', ')}${unknownFunctions.length > 3 ? ', …' : ''}); it would never go live. Run the deploy again.`)
  const functionsNote = functions.length > 0 ? ` and ${functionsToUpload.length} of ${englishCount(functions.length, 'function', 'functions')}` : ''
  progress(`deploy ${deployId}: ${toUpload.length} of ${englishCount(digests.length, 'file', 'files')}${functionsNote} to upload`)
  // netlifyRequest waits out a rate limit (429) or a dropped connection, as long as Netlify asks
  // and the deploy's wait allows; all uploads pause together, the limit being the deploy's. A 5xx is
  // Netlify's own passing trouble: one file's upload is tried again after a pause, as Netlify's
  // deploy client does, instead of failing a deploy of thousands of files. Any other failure stops
  // the deploy, which never goes live with files missing (Netlify keeps serving the previous one).
  const upload = async (item: Upload): Promise<void> => {
    const bytes = await item.bytes()
    const sends = item.countsRetries ? {sends: {count: 0}} : {}
    for (let attempt = 1; ; attempt++) {
      try {
        await waits.pauseOver(failed.signal)
        await request({method: 'PUT', path: item.path, bytes, ...sends})
        return
      } catch (error) {
        const status = netlifyStatusOf(error)
        if (status !== undefined && status >= 500 && attempt < UPLOAD_ATTEMPTS && !failed.signal.aborted) {
          await sleep(UPLOAD_RETRY_DELAY_MS * 2 ** (attempt - 1), failed.signal)
          if (failed.signal.aborted) return
          continue
        }
        throw netlifyFailure(error, `uploading ${item.label} to deploy ${deployId}${attempt > 1 ? ` (attempt ${attempt} of ${UPLOAD_ATTEMPTS})` : ''}`, options.siteId, deployId)
      }
    }
  }
  // A few uploads at once, as Netlify's own deploy client does: one at a time, a first deploy of a
  // clinic's few thousand files waits out a round trip each.
  const uploadOrStop = (item: Upload): Promise<void> =>
    upload(item).catch((error: unknown) => {
      failed.abort()
      throw error
    })
  const uploads: Upload[] = [
    ...toUpload.map((digest) => ({
      label: digest.path,
      // Path segments may be Arabic: encoded as Netlify's own CLI encodes them.
      path: `/deploys/${deployId}/files/${encodeURI(digest.path.slice(1))}?size=${digest.size}`,
      bytes: () => digestedBytes(digest, deployId),
    })),
    ...functionsToUpload.map((fn) => ({label: `function ${fn.name}`, path: functionUploadPath(deployId, fn), bytes: async () => fn.bytes, countsRetries: true})),
  ]
  await pMap(uploads, uploadOrStop, {concurrency: options.uploadConcurrency ?? UPLOAD_CONCURRENCY})
  // Every file is uploaded by now, so the deploy goes live whatever one look at it answers: failing
  // on a 5xx would say the previous deploy stays live while this one was about to replace it.
  const state = await pollDeploy({...deploy, id: deployId}, LIVE_STATES, `waiting for deploy ${deployId} to go live`, (pending, refusedStatus) =>
    fail(
      refusedStatus !== undefined
        ? `Deploy ${deployId} has every file, but Netlify's last answer about its state, when the wait ran out, was HTTP ${refusedStatus}: see it in the Netlify UI, where it may yet go live.`
        : `Deploy ${deployId} has every file, but was still "${pending.state}" when the wait ran out: see it in the Netlify UI, where it may yet go live.`,
      undefined,
      STILL_PENDING_HINT,
    ),
  )
  const url = state.deploy_ssl_url ?? state.ssl_url
  // A draft is ready at its own URL and never replaces the live site: saying "live" would tell the
  // operator the clinic's readers see it.
  progress(options.draft ? `draft deploy ${deployId} is ready at ${url ?? 'its deploy URL'}; the live site is unchanged` : `deploy ${deployId} is live`)
  return {
    deployId,
    files: digests.length,
    uploaded: toUpload.map((digest) => digest.path),
    functions: functionNames,
    uploadedFunctions: functionsToUpload.map((fn) => fn.name),
    url,
    state: state.state ?? 'ready',
  }
}
