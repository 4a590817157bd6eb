// `sanad serve` at a clinic's midnight: a claim approval lapsing on the 20th takes its article off
// the Dubai site at Dubai's midnight (20:00Z) through the webhook's rebuild path, Riyadh's and Cairo's
// at theirs. The timer is injected and fired by the test; the clock is injected.
import {readlink} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {serveSites} from '../../src/server/serveSites.ts'
import type {SetTimer} from '../../src/schedule/instantTimer.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, removedAfterEach, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()
const MESO = '/articles/mesotherapy-hair-skin-realistic-results/'
const lapsingOn20th = (documents: RawDocument[]) =>
  documents.map((document) => (document._id === 'claim.meso-gradual-results' ? {...document, review: {...(document.review as object), reviewDue: '2026-11-20'}} : document))

describe('sanad serve at a clinic’s midnight', () => {
  it('rebuilds the clinics of the country whose day has just begun, and says so', async () => {
    const dataset = await copyBundledDataset(lapsingOn20th)
    const outDir = await tempDir('sanad-serve-midnight-')
    cleanup(dataset, outDir)
    let clock = new Date('2026-11-20T19:55:00Z')
    const timers: {ms: number; fire: () => void; cancelled: boolean}[] = []
    const setTimer: SetTimer = (ms, fire) => {
      const timer = {ms, fire, cancelled: false}
      timers.push(timer)
      return () => void (timer.cancelled = true)
    }
    const messages: string[] = []
    const served = await serveSites({outDir, openSource: () => openLocalSource(dataset), port: 0, now: () => clock, setTimer, onProgress: (message) => messages.push(message)})
    try {
      const status = async (clinic: string) => (await fetch(new URL(MESO, served.clinicUrls[clinic]))).status
      expect(await status('lulu-dubai')).toBe(200)
      expect(timers.map((timer) => timer.ms)).toEqual([5 * 60_000])

      const cairoRelease = await readlink(`${outDir}/nour-cairo`)
      clock = new Date('2026-11-20T20:00:00.005Z')
      timers[0]!.fire()
      await served.rebuilder.idle()
      expect(messages).toContain('a new day began in AE at 2026-11-20T20:00:00.000Z (midnight Asia/Dubai); rebuilding lulu-dubai')
      expect(await status('lulu-dubai')).toBe(404)
      expect(await readlink(`${outDir}/nour-cairo`)).toBe(cairoRelease)
      // Armed again for Riyadh's midnight, an hour on.
      expect(timers[1]!.ms).toBe(60 * 60_000 - 5)

      // The machine slept past Riyadh's midnight and Cairo's: the late timer rebuilds both.
      clock = new Date('2026-11-20T22:10:00Z')
      timers[1]!.fire()
      await served.rebuilder.idle()
      expect(messages.filter((message) => message.startsWith('a new day began'))).toEqual([
        'a new day began in AE at 2026-11-20T20:00:00.000Z (midnight Asia/Dubai); rebuilding lulu-dubai',
        'a new day began in SA at 2026-11-20T21:00:00.000Z (midnight Asia/Riyadh); rebuilding rawda-riyadh',
        'a new day began in EG at 2026-11-20T22:00:00.000Z (midnight Africa/Cairo); rebuilding nour-cairo',
      ])
      expect(await status('rawda-riyadh')).toBe(404)
      expect(await status('nour-cairo')).toBe(404)
      expect(timers[2]!.ms).toBe(21 * 60 * 60_000 + 50 * 60_000)
    } finally {
      await served.close()
    }
    expect(timers.at(-1)!.cancelled).toBe(true)
  })
})
