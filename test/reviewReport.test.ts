// `sanad review-report`: on the bundled dataset, claims by state, each reviewer's lapsed and
// soon-lapsing approvals, and the articles each claim blocks; as data, as Arabic text, as JSON, and
// through the CLI.
import {execFile} from 'node:child_process'
import {rm} from 'node:fs/promises'
import {promisify} from 'node:util'
import {afterAll, describe, expect, test} from 'vitest'
import {loadContent} from '../src/content/loadContent.ts'
import {runGateForAllClinics} from '../src/gate/index.ts'
import {buildReviewReport, type ReviewReport} from '../src/report/reviewReport.ts'
import {formatReviewReportJson} from '../src/report/reviewReportJson.ts'
import {formatReviewReportText} from '../src/report/reviewReportText.ts'
import {openLocalSource} from '../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, copyBundledDataset, NOW} from './support/bundledDataset.ts'

const reportAt = async (now: Date, dataset = BUNDLED_DATASET): Promise<ReviewReport> => {
  const source = await openLocalSource(dataset)
  try {
    const loaded = await loadContent(source)
    const gate = runGateForAllClinics({graph: loaded.graph, now, parseFindings: loaded.findings})
    return buildReviewReport({graph: loaded.graph, gate, today: now.toISOString().slice(0, 10), source: 'bundled'})
  } finally {
    await source.close()
  }
}

const ids = (claims: {claimId: string}[]) => claims.map((claim) => claim.claimId)
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, {recursive: true, force: true})))
})

describe('buildReviewReport on the bundled dataset (2026-11-21)', async () => {
  const report = await reportAt(NOW)

  test('lists every claim under its state', () => {
    expect(Object.fromEntries(Object.entries(report.byState).map(([state, claims]) => [state, ids(claims)]))).toEqual({
      draft: ['claim.meso-collagen-boost'],
      inReview: ['claim.prp-hair-density'],
      approved: [
        'claim.meso-gradual-results',
        'claim.meso-hair-density',
        'claim.meso-rare-complications',
        'claim.meso-skin-rejuvenation',
        'claim.microneedling-prp-variable',
        'claim.minoxidil-first-line',
      ],
      rejected: ['claim.meso-no-complications'],
      expired: ['claim.microneedling-hair-count'],
    })
  })

  test('says which articles each claim keeps from publishing, where, and by which rule', () => {
    const blocks = Object.values(report.byState).flat().filter((claim) => claim.blocks.length > 0)
    expect(blocks.map(({claimId, blocks: articles}) => ({claimId, articles}))).toEqual([
      {claimId: 'claim.prp-hair-density', articles: [{articleId: 'article.prp-hair-intro', title: expect.any(String), clinics: ['rawda-riyadh'], ruleIds: ['claim-unapproved']}]},
      {claimId: 'claim.microneedling-hair-count', articles: [{articleId: 'article.microneedling-basics', title: expect.any(String), clinics: ['lulu-dubai'], ruleIds: ['claim-expired']}]},
    ])
  })

  test('a claim in review names who submitted it and who may decide on it (not its writer)', () => {
    expect(report.byState.inReview[0]).toMatchObject({
      writer: {personId: 'person.khaled-alotaibi', userId: 'pKhaledAlotaibi', name: 'خالد العتيبي'},
      lastEvent: {action: 'submit', at: '2026-11-10T14:00:00.000Z'},
      eligibleReviewers: [{name: 'د. فيصل القحطاني'}, {name: 'د. هالة عبد الرحمن'}, {name: 'د. مريم الحمادي'}],
    })
  })

  test('per reviewer: lapsed approvals, approvals due soon, the rest', () => {
    expect(report.reviewers.map(({reviewer, overdue, dueSoon, current}) => ({reviewer: reviewer.personId, overdue: ids(overdue), dueSoon: ids(dueSoon), current}))).toEqual([
      {reviewer: 'person.dr-faisal-alqahtani', overdue: [], dueSoon: [], current: 1},
      {reviewer: 'person.dr-hala-abdelrahman', overdue: [], dueSoon: [], current: 4},
      {reviewer: 'person.dr-maryam-alhammadi', overdue: ['claim.microneedling-hair-count'], dueSoon: [], current: 1},
    ])
    expect(report.reviewers[2]!.overdue[0]).toMatchObject({reviewDue: '2026-06-30', daysToDue: -144})
  })
})

describe('due soon follows the due-soon window of the clinics a claim is published in', () => {
  test.each([
    // 2027-09-30 is 20 days away: inside every window. 2027-10-31 is 51 days away: outside AE's 45.
    {now: '2027-09-10', hala: {dueSoon: ['claim.meso-hair-density', 'claim.meso-skin-rejuvenation'], current: 2}},
    // 2027-10-31 is 44 days away: meso-realistic is published in Dubai (45 days), so both announce.
    {now: '2027-09-17', hala: {dueSoon: ['claim.meso-gradual-results', 'claim.meso-hair-density', 'claim.meso-rare-complications', 'claim.meso-skin-rejuvenation'], current: 0}},
  ])('$now', async ({now, hala}) => {
    const report = await reportAt(new Date(`${now}T12:00:00Z`))
    const workload = report.reviewers.find((entry) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')!
    expect({dueSoon: ids(workload.dueSoon), current: workload.current}).toEqual(hala)
  })
})

describe('formats', async () => {
  const report = await reportAt(NOW)

  test('text: Arabic, grouped for a reviewer, with ids and blocked articles', () => {
    const lines = formatReviewReportText(report).split('\n')
    expect(lines[0]).toBe('تقرير المراجعة الطبية — 2026-11-21')
    expect(lines).toContain('الادعاءات حسب الحالة: مسودة: 1 · قيد المراجعة: 1 · معتمد: 6 · مرفوض: 1 · منتهي الصلاحية: 1')
    expect(lines).toContain('■ قيد المراجعة (1)')
    expect(lines.find((line) => line.includes('claim.prp-hair-density'))).toContain('ينتظر منذ 11 يومًا')
    expect(lines.find((line) => line.includes('claim.meso-no-complications'))).toContain('رفضه د. هالة عبد الرحمن في 2026-08-12')
    expect(lines).toContain('      يحجب: «الوخز بالإبر الدقيقة لفروة الرأس: هل يضيف شيئًا إلى المينوكسيديل؟» (article.microneedling-basics) في lulu-dubai [claim-expired]')
    const maryam = lines.indexOf('■ د. مريم الحمادي (person.dr-maryam-alhammadi)')
    expect(lines.slice(maryam + 1, maryam + 2)).toEqual(['  متأخرة (انتهى اعتمادها): 1'])
  })

  test('json: the report data, stable keys', () => {
    expect(JSON.parse(formatReviewReportJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })
})

describe('sanad review-report', () => {
  const run = promisify(execFile)
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_')))
  const sanad = (args: string[]) => run(process.execPath, ['scripts/sanad.ts', 'review-report', ...args], {env: cleanEnv})

  test('--format json --now on the bundled dataset', async () => {
    const {stdout} = await sanad(['--format', 'json', '--now', '2026-11-21'])
    const report = JSON.parse(stdout) as ReviewReport
    expect(report.today).toBe('2026-11-21')
    expect(Object.fromEntries(Object.entries(report.byState).map(([state, claims]) => [state, claims.length]))).toEqual({draft: 1, inReview: 1, approved: 6, rejected: 1, expired: 1})
  })

  test('--dataset: a claim edited after approval shows as a draft that blocks its article', async () => {
    const dir = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'claim.meso-hair-density' ? {...document, statement: 'الميزوثيرابي يزيد كثافة الشعر.'} : document)),
    )
    dirs.push(dir)
    const {stdout} = await sanad(['--dataset', dir, '--now', '2026-11-21'])
    const line = stdout.split('\n').findIndex((entry) => entry.includes('claim.meso-hair-density'))
    expect(stdout.split('\n')[line]).toContain('عُدّل نصه أو دليله بعد الاعتماد')
    expect(stdout.split('\n')[line + 1]).toBe('      يحجب: «الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)» (article.meso-realistic) في lulu-dubai، nour-cairo، rawda-riyadh [claim-changed-since-approval]')
  })
})
