// `sanad serve` at an article's publishAt and unpublishAt: the article goes live on its clinic's site
// then, and comes off at its unpublishAt, through the webhook's rebuild path, with no edit or midnight
// in between; an edit that moves the time moves the timer. Timers are injected and fired by the test.
import {readFile, readlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import {serveSites} from '../../src/server/serveSites.ts'
import {rebuildAtWindowChanges} from '../../src/server/rebuildAtWindowChanges.ts'
import type {SetTimer} from '../../src/schedule/instantTimer.ts'
import type {DocumentChange} from '../../src/webhook/index.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, removedAfterEach, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()
const HOME_ROUTINE = '/articles/hair-home-routine/'
const MINUTE = 60_000
const scheduleHomeRoutine = (window: {publishAt?: string; unpublishAt?: string}) => (documents: RawDocument[]) =>
  documents.map((document) => (document._id === 'article.hair-home-routine' ? {...document, ...window} : document))

interface Timer {
  ms: number
  fire: () => void
  /** Cancelled, or fired. */
  done: boolean
}
/** The timers set, and those still armed: neither cancelled nor fired. */
const injectedTimers = () => {
  const timers: Timer[] = []
  const setTimer: SetTimer = (ms, fire) => {
    const timer: Timer = {
      ms,
      fire: () => {
        timer.done = true
        fire()
      },
      done: false,
    }
    timers.push(timer)
    return () => void (timer.done = true)
  }
  return {timers, setTimer, armed: () => timers.filter((timer) => !timer.done)}
}

describe('sanad serve at an article’s publishAt and unpublishAt', () => {
  it('publishes the article on its clinic’s site when its publishAt passes, withdraws it at its unpublishAt, and says so', async () => {
    const dataset = await copyBundledDataset(scheduleHomeRoutine({publishAt: '2026-11-21T09:00:00Z', unpublishAt: '2026-11-21T09:30:00Z'}))
    const outDir = await tempDir('sanad-serve-window-')
    cleanup(dataset, outDir)
    let clock = new Date('2026-11-21T08:55:00Z')
    const {setTimer, armed} = injectedTimers()
    const messages: string[] = []
    const served = await serveSites({outDir, openSource: () => openLocalSource(dataset), port: 0, now: () => clock, setTimer, onProgress: (message) => messages.push(message)})
    try {
      const status = async () => (await fetch(new URL(HOME_ROUTINE, served.clinicUrls['nour-cairo']))).status
      expect(await status()).toBe(404)
      // The midnight timer (Dubai's, 11 h 5 min on) and the publishAt's, 5 min on.
      expect(armed().map((timer) => timer.ms).sort((a, b) => a - b)).toEqual([5 * MINUTE, (11 * 60 + 5) * MINUTE])

      const riyadhRelease = await readlink(join(outDir, 'rawda-riyadh'))
      clock = new Date('2026-11-21T09:00:00.005Z')
      armed().find((timer) => timer.ms === 5 * MINUTE)!.fire()
      await served.rebuilder.idle()
      expect(messages).toContain('publishing window changed at 2026-11-21T09:00:00.000Z; rebuilding nour-cairo')
      expect(await status()).toBe(200)
      expect(await readlink(join(outDir, 'rawda-riyadh'))).toBe(riyadhRelease)
      // Armed again for the unpublishAt, half an hour after the publishAt.
      expect(armed().map((timer) => timer.ms)).toContain(30 * MINUTE - 5)

      // The writer moves the withdrawal to 10:00: the rebuild for that edit moves the timer.
      const ndjson = join(dataset, 'data.ndjson')
      const documents = (await readFile(ndjson, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as RawDocument)
      await writeFile(ndjson, `${scheduleHomeRoutine({unpublishAt: '2026-11-21T10:00:00Z'})(documents).map((document) => JSON.stringify(document)).join('\n')}\n`)
      clock = new Date('2026-11-21T09:10:00Z')
      await served.rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})
      expect(armed().map((timer) => timer.ms)).not.toContain(30 * MINUTE - 5)
      expect(armed().map((timer) => timer.ms)).toContain(50 * MINUTE)

      // The machine slept past it: the late timer still withdraws the article.
      clock = new Date('2026-11-21T10:20:00Z')
      armed().find((timer) => timer.ms === 50 * MINUTE)!.fire()
      await served.rebuilder.idle()
      expect(messages.filter((message) => message.startsWith('publishing window changed'))).toEqual([
        'publishing window changed at 2026-11-21T09:00:00.000Z; rebuilding nour-cairo',
        'publishing window changed at 2026-11-21T10:00:00.000Z; rebuilding nour-cairo',
      ])
      expect(await status()).toBe(404)
    } finally {
      await served.close()
    }
    expect(armed()).toEqual([])
  })
})

describe('rebuildAtWindowChanges', () => {
  const graphWith = (articles: {publishAt?: string; unpublishAt?: string; clinics: string[]}[]) =>
    ({
      articles: new Map(articles.map((article, index) => [`article.${index}`, {...article, targetClinics: article.clinics.map((_ref) => ({_ref}))}])),
      clinics: new Map(['clinic.nour-cairo', 'clinic.lulu-dubai'].map((id) => [id, {_id: id, slug: {current: id.slice('clinic.'.length)}}])),
    }) as unknown as ContentGraph

  it('rebuilds for an instant that passed while a rebuild for an edit ran, which re-armed the timer', () => {
    let clock = new Date('2026-11-21T08:59:00Z')
    const {setTimer, armed} = injectedTimers()
    const submitted: DocumentChange[] = []
    const messages: string[] = []
    const graph = graphWith([{publishAt: '2026-11-21T09:00:00Z', clinics: ['clinic.lulu-dubai', 'clinic.nour-cairo']}, {publishAt: '2026-11-21T12:00:00Z', clinics: ['clinic.nour-cairo']}])
    const windows = rebuildAtWindowChanges({
      now: () => clock,
      builtAt: clock,
      graph: () => graph,
      submit: async (change) => void submitted.push(change),
      onProgress: (message) => messages.push(message),
      setTimer,
    })
    expect(armed().map((timer) => timer.ms)).toEqual([MINUTE])
    // A webhook's rebuild ends a moment after 09:00, before the timer ran.
    clock = new Date('2026-11-21T09:00:00.020Z')
    windows.rearm()
    expect(armed().map((timer) => timer.ms)).toEqual([0])
    armed()[0]!.fire()
    expect(messages).toEqual(['publishing window changed at 2026-11-21T09:00:00.000Z; rebuilding lulu-dubai, nour-cairo'])
    expect(submitted).toEqual([
      {documentId: 'clinic.lulu-dubai', documentType: 'clinic'},
      {documentId: 'clinic.nour-cairo', documentType: 'clinic'},
    ])
    expect(armed().map((timer) => timer.ms)).toEqual([3 * 60 * MINUTE - 20])
    windows.stop()
    expect(armed()).toEqual([])
  })

  it('waits at most a day at a time for an instant weeks away, and arms nothing when no window changes', () => {
    const clock = new Date('2026-11-21T09:00:00Z')
    const {setTimer, armed} = injectedTimers()
    const messages: string[] = []
    let graph = graphWith([{unpublishAt: '2027-01-30T09:00:00Z', clinics: ['clinic.nour-cairo']}])
    const windows = rebuildAtWindowChanges({now: () => clock, builtAt: clock, graph: () => graph, submit: async () => {}, onProgress: (message) => messages.push(message), setTimer})
    expect(armed().map((timer) => timer.ms)).toEqual([24 * 60 * MINUTE])
    armed()[0]!.fire()
    expect(messages).toEqual([])
    expect(armed().map((timer) => timer.ms)).toEqual([24 * 60 * MINUTE])
    graph = graphWith([{publishAt: '2026-11-20T09:00:00Z', clinics: ['clinic.nour-cairo']}])
    windows.rearm()
    expect(armed()).toEqual([])
  })
})
