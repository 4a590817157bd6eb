// Measures the latency from a signed Sanity webhook to the updated page being served by
// `sanad serve`: edit an article in a dataset export, POST the signed webhook, poll the article page
// over HTTP until it shows the edit. Everything runs on 127.0.0.1 in this process.
// Run alone: `node scripts/bench/webhookLatency.ts [runs] [datasetDir] [articleId]`.
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {encodeSignatureHeader} from '@sanity/webhook'
import {serveSites} from '../../src/server/serveSites.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'

export interface WebhookLatencyOptions {
  /** Edits to time; the first also warms up nothing, every run is reported. */
  runs?: number
  /** A dataset export folder (data.ndjson + images/); default: the bundled dataset. */
  datasetDir?: string
  /** The article to edit; it must be published to at least one clinic. */
  articleId?: string
  /** The build clock; the bundled dataset's review dates are set around this instant. */
  now?: Date
}

export interface WebhookLatencyResult {
  runs: number
  articleId: string
  clinic: string
  /** ms from sending the webhook to the first response showing the edited title. */
  samplesMs: number[]
  medianMs: number
  p95Ms: number
  maxMs: number
}

type RawDocument = {_id: string; _type: string; title?: string; slug?: {current: string}; targetClinics?: {_ref: string}[]}

const BUNDLED = fileURLToPath(new URL('../../dataset/', import.meta.url))
const SECRET = 'webhook-latency-bench'
const POLL_MS = 2
const TIMEOUT_MS = 60_000

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

export const measureWebhookLatency = async (options: WebhookLatencyOptions = {}): Promise<WebhookLatencyResult> => {
  const runs = options.runs ?? 10
  const articleId = options.articleId ?? 'article.meso-realistic'
  const now = options.now ?? new Date('2026-11-21T12:00:00Z')
  const dataset = await mkdtemp(join(tmpdir(), 'sanad-latency-dataset-'))
  const outDir = await mkdtemp(join(tmpdir(), 'sanad-latency-dist-'))
  await cp(options.datasetDir ?? BUNDLED, dataset, {recursive: true})
  const ndjson = join(dataset, 'data.ndjson')
  const documents = (await readFile(ndjson, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as RawDocument)
  const article = documents.find((document) => document._id === articleId)
  if (!article?.slug) throw new Error(`${articleId} is not an article in this dataset`)

  const served = await serveSites({outDir, openSource: () => openLocalSource(dataset), port: 0, webhookSecret: SECRET, now: () => now, onProgress: (message) => { if (/failed/.test(message)) console.error(message) }})
  const samplesMs: number[] = []
  let clinic = ''
  try {
    // Time the page of a clinic the article is actually published to.
    clinic = served.initialReport.clinics.find((entry) => entry.published.some((published) => published.articleId === articleId))?.slug ?? ''
    if (!clinic) throw new Error(`${articleId} is not published to any clinic at ${now.toISOString()}; pick another --article`)
    const page = new URL(`/articles/${encodeURIComponent(article.slug.current)}/`, served.clinicUrls[clinic])
    for (let run = 1; run <= runs; run += 1) {
      // Neutral words: a marker a gate rule blocks (such as «رقم 1», a banned claim) would take the page down instead.
      const marker = `تحديث تحريري ${run}`
      const edited = documents.map((document) => (document._id === articleId ? {...document, title: `${article.title} — ${marker}`} : document))
      await writeFile(ndjson, `${edited.map((document) => JSON.stringify(document)).join('\n')}\n`)
      const body = JSON.stringify({_id: articleId, _type: 'article'})
      const signature = await encodeSignatureHeader(body, now.getTime() + run, SECRET)
      const started = performance.now()
      const response = await fetch(served.webhookUrl!, {method: 'POST', body, headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature}})
      if (response.status !== 202) throw new Error(`webhook answered ${response.status}: ${await response.text()}`)
      for (;;) {
        const pageResponse = await fetch(page)
        const status = pageResponse.status
        const html = await pageResponse.text()
        if (html.includes(marker)) break
        if (performance.now() - started > TIMEOUT_MS) throw new Error(`page not updated within ${TIMEOUT_MS} ms (last status ${status})`)
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      samplesMs.push(Math.round(performance.now() - started))
      await served.rebuilder.idle()
    }
  } finally {
    await served.close()
    await rm(dataset, {recursive: true, force: true})
    await rm(outDir, {recursive: true, force: true})
  }
  const sorted = [...samplesMs].sort((a, b) => a - b)
  return {runs, articleId, clinic, samplesMs, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1)!}
}

if (import.meta.main) {
  const [runs, datasetDir, articleId] = process.argv.slice(2)
  const result = await measureWebhookLatency({
    ...(runs ? {runs: Number(runs)} : {}),
    ...(datasetDir ? {datasetDir} : {}),
    ...(articleId ? {articleId} : {}),
  })
  console.log(JSON.stringify(result, null, 2))
}
