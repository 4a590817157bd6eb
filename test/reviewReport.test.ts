// `sanad review-report`: on the bundled dataset, claims by state, each reviewer's lapsed and
// soon-lapsing approvals, and the articles each claim blocks; as data, as Arabic text, as JSON, and
// through the CLI. A claim that cannot be read is listed with its field and message, not dropped.
import {execFile} from 'node:child_process'
import {rm} from 'node:fs/promises'
import {promisify} from 'node:util'
import {afterAll, describe, expect, test} from 'vitest'
import {loadContent} from '../src/content/loadContent.ts'
import {runGateForAllClinics} from '../src/gate/index.ts'
import {buildReviewReport, type ReviewReport} from '../src/report/reviewReport.ts'
import {formatReviewReportJson} from '../src/report/reviewReportJson.ts'
import {formatReviewReportText} from '../src/report/reviewReportText.ts'
import {formatNumber} from '../src/locale/localeFormat.ts'
import {openLocalSource} from '../src/sources/local/localSource.ts'
import {presetsByJurisdiction} from '../src/presets/index.ts'
import {definePreset} from '../src/presets/preset.ts'
import type {Finding} from '../src/findings/finding.ts'
import {BUNDLED_DATASET, copyBundledDataset, NOW, type RawDocument} from './support/bundledDataset.ts'

const reportAt = async (now: Date, dataset = BUNDLED_DATASET): Promise<ReviewReport> => {
  const source = await openLocalSource(dataset)
  try {
    const loaded = await loadContent(source)
    const gate = runGateForAllClinics({graph: loaded.graph, now, parseFindings: loaded.findings})
    return buildReviewReport({graph: loaded.graph, gate, now, source: 'bundled', sourceLabel: ['المجموعة المضمّنة'], findings: loaded.findings})
  } finally {
    await source.close()
  }
}

const ids = (claims: {claimId: string}[]) => claims.map((claim) => claim.claimId)
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, {recursive: true, force: true})))
})

/** The bundled dataset with two claims that fail the schema: a review.status and an audit entry's action. */
const unreadableClaims = (documents: RawDocument[]): RawDocument[] =>
  documents.map((document) => {
    const review = document.review as {status: string; audit: Record<string, unknown>[]} | undefined
    if (document._id === 'claim.prp-hair-density') return {...document, review: {...review, status: 'pending'}}
    if (document._id === 'claim.meso-no-complications') return {...document, review: {...review, audit: review!.audit.map((entry, index) => (index === 0 ? {...entry, action: 'approveIt'} : entry))}}
    return document
  })
/** Where each unread document fails: document id, field path, rule, severity. */
const UNREAD = [
  ['claim.meso-no-complications', 'review.audit[_key=="9aa95bedd80c"].action', 'schema-invalid', 'error'],
  ['claim.prp-hair-density', 'review.status', 'schema-invalid', 'error'],
]
const located = (findings: Finding[]) => findings.map(({documentId, path, ruleId, severity}) => [documentId, path, ruleId, severity])

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
      {claimId: 'claim.prp-hair-density', articles: [{articleId: 'article.prp-hair-intro', title: expect.any(String), clinics: ['rawda-riyadh'], clinicNames: ['مركز روضة للأمراض الجلدية'], ruleIds: ['claim-unapproved']}]},
      {claimId: 'claim.microneedling-hair-count', articles: [{articleId: 'article.microneedling-basics', title: expect.any(String), clinics: ['lulu-dubai'], clinicNames: ['عيادة لؤلؤة للجلدية والتجميل'], ruleIds: ['claim-expired']}]},
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

describe('who may decide on a claim in review, by four eyes as the Studio reads it', () => {
  const SUBMISSION = {_key: 'bb082043e211', _type: 'reviewEvent', action: 'submit', at: '2026-11-10T14:00:00.000Z', from: 'draft', to: 'inReview', hash: '2a2ed9027a0ac43a2e94dc5e2ddd28cc96b41daaa27cce60d4e9568640220b31'}
  test.each([
    {name: 'submitted by خالد (user and person)', by: {userId: 'pKhaledAlotaibi', person: {_type: 'reference', _ref: 'person.khaled-alotaibi'}}, eligible: ['د. فيصل القحطاني', 'د. هالة عبد الرحمن', 'د. مريم الحمادي']},
    {name: 'submitted by د. مريم (user and person)', by: {userId: 'pMaryamAlhammadi', person: {_type: 'reference', _ref: 'person.dr-maryam-alhammadi'}}, eligible: ['د. فيصل القحطاني', 'د. هالة عبد الرحمن']},
    // Before her person document existed; her approvals elsewhere record that user as د. مريم.
    {name: 'submitted by د. مريم’s user alone', by: {userId: 'pMaryamAlhammadi'}, eligible: ['د. فيصل القحطاني', 'د. هالة عبد الرحمن']},
    {name: 'submitted by a user no trail ties to a person', by: {userId: 'pNewWriter'}, eligible: ['د. فيصل القحطاني', 'د. هالة عبد الرحمن', 'د. مريم الحمادي']},
  ])('$name', async ({by, eligible}) => {
    const dir = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'claim.prp-hair-density' ? {...document, review: {_type: 'review', status: 'inReview', audit: [{...SUBMISSION, ...by}]}} : document)),
    )
    dirs.push(dir)
    const claim = (await reportAt(NOW, dir)).byState.inReview.find((entry) => entry.claimId === 'claim.prp-hair-density')
    expect(claim?.eligibleReviewers?.map((person) => person.name)).toEqual(eligible)
  })
})

describe('who a claim is with: the reviewer of its current decision, never an earlier round\'s', () => {
  type Review = {audit: Record<string, unknown>[]; [field: string]: unknown}
  const HALA = {personId: 'person.dr-hala-abdelrahman', name: 'د. هالة عبد الرحمن'}
  // claim.meso-no-complications: submitted by منى, rejected by د. هالة on 2026-08-12.
  const resubmitted = (review: Review): Review => ({
    ...review,
    status: 'inReview',
    audit: [...review.audit, {...review.audit[0], _key: 'resubmit0001', from: 'rejected', at: '2026-11-15T10:00:00.000Z'}],
  })
  test.each([
    {name: 'rejected', edit: (review: Review) => review, state: 'rejected', reviewer: HALA, previousDecision: undefined, says: 'رفض: د. هالة عبد الرحمن في ١٢ أغسطس ٢٠٢٦'},
    {
      name: 'resubmitted unchanged after the rejection',
      edit: resubmitted,
      state: 'inReview',
      reviewer: undefined,
      previousDecision: {action: 'reject', at: '2026-08-12T13:45:00.000Z', day: '2026-08-12', by: HALA, comment: expect.stringContaining('ادعاء مطلق')},
      says: 'جولة سابقة: رفض من د. هالة عبد الرحمن في ١٢ أغسطس ٢٠٢٦',
    },
  ])('$name', async ({edit, state, reviewer, previousDecision, says}) => {
    const dir = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'claim.meso-no-complications' ? {...document, review: edit(document.review as Review)} : document)),
    )
    dirs.push(dir)
    const report = await reportAt(NOW, dir)
    const [json] = Object.values((JSON.parse(formatReviewReportJson(report)) as ReviewReport).byState).flat().filter((entry) => entry.claimId === 'claim.meso-no-complications')
    expect({state: json?.state, reviewer: json?.reviewer, previousDecision: json?.previousDecision}).toEqual({
      state,
      reviewer: reviewer && expect.objectContaining(reviewer),
      previousDecision: previousDecision && {...previousDecision, by: expect.objectContaining(previousDecision.by)},
    })
    expect(formatReviewReportText(report).split('\n').find((line) => line.includes('claim.meso-no-complications'))).toContain(says)
  })
})

describe("a preset that makes the claim approver's licence an error", () => {
  /** Every preset with claim-approver-licence-jurisdiction at `error`. */
  const strictPresets = Object.fromEntries(
    Object.entries(presetsByJurisdiction).map(([jurisdiction, preset]) => [
      jurisdiction,
      definePreset({...preset, rules: preset.rules.map((setting) => (setting[0] === 'claim-approver-licence-jurisdiction' ? (['claim-approver-licence-jurisdiction', 'error'] as const) : setting))}),
    ]),
  ) as typeof presetsByJurisdiction

  test("a claim approved by a reviewer licensed only in Saudi Arabia keeps its article from the Egyptian and Emirati clinics, by that rule", async () => {
    // Without the other licences the bundled dataset records for him, د. فيصل holds a Saudi licence only.
    const dir = await copyBundledDataset((documents) => documents.map((document) => (document._id === 'person.dr-faisal-alqahtani' ? {...document, otherLicences: undefined} : document)))
    dirs.push(dir)
    const source = await openLocalSource(dir)
    try {
      const loaded = await loadContent(source)
      const gate = runGateForAllClinics({graph: loaded.graph, now: NOW, parseFindings: loaded.findings, presets: strictPresets})
      const report = buildReviewReport({graph: loaded.graph, gate, now: NOW, source: 'bundled', sourceLabel: ['المجموعة المضمّنة'], findings: loaded.findings})
      const claim = report.byState.approved.find((entry) => entry.claimId === 'claim.minoxidil-first-line')!
      expect(claim.blocks.map(({articleId, clinics, ruleIds}) => ({articleId, clinics, ruleIds}))).toEqual([
        {articleId: 'article.hair-home-routine', clinics: ['nour-cairo'], ruleIds: ['claim-approver-licence-jurisdiction']},
        {articleId: 'article.meso-realistic', clinics: ['lulu-dubai', 'nour-cairo'], ruleIds: ['claim-approver-licence-jurisdiction']},
      ])
      expect(formatReviewReportText(report)).toContain('(article.meso-realistic) في عيادة لؤلؤة للجلدية والتجميل، عيادة نور للجلدية والتجميل [claim-approver-licence-jurisdiction]')
    } finally {
      await source.close()
    }
  })
})

describe('documents that could not be read', () => {
  test('the bundled dataset: none, and no heading for them', async () => {
    const report = await reportAt(NOW)
    expect(report.datasetFindings).toEqual([])
    expect(formatReviewReportText(report)).not.toContain('تعذّرت قراءتها')
  })

  test('a claim whose review fails the schema is in no state, and is listed with its field and Arabic message', async () => {
    const dir = await copyBundledDataset(unreadableClaims)
    dirs.push(dir)
    const report = await reportAt(NOW, dir)
    expect([...ids(report.byState.inReview), ...ids(report.byState.rejected)]).toEqual([])
    expect(located(report.datasetFindings)).toEqual(UNREAD)
    expect(report.datasetFindings[1]!.message).toMatch(/^المستند لا يطابق نموذج المحتوى في الحقل «المراجعة الطبية › الحالة» \(review\.status\)/)
    const lines = formatReviewReportText(report).split('\n')
    expect(lines[1]).toBe('المصدر: المجموعة المضمّنة')
    expect(lines.slice(3, 8)).toEqual([
      '■ مستندات تعذّرت قراءتها، فليست في هذا التقرير (٢)',
      `  خطأ [schema-invalid] ${report.datasetFindings[0]!.message}`,
      '    claim.meso-no-complications › review.audit[_key=="9aa95bedd80c"].action  (docs/rules/schema-invalid.md)',
      `  خطأ [schema-invalid] ${report.datasetFindings[1]!.message}`,
      '    claim.prp-hair-density › review.status  (docs/rules/schema-invalid.md)',
    ])
  })
})

describe('due soon follows the due-soon window of the clinics a claim is published in', () => {
  test.each([
    // Every claim here is published in Dubai through meso-realistic, so the UAE's 45 days apply, not 30.
    // 2027-09-20 is 45 days away: inside. 2027-09-21 is 46 days away: outside.
    {now: '2027-08-06', hala: {dueSoon: ['claim.meso-hair-density', 'claim.meso-skin-rejuvenation'], current: 2}},
    // 2027-09-21 is 45 days away: now all four announce, 44 and 45 days ahead.
    {now: '2027-08-07', hala: {dueSoon: ['claim.meso-gradual-results', 'claim.meso-hair-density', 'claim.meso-rare-complications', 'claim.meso-skin-rejuvenation'], current: 0}},
  ])('$now', async ({now, hala}) => {
    const report = await reportAt(new Date(`${now}T12:00:00Z`))
    const workload = report.reviewers.find((entry) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')!
    expect({dueSoon: ids(workload.dueSoon), current: workload.current}).toEqual(hala)
  })
})

describe('a claim no article links yet is announced by the longest due-soon window of any country', () => {
  // Its first article may be for any clinic, a Dubai one included: the UAE's 45 days, not a fixed 30.
  test.each([
    {reviewDue: '2027-01-05', dueSoon: true}, // 45 days after 2026-11-21
    {reviewDue: '2027-01-06', dueSoon: false}, // 46 days
  ])('due $reviewDue', async ({reviewDue, dueSoon}) => {
    const dir = await copyBundledDataset((documents) => {
      const approved = documents.find((document) => document._id === 'claim.meso-hair-density')!
      return [...documents, {...approved, _id: 'claim.meso-unlinked', review: {...(approved.review as object), reviewDue}}]
    })
    dirs.push(dir)
    const report = await reportAt(NOW, dir)
    expect(report.byState.approved.find((claim) => claim.claimId === 'claim.meso-unlinked')).toMatchObject({blocks: [], daysToDue: dueSoon ? 45 : 46})
    const hala = report.reviewers.find((entry) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')!
    expect(ids(hala.dueSoon).includes('claim.meso-unlinked')).toBe(dueSoon)
  })
})

describe('an approval the gate does not count is not a current approval of its reviewer', () => {
  // claim.meso-hair-density, approved by د. هالة on 2026-09-20 until 2027-09-20, blocks meso-realistic in every clinic when the gate does not count it.
  const edited = (edit: (document: RawDocument) => RawDocument) => (documents: RawDocument[]) => documents.map(edit)
  const review = (document: RawDocument) => document.review as {audit: Record<string, unknown>[]} & Record<string, unknown>
  test.each([
    {
      name: 'her medicalReviewer role was since removed',
      edit: edited((document) => (document._id === 'person.dr-hala-abdelrahman' ? {...document, roles: ['writer']} : document)),
      claims: ['claim.meso-gradual-results', 'claim.meso-hair-density', 'claim.meso-rare-complications', 'claim.meso-skin-rejuvenation'],
      current: 0,
      problem: 'سُجِّل اعتماده باسم «د. هالة عبد الرحمن»، وملف «د. هالة عبد الرحمن» لا يحمل دور «مراجع طبي»',
      ruleId: 'claim-reviewer-role',
    },
    {
      name: 'she submitted the words she approved (written outside the Studio)',
      edit: edited((document) =>
        document._id === 'claim.meso-hair-density'
          ? {...document, review: {...review(document), audit: review(document).audit.map((entry) => ({...entry, userId: 'pHala', person: {_type: 'reference', _ref: 'person.dr-hala-abdelrahman'}}))}}
          : document,
      ),
      claims: ['claim.meso-hair-density'],
      current: 3,
      problem: 'اعتُمد من «د. هالة عبد الرحمن»، و«د. هالة عبد الرحمن» من كتب نصه، ولا يُعتدّ باعتماد المرء لما كتبه أو عدّله',
      ruleId: 'claim-four-eyes',
    },
    {
      name: 'the approval is dated after the report',
      edit: edited((document) => (document._id === 'claim.meso-hair-density' ? {...document, review: {...review(document), approvedAt: '2026-12-01T09:00:00.000Z'}} : document)),
      claims: ['claim.meso-hair-density'],
      current: 3,
      problem: 'سُجِّل اعتماده بتاريخ لم يأتِ بعد (١ ديسمبر ٢٠٢٦)',
      ruleId: 'claim-unapproved',
    },
  ])('$name', async ({edit, claims, current, problem, ruleId}) => {
    const dir = await copyBundledDataset(edit)
    dirs.push(dir)
    const report = await reportAt(NOW, dir)
    const hala = report.reviewers.find((entry) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')!
    expect({notHeld: ids(hala.notHeld), dueSoon: ids(hala.dueSoon), current: hala.current}).toEqual({notHeld: claims, dueSoon: [], current})
    const claim = hala.notHeld.find((entry) => entry.claimId === 'claim.meso-hair-density')!
    expect({state: claim.state, approvalProblems: claim.approvalProblems, ruleIds: claim.blocks.map((block) => block.ruleIds)}).toEqual({state: 'approved', approvalProblems: [problem], ruleIds: [[ruleId]]})
    const lines = formatReviewReportText(report).split('\n')
    expect(lines).toContain(`  اعتمادات لا يُعتدّ بها: ${formatNumber('ar-EG', claims.length)}`)
    expect(lines.find((line) => line.startsWith('  • claim.meso-hair-density'))).toMatch(new RegExp(`، حتى ٢٠ سبتمبر ٢٠٢٧، لا يُعتدّ بالاعتماد: ${problem.replace(/[()]/g, '\\$&')}$`))
  })

  test('an approval that holds has no problems and counts as current', async () => {
    const report = await reportAt(NOW)
    const hala = report.reviewers.find((entry) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')!
    expect({notHeld: hala.notHeld, current: hala.current, problems: report.byState.approved.filter((claim) => claim.approvalProblems)}).toEqual({notHeld: [], current: 4, problems: []})
  })
})

describe('a claim lapses on the calendar of the clinics it is published in, as the gate reads it', () => {
  // claim.meso-gradual-results is due on 2026-11-21. Its articles target Cairo (UTC+2 in November)
  // and, through article.meso-realistic, Riyadh (UTC+3) and Dubai (UTC+4), or Cairo only.
  const dueToday = (documents: RawDocument[]) =>
    documents.map((document) => (document._id === 'claim.meso-gradual-results' ? {...document, review: {...(document.review as object), reviewDue: '2026-11-21'}} : document))
  const cairoOnly = (documents: RawDocument[]) =>
    dueToday(documents).map((document) => (document._id === 'article.meso-realistic' ? {...document, targetClinics: [{_type: 'reference', _key: 'c1', _ref: 'clinic.nour-cairo'}]} : document))
  test.each([
    // 20:30Z: already the 22nd in Dubai only; 21:30Z: in Riyadh too; 22:30Z: the 22nd in all three.
    {name: 'all three clinics', edit: dueToday, now: '2026-11-21T19:30:00Z', state: 'approved', daysToDue: 0, blockedIn: []},
    {name: 'all three clinics', edit: dueToday, now: '2026-11-21T20:30:00Z', state: 'expired', daysToDue: -1, blockedIn: ['lulu-dubai']},
    {name: 'all three clinics', edit: dueToday, now: '2026-11-21T22:30:00Z', state: 'expired', daysToDue: -1, blockedIn: ['lulu-dubai', 'nour-cairo', 'rawda-riyadh']},
    {name: 'Cairo only', edit: cairoOnly, now: '2026-11-21T21:30:00Z', state: 'approved', daysToDue: 0, blockedIn: []},
    {name: 'Cairo only', edit: cairoOnly, now: '2026-11-21T22:30:00Z', state: 'expired', daysToDue: -1, blockedIn: ['nour-cairo']},
  ])('$name at $now: $state', async ({edit, now, state, daysToDue, blockedIn}) => {
    const dir = await copyBundledDataset(edit)
    dirs.push(dir)
    const report = await reportAt(new Date(now), dir)
    const claim = Object.values(report.byState).flat().find((entry) => entry.claimId === 'claim.meso-gradual-results')!
    expect({state: claim.state, daysToDue: claim.daysToDue, blockedIn: [...new Set(claim.blocks.flatMap((block) => block.clinics))].sort()}).toEqual({state, daysToDue, blockedIn})
    const hala = report.reviewers.find((entry) => entry.reviewer.personId === 'person.dr-hala-abdelrahman')!
    expect(ids(state === 'expired' ? hala.overdue : hala.dueSoon)).toContain('claim.meso-gradual-results')
  })

  test("the report is dated by the calendar furthest ahead, where a claim lapses first", async () => {
    expect((await reportAt(new Date('2026-11-21T20:30:00Z'))).today).toBe('2026-11-22')
  })
})

describe('formats', async () => {
  const report = await reportAt(NOW)

  test('text: Arabic, grouped for a reviewer, with ids and blocked articles', () => {
    const lines = formatReviewReportText(report).split('\n')
    expect(lines[0]).toBe('تقرير المراجعة الطبية — ٢١ نوفمبر ٢٠٢٦')
    expect(lines).toContain('الادعاءات حسب الحالة: مسودة: ١ · قيد المراجعة: ١ · معتمد: ٦ · مرفوض: ١ · منتهي الصلاحية: ١')
    expect(lines).toContain('■ قيد المراجعة (١)')
    expect(lines.find((line) => line.includes('claim.prp-hair-density'))).toContain('ينتظر منذ ١١ يومًا')
    expect(lines.find((line) => line.includes('claim.meso-no-complications'))).toContain('رفض: د. هالة عبد الرحمن في ١٢ أغسطس ٢٠٢٦')
    expect(lines).toContain('      يحجب: «الوخز بالإبر الدقيقة لفروة الرأس: هل يضيف شيئًا إلى المينوكسيديل؟» (article.microneedling-basics) في عيادة لؤلؤة للجلدية والتجميل [claim-expired]')
    const maryam = lines.indexOf('■ د. مريم الحمادي (person.dr-maryam-alhammadi)')
    expect(lines.slice(maryam + 1, maryam + 2)).toEqual(['  متأخرة (انتهى اعتمادها): ١'])
  })

  test('json: the report data, stable keys', () => {
    expect(JSON.parse(formatReviewReportJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })
})

describe('how long a claim in review has waited, on the date the report is for', () => {
  // claim.prp-hair-density (Riyadh's only) was submitted on 2026-11-10; a report may be dated before that (--now).
  test.each([
    {now: '2026-11-21', daysWaiting: 11, says: '(ينتظر منذ ١١ يومًا)'},
    {now: '2026-11-10', daysWaiting: 0, says: '(ينتظر منذ اليوم)'},
    {now: '2026-06-01', daysWaiting: undefined, says: '(بعد تاريخ هذا التقرير)'},
  ])('$now: $says', async ({now, daysWaiting, says}) => {
    const report = await reportAt(new Date(`${now}T12:00:00Z`))
    expect(report.byState.inReview[0]!.daysWaiting).toBe(daysWaiting)
    const line = formatReviewReportText(report).split('\n').find((entry) => entry.includes('claim.prp-hair-density'))
    expect(line).toContain(`أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ ${says}`)
  })
})

describe("a submission's day is the claim's country's, not the day at the offset its timestamp was written with", () => {
  // claim.prp-hair-density's articles go to Riyadh only (UTC+3): 22:30Z on the 9th is 01:30 on the 10th there.
  test.each([
    {at: '2026-11-09T22:30:00.000Z', day: '2026-11-10', says: 'أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ (ينتظر منذ ١١ يومًا)'},
    {at: '2026-11-09T16:30:00-06:00', day: '2026-11-10', says: 'أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ (ينتظر منذ ١١ يومًا)'},
    {at: '2026-11-10T02:30:00+05:00', day: '2026-11-10', says: 'أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ (ينتظر منذ ١١ يومًا)'},
    {at: '2026-11-10T20:59:00.000Z', day: '2026-11-10', says: 'أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ (ينتظر منذ ١١ يومًا)'},
    {at: '2026-11-10T21:00:00.000Z', day: '2026-11-11', says: 'أُرسل للمراجعة في ١١ نوفمبر ٢٠٢٦ (ينتظر منذ ١٠ أيام)'},
  ])('$at', async ({at, day, says}) => {
    const dir = await copyBundledDataset((documents) =>
      documents.map((document) => {
        const review = document.review as {audit: Record<string, unknown>[]} | undefined
        return document._id === 'claim.prp-hair-density' ? {...document, review: {...review, audit: review!.audit.map((entry) => ({...entry, at}))}} : document
      }),
    )
    dirs.push(dir)
    const report = await reportAt(NOW, dir)
    expect(report.byState.inReview[0]!.lastEvent).toMatchObject({at, day})
    expect(formatReviewReportText(report).split('\n').find((line) => line.includes('claim.prp-hair-density'))).toContain(says)
  })
})

describe('sanad review-report', () => {
  const run = promisify(execFile)
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_')))
  const sanadCommand = (args: string[]) => run(process.execPath, ['scripts/sanad.ts', ...args], {env: cleanEnv})
  const sanad = (args: string[]) => sanadCommand(['review-report', ...args])

  test('--format json --now on the bundled dataset', async () => {
    const {stdout} = await sanad(['--format', 'json', '--now', '2026-11-21'])
    const report = JSON.parse(stdout) as ReviewReport
    expect(report.today).toBe('2026-11-21')
    expect(Object.fromEntries(Object.entries(report.byState).map(([state, claims]) => [state, claims.length]))).toEqual({draft: 1, inReview: 1, approved: 6, rejected: 1, expired: 1})
  })

  test('--now before a submission: no negative wait, in text or JSON', async () => {
    const [{stdout: text}, {stdout: json}] = await Promise.all([sanad(['--now', '2026-06-01']), sanad(['--now', '2026-06-01', '--format', 'json'])])
    expect(text).toContain('أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ (بعد تاريخ هذا التقرير)')
    expect(text).not.toMatch(/منذ -\d/)
    const [claim] = (JSON.parse(json) as ReviewReport).byState.inReview
    expect(claim).toMatchObject({claimId: 'claim.prp-hair-density', lastEvent: {at: '2026-11-10T14:00:00.000Z'}})
    expect(claim).not.toHaveProperty('daysWaiting')
  })

  test('--dataset with unreadable claims: lists them in text and JSON, the findings `sanad check` prints, and exits 1 like it', async () => {
    const dir = await copyBundledDataset(unreadableClaims)
    dirs.push(dir)
    const exited = (args: string[]) => sanadCommand(args).then(({stdout}) => ({stdout, code: 0}), (error: {stdout: string; code: number}) => ({stdout: error.stdout, code: error.code}))
    const [text, json, check] = await Promise.all([
      exited(['review-report', '--dataset', dir, '--now', '2026-11-21']),
      exited(['review-report', '--dataset', dir, '--now', '2026-11-21', '--format', 'json']),
      exited(['check', '--dataset', dir, '--now', '2026-11-21', '--format', 'json']),
    ])
    expect([text.code, json.code, check.code]).toEqual([1, 1, 1])
    expect(text.stdout).toContain('■ مستندات تعذّرت قراءتها، فليست في هذا التقرير (٢)\n')
    expect(text.stdout).toContain('    claim.prp-hair-density › review.status  (docs/rules/schema-invalid.md)\n')
    const {datasetFindings} = JSON.parse(json.stdout) as ReviewReport
    expect(located(datasetFindings)).toEqual(UNREAD)
    expect(datasetFindings).toEqual((JSON.parse(check.stdout) as {datasetFindings: Finding[]}).datasetFindings)
  })

  test('--dataset: a claim edited after approval shows as a draft that blocks its article', async () => {
    const dir = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'claim.meso-hair-density' ? {...document, statement: 'الميزوثيرابي يزيد كثافة الشعر.'} : document)),
    )
    dirs.push(dir)
    const {stdout} = await sanad(['--dataset', dir, '--now', '2026-11-21'])
    const line = stdout.split('\n').findIndex((entry) => entry.includes('claim.meso-hair-density'))
    expect(stdout.split('\n')[line]).toContain('عُدّل نصه أو دليله بعد الاعتماد')
    expect(stdout.split('\n')[line + 1]).toBe('      يحجب: «الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)» (article.meso-realistic) في عيادة لؤلؤة للجلدية والتجميل، عيادة نور للجلدية والتجميل، مركز روضة للأمراض الجلدية [claim-changed-since-approval]')
  })
})

describe("an approval lapses at its countries' claim review period when that ends before its recorded date, as the gate reads it", () => {
  // Approved 2025-10-01 but recorded as due 2027-09-20 (written outside the Studio): twelve months ended on 2026-10-01.
  const approvedLongAgo = (documents: RawDocument[]) =>
    documents.map((document) =>
      document._id === 'claim.meso-hair-density' ? {...document, review: {...(document.review as object), approvedAt: '2025-10-01T09:00:00.000Z'}} : document,
    )
  test('listed as expired on the period’s last day, with the clinics it holds back', async () => {
    const dir = await copyBundledDataset(approvedLongAgo)
    dirs.push(dir)
    const report = await reportAt(NOW, dir)
    const claim = Object.values(report.byState).flat().find((entry) => entry.claimId === 'claim.meso-hair-density')!
    expect({state: claim.state, reviewDue: claim.reviewDue, daysToDue: claim.daysToDue}).toEqual({state: 'expired', reviewDue: '2026-10-01', daysToDue: -51})
    expect([...new Set(claim.blocks.flatMap((block) => block.clinics))].sort()).toEqual(['lulu-dubai', 'nour-cairo', 'rawda-riyadh'])
  })
})
