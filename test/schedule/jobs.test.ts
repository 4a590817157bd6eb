// The three scheduled jobs on a copy of the bundled dataset, each run at explicit instants:
// publish-at and unpublish-at take effect at the first run after them, sync builds only when the
// content changed, and the nightly sweep writes the reviewers' digest and rebuilds.
import {mkdir, readFile, readlink, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {publishWindowState, upcomingWindowChanges} from '../../src/pipeline/publishWindow.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {formatTextReport} from '../../src/report/formatText.ts'
import {nextDayStart} from '../../src/schedule/clinicDayStarts.ts'
import {emptyScheduleState, reviewSweepJob, scheduledPublishingJob, syncAndRebuildJob, type JobOutcome, type ScheduleState} from '../../src/schedule/index.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {losingWriteLock} from '../support/losingWriteLock.ts'
import {copyBundledDataset, NOW, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

const at = (time: string) => new Date(`2026-11-21T${time}Z`)
const HOME_ROUTINE = 'articles/hair-home-routine/index.html'
const scheduleHomeRoutine = (window: {publishAt?: string; unpublishAt?: string}) => (documents: RawDocument[]) =>
  documents.map((document) => (document._id === 'article.hair-home-routine' ? {...document, ...window} : document))

const setup = async (edit?: (documents: RawDocument[]) => RawDocument[]) => {
  const dataset = await copyBundledDataset(edit)
  const outDir = await tempDir('sanad-jobs-')
  cleanup(dataset, outDir)
  const environment = {outDir, openSource: () => openLocalSource(dataset), digestDir: join(outDir, '..', `${outDir.split('/').pop()}-digests`)}
  cleanup(environment.digestDir)
  return {dataset, outDir, environment}
}

/** Applies a job's outcome the way the scheduler does. */
const apply = (state: ScheduleState, outcome: JobOutcome): ScheduleState => ({...state, content: {...state.content, ...outcome.content}})
const exists = (path: string) => readFile(path).then(() => true, () => false)

describe('publishWindowState', () => {
  it.each([
    [{}, '12:00:00', {live: true}],
    [{publishAt: '2026-11-21T12:07:30Z'}, '12:07:29', {live: false, reason: 'before-publish-at', at: '2026-11-21T12:07:30Z'}],
    [{publishAt: '2026-11-21T12:07:30Z'}, '12:07:30', {live: true}],
    [{unpublishAt: '2026-11-21T12:30:00Z'}, '12:29:59', {live: true}],
    [{unpublishAt: '2026-11-21T12:30:00Z'}, '12:30:00', {live: false, reason: 'after-unpublish-at', at: '2026-11-21T12:30:00Z'}],
    [{publishAt: '2026-11-21T12:00:00+02:00'}, '10:00:00', {live: true}],
  ])('%j at %s → %j', (window, time, expected) => {
    expect(publishWindowState(window, at(time))).toEqual(expected)
  })

  it('lists the future instants at which some article goes live or comes off', () => {
    expect(upcomingWindowChanges([{publishAt: '2026-11-21T12:07:30Z', unpublishAt: '2026-11-21T13:00:00Z'}, {publishAt: '2026-11-20T00:00:00Z'}], at('12:00:00'))).toEqual([
      '2026-11-21T12:07:30.000Z',
      '2026-11-21T13:00:00.000Z',
    ])
  })
})

describe('scheduled publishing', () => {
  it('publishes an article at the first minute after its publishAt, and withdraws it at its unpublishAt', async () => {
    const {outDir, environment} = await setup(scheduleHomeRoutine({publishAt: '2026-11-21T12:07:30Z', unpublishAt: '2026-11-21T12:30:00Z'}))
    const page = join(outDir, 'nour-cairo', HOME_ROUTINE)
    let state = emptyScheduleState()
    const sync = syncAndRebuildJob(environment)
    const publishing = scheduledPublishingJob(environment)

    state = apply(state, await sync.run({now: at('12:00:00'), state}))
    expect(await exists(page)).toBe(false)
    expect(state.content.windowChanges).toEqual(['2026-11-21T12:07:30.000Z', '2026-11-21T12:30:00.000Z'])

    const early = await publishing.run({now: at('12:07:00'), state})
    expect(early.summary).toBe('no publish-at, unpublish-at or clinic midnight has passed')
    expect(await exists(page)).toBe(false)

    const cairoBefore = await readlink(join(outDir, 'rawda-riyadh'))
    const onTime = await publishing.run({now: at('12:08:00'), state})
    state = apply(state, onTime)
    expect(onTime.summary).toMatch(/^publishing window changed at 2026-11-21T12:07:30.000Z; rebuilt nour-cairo: 2 published/)
    expect(await exists(page)).toBe(true)
    expect(await readlink(join(outDir, 'rawda-riyadh'))).toBe(cairoBefore)
    const index = JSON.parse(await readFile(join(outDir, 'nour-cairo', 'api/v1/index.json'), 'utf8'))
    expect(index.articles.map((article: {slug: string}) => article.slug)).toContain('hair-home-routine')
    expect(state.content.windowChanges).toEqual(['2026-11-21T12:30:00.000Z'])

    state = apply(state, await publishing.run({now: at('12:30:00'), state}))
    expect(await exists(page)).toBe(false)
    expect(state.content.windowChanges).toEqual([])
  })

  it('reports an article waiting for its publishAt, without calling it blocked', async () => {
    const {dataset, outDir} = await setup(scheduleHomeRoutine({publishAt: '2026-11-22T08:00:00Z'}))
    const source = await openLocalSource(dataset)
    const report = await runBuild({source, outDir, now: NOW, clinicSlugs: ['nour-cairo']})
    await source.close()
    const [cairo] = report.clinics
    expect(cairo!.scheduled).toEqual([{articleId: 'article.hair-home-routine', title: expect.any(String), reason: 'before-publish-at', at: '2026-11-22T08:00:00Z'}])
    expect(cairo!.blocked.map((article) => article.articleId)).not.toContain('article.hair-home-routine')
    expect(formatTextReport(report, {mode: 'build'})).toContain('(article.hair-home-routine): اجتاز الفحص، ويُنشر في موعده 2026-11-22T08:00:00Z')
  })
})

describe('a clinic\u2019s midnight', () => {
  const MESO = 'articles/mesotherapy-hair-skin-realistic-results/index.html'
  const lapsingOn20th = (documents: RawDocument[]) =>
    documents.map((document) => (document._id === 'claim.meso-gradual-results' ? {...document, review: {...(document.review as object), reviewDue: '2026-11-20'}} : document))

  it('rebuilds the clinics of the country whose day has just begun, so an approval that lapsed at its midnight comes off then', async () => {
    const {outDir, environment} = await setup(lapsingOn20th)
    const sync = syncAndRebuildJob(environment)
    const publishing = scheduledPublishingJob(environment)
    let state = apply(emptyScheduleState(), await sync.run({now: new Date('2026-11-20T19:55:00Z'), state: emptyScheduleState()}))
    expect(state.content.dayStarts).toEqual([
      {jurisdiction: 'AE', at: '2026-11-20T20:00:00.000Z'},
      {jurisdiction: 'SA', at: '2026-11-20T21:00:00.000Z'},
      {jurisdiction: 'EG', at: '2026-11-20T22:00:00.000Z'},
    ])
    expect(await exists(join(outDir, 'lulu-dubai', MESO))).toBe(true)
    expect((await publishing.run({now: new Date('2026-11-20T19:59:00Z'), state})).summary).toBe('no publish-at, unpublish-at or clinic midnight has passed')

    const cairoBefore = await readlink(join(outDir, 'nour-cairo'))
    const dubaiMidnight = await publishing.run({now: new Date('2026-11-20T20:00:00Z'), state})
    expect(dubaiMidnight.summary).toMatch(/^a new day began in AE at 2026-11-20T20:00:00.000Z \(midnight Asia\/Dubai\); rebuilt lulu-dubai: 0 published, 2 blocked$/)
    expect(await exists(join(outDir, 'lulu-dubai', MESO))).toBe(false)
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(cairoBefore)
    state = apply(state, dubaiMidnight)
    expect(state.content.dayStarts.map((day) => day.at)).toEqual(['2026-11-20T21:00:00.000Z', '2026-11-20T22:00:00.000Z', '2026-11-21T20:00:00.000Z'])

    state = apply(state, await publishing.run({now: new Date('2026-11-20T21:00:00Z'), state}))
    const cairoMidnight = await publishing.run({now: new Date('2026-11-20T22:00:00Z'), state})
    expect(cairoMidnight.summary).toMatch(/^a new day began in EG at 2026-11-20T22:00:00.000Z \(midnight Africa\/Cairo\); rebuilt nour-cairo: /)
    expect(await exists(join(outDir, 'nour-cairo', MESO))).toBe(false)
  })

  it('finds the midnight across a DST change: Cairo\u2019s 24 April 2026 begins at 01:00 EEST, its 30 October 25 hours after its 29th began, the clocks having gone back from 24:00 EEST to 23:00 EET', () => {
    expect(nextDayStart(new Date('2026-04-23T12:00:00Z'), 'Africa/Cairo').toISOString()).toBe('2026-04-23T22:00:00.000Z')
    expect(nextDayStart(new Date('2026-04-24T12:00:00Z'), 'Africa/Cairo').toISOString()).toBe('2026-04-24T21:00:00.000Z')
    expect(nextDayStart(new Date('2026-10-28T21:00:00Z'), 'Africa/Cairo').toISOString()).toBe('2026-10-29T22:00:00.000Z')
    expect(nextDayStart(new Date('2026-10-29T21:30:00Z'), 'Africa/Cairo').toISOString()).toBe('2026-10-29T22:00:00.000Z')
  })

  it('a state saved before midnights were recorded learns them without building', async () => {
    const {environment} = await setup()
    const outcome = await scheduledPublishingJob(environment).run({now: new Date('2026-11-20T19:55:00Z'), state: emptyScheduleState()})
    expect(outcome.content?.dayStarts?.map((day) => day.jurisdiction)).toEqual(['AE', 'SA', 'EG'])
  })
})

describe('sync and rebuild', () => {
  it('builds when the content changed since the last build and skips otherwise', async () => {
    const {dataset, outDir, environment} = await setup()
    const sync = syncAndRebuildJob(environment)
    let state = emptyScheduleState()
    const first = await sync.run({now: NOW, state})
    expect(first.summary).toMatch(/^content changed; rebuilt lulu-dubai: 1 published/)
    state = apply(state, first)
    const release = await readlink(join(outDir, 'nour-cairo'))

    expect((await sync.run({now: NOW, state})).summary).toBe('content unchanged since the last build; nothing built')
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(release)

    const documents = (await readFile(join(dataset, 'data.ndjson'), 'utf8')).replace('روتين منزلي داعم لفروة الرأس', 'روتين منزلي مُحدَّث لفروة الرأس')
    await writeFile(join(dataset, 'data.ndjson'), documents)
    expect((await sync.run({now: NOW, state})).summary).toMatch(/^content changed/)
    expect(await readFile(join(outDir, 'nour-cairo', HOME_ROUTINE), 'utf8')).toContain('روتين منزلي مُحدَّث لفروة الرأس')
  })
  it('a job whose build loses a clinic\u2019s write lock to another build takes it again and builds that clinic, without exiting the scheduler', async () => {
    const {dataset, outDir, environment} = await setup()
    const messages: string[] = []
    const lost = losingWriteLock('nour-cairo', 1)
    try {
      const onProgress = (message: string) => {
        messages.push(message)
        if (message.includes('Building it again')) void lost.otherBuildDone()
      }
      const documents = (await readFile(join(dataset, 'data.ndjson'), 'utf8')).replace('روتين منزلي داعم لفروة الرأس', 'روتين منزلي مُحدَّث لفروة الرأس')
      await writeFile(join(dataset, 'data.ndjson'), documents)
      const outcome = await syncAndRebuildJob({...environment, onProgress}).run({now: NOW, state: emptyScheduleState()})
      expect(lost.exit).not.toHaveBeenCalled()
      expect(outcome.summary).toMatch(/nour-cairo: 2 published/)
      expect(messages.filter((message) => message.includes('Building it again'))).toHaveLength(1)
      expect(await readFile(join(outDir, 'nour-cairo', HOME_ROUTINE), 'utf8')).toContain('روتين منزلي مُحدَّث لفروة الرأس')
    } finally {
      lost.restore()
    }
  })
})

describe('sync and rebuild into an output folder without the last build', () => {
  const SITES = ['lulu-dubai', 'nour-cairo', 'rawda-riyadh']
  const built = async (outDir: string) => Promise.all(SITES.map((slug) => exists(join(outDir, slug, 'index.html'))))

  it('records the folder and the sites the build released', async () => {
    const {outDir, environment} = await setup()
    const outcome = await syncAndRebuildJob(environment).run({now: NOW, state: emptyScheduleState()})
    expect(outcome.content).toMatchObject({outDir, sites: SITES})
  })

  it('builds a new --out folder, then an emptied one, though the content is unchanged; and nothing when the sites stand', async () => {
    const {outDir, environment} = await setup()
    const other = await tempDir('sanad-jobs-other-')
    cleanup(other)
    let state = apply(emptyScheduleState(), await syncAndRebuildJob(environment).run({now: NOW, state: emptyScheduleState()}))
    const sync = syncAndRebuildJob({...environment, outDir: other})

    const moved = await sync.run({now: NOW, state})
    expect(moved.summary).toMatch(new RegExp(`^content unchanged, but the last build wrote ${outDir}, not ${other}; rebuilt lulu-dubai: 1 published`))
    expect(await built(other)).toEqual([true, true, true])
    state = apply(state, moved)
    expect((await sync.run({now: NOW, state})).summary).toBe('content unchanged since the last build; nothing built')

    await rm(other, {recursive: true})
    await mkdir(other)
    const emptied = await sync.run({now: NOW, state})
    expect(emptied.summary).toMatch(new RegExp(`^content unchanged, but ${other} has no live site for lulu-dubai, nour-cairo, rawda-riyadh; rebuilt`))
    expect(await built(other)).toEqual([true, true, true])

    // The releases deleted under the links: the links dangle, and only that clinic's site is gone.
    state = apply(state, emptied)
    await rm(join(other, '.releases', 'nour-cairo'), {recursive: true})
    expect((await sync.run({now: NOW, state})).summary).toMatch(new RegExp(`^content unchanged, but ${other} has no live site for nour-cairo; rebuilt`))
    expect(await built(other)).toEqual([true, true, true])
  })

  it('a clinic held back by its own texts has no site to keep live: unchanged content builds nothing again', async () => {
    const {outDir, environment} = await setup((documents) => documents.map((document) => (document._id === 'clinic.nour-cairo' ? {...document, name: 'عيادة النتائـــج المضمونة'} : document)))
    const sync = syncAndRebuildJob(environment)
    const first = await sync.run({now: NOW, state: emptyScheduleState()})
    expect(first.content).toMatchObject({outDir, sites: ['lulu-dubai', 'rawda-riyadh']})
    expect((await sync.run({now: NOW, state: apply(emptyScheduleState(), first)})).summary).toBe('content unchanged since the last build; nothing built')
  })

  it('builds once after a state that does not say which folder it built (written before this was recorded)', async () => {
    const {environment} = await setup()
    const {fingerprint} = (await syncAndRebuildJob(environment).run({now: NOW, state: emptyScheduleState()})).content!
    const older = {...emptyScheduleState(), content: {fingerprint, sites: [], windowChanges: [], dayStarts: []}}
    expect((await syncAndRebuildJob(environment).run({now: NOW, state: older})).summary).toMatch(/^content unchanged, but the state does not say which folder the last build wrote; rebuilt/)
  })
})

describe('nightly review sweep', () => {
  it('writes the reviewers’ digest and rebuilds every clinic', async () => {
    const {environment} = await setup()
    const outcome = await reviewSweepJob(environment).run({now: NOW, state: emptyScheduleState()})
    expect(outcome.summary).toMatch(/review-digest-2026-11-21\.txt: 1 lapsed and \d+ soon-lapsing approvals; rebuilt lulu-dubai/)
    const digest = JSON.parse(await readFile(join(environment.digestDir, 'review-digest-2026-11-21.json'), 'utf8'))
    const maryam = digest.reviewers.find((entry: {reviewer: {personId?: string}}) => entry.reviewer.personId === 'person.dr-maryam-alhammadi')
    expect(maryam.overdue).toEqual([
      expect.objectContaining({claimId: 'claim.microneedling-hair-count', blocks: [expect.objectContaining({articleId: 'article.microneedling-basics', clinics: ['lulu-dubai']})]}),
    ])
    const text = await readFile(join(environment.digestDir, 'review-digest-2026-11-21.txt'), 'utf8')
    expect(text).toContain('تقرير المراجعة الطبية — ٢١ نوفمبر ٢٠٢٦')
    expect(text).toContain('■ د. مريم الحمادي')
  })

  it('run at 00:30 in Cairo, dates the digest and reads approvals on the clinics’ day, as its rebuild does', async () => {
    // 22:30Z is already the 22nd in Cairo, Riyadh and Dubai: an approval due on the 21st has lapsed in all three.
    const {environment} = await setup((documents) =>
      documents.map((document) => (document._id === 'claim.meso-gradual-results' ? {...document, review: {...(document.review as object), reviewDue: '2026-11-21'}} : document)),
    )
    const outcome = await reviewSweepJob(environment).run({now: new Date('2026-11-21T22:30:00Z'), state: emptyScheduleState()})
    expect(outcome.summary).toMatch(/review-digest-2026-11-22\.txt: 2 lapsed/)
    const digest = JSON.parse(await readFile(join(environment.digestDir, 'review-digest-2026-11-22.json'), 'utf8'))
    const hala = digest.reviewers.find((entry: {reviewer: {personId?: string}}) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')
    expect(hala.overdue.map((claim: {claimId: string}) => claim.claimId)).toEqual(['claim.meso-gradual-results'])
  })
})
