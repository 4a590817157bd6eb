// Acceptance: an approval means exactly that text. Editing an approved claim's statement in (a copy
// of) the bundled dataset blocks the article linking it with claim-changed-since-approval; taking the
// claim through the workflow again (writer submits, another medical reviewer approves) publishes it.
// A reviewer who rewrote the claim while it was rejected cannot approve those words.
import {rm} from 'node:fs/promises'
import {afterAll, describe, expect, test} from 'vitest'
import {runCheck} from '../../src/pipeline/runCheck.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {applyTransitionPlan, planTransition} from '../../src/workflow/planTransition.ts'
import type {WorkflowActor} from '../../src/workflow/recogniseActor.ts'
import {readWorkflowClaim, type WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {copyBundledDataset, NOW, type RawDocument} from '../support/bundledDataset.ts'

const CLAIM = 'claim.meso-hair-density'
const ARTICLE = 'article.meso-realistic'
const EDITED = 'الميزوثيرابي يزيد كثافة الشعر بعد 3 جلسات.'
const CLINICS = ['lulu-dubai', 'nour-cairo', 'rawda-riyadh']
const MONA: WorkflowActor = {userId: 'pMonaElsayed', personId: 'person.mona-elsayed', name: 'منى السيد', roles: ['writer']}
const MARYAM: WorkflowActor = {userId: 'pMaryamAlhammadi', personId: 'person.dr-maryam-alhammadi', name: 'د. مريم الحمادي', roles: ['medicalReviewer', 'writer']}
const HALA: WorkflowActor = {userId: 'pHalaAbdelrahman', personId: 'person.dr-hala-abdelrahman', name: 'د. هالة عبد الرحمن', roles: ['medicalReviewer']}
const REWORDED_BY_HALA = 'قد يزيد الميزوثيرابي كثافة الشعر قليلًا لدى بعض المرضى بعد ٣–٦ جلسات، والدليل منخفض اليقين.'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, {recursive: true, force: true})))
})

const checkWith = async (edit: (documents: RawDocument[]) => RawDocument[]): Promise<RunReport> => {
  const dir = await copyBundledDataset(edit)
  dirs.push(dir)
  const source = await openLocalSource(dir)
  try {
    return await runCheck({source, now: NOW})
  } finally {
    await source.close()
  }
}

const verdicts = (report: RunReport) =>
  CLINICS.map((slug) => {
    const clinic = report.clinics.find((entry) => entry.slug === slug)!
    const blocked = clinic.blocked.find((article) => article.articleId === ARTICLE)
    return {
      slug,
      published: clinic.published.some((article) => article.articleId === ARTICLE),
      rules: blocked ? [...new Set(blocked.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))] : [],
    }
  })

type RawBlock = {_type: string; markDefs?: {_type: string; _key: string; claim?: {_ref: string}}[]; children?: {marks: string[]; text: string}[]}

/** The writer's own edit of the article: the words linked to CLAIM become `statement` (claim-text-mismatch). */
const quoting = (statement: string) => (document: RawDocument): RawDocument => {
  if (document._type !== 'article') return document
  const body = (document.body as RawBlock[]).map((block) => {
    const keys = (block.markDefs ?? []).filter((mark) => mark._type === 'claimRef' && mark.claim?._ref === CLAIM).map((mark) => mark._key)
    if (keys.length === 0) return block
    return {...block, children: block.children!.map((child) => (child.marks.some((mark) => keys.includes(mark)) ? {...child, text: statement.replace(/\.$/, '')} : child))}
  })
  return {...document, body}
}

const editStatement = (documents: RawDocument[]): RawDocument[] =>
  documents.map((document) => (document._id === CLAIM ? {...document, statement: EDITED} : quoting(EDITED)(document)))

let counter = 0
const step = (claim: WorkflowClaim, action: 'submit' | 'approve' | 'reject' | 'edit', actor: WorkflowActor, minutes: number, comment?: string): WorkflowClaim => {
  const result = planTransition({
    action,
    claim: readWorkflowClaim(claim),
    actor,
    today: '2026-11-21',
    now: new Date(NOW.getTime() + minutes * 60_000),
    newKey: () => `acc${++counter}`,
    ...(comment ? {comment} : {}),
  })
  if (!result.ok) throw new Error(`${action} by ${actor.name}: ${result.message}`)
  return applyTransitionPlan(claim, result.plan)
}
/** `actor` changes the statement and saves it (the Studio's Publish records it as an `edit`). */
const rewrite = (claim: WorkflowClaim, statement: string, actor: WorkflowActor, minutes: number): WorkflowClaim => step({...claim, statement}, 'edit', actor, minutes)

describe('an approved claim edited after approval', () => {
  test('the bundled dataset publishes the article in every clinic it targets', async () => {
    expect(verdicts(await checkWith((documents) => documents))).toEqual(CLINICS.map((slug) => ({slug, published: true, rules: []})))
  })

  test('is blocked with claim-changed-since-approval at each sentence linked to it, and tells the writer to resubmit', async () => {
    const report = await checkWith(editStatement)
    expect(verdicts(report)).toEqual(CLINICS.map((slug) => ({slug, published: false, rules: ['claim-changed-since-approval']})))
    const findings = report.clinics[0]!.blocked.find((article) => article.articleId === ARTICLE)!.findings
    expect(findings.map(({ruleId, severity, path}) => `${ruleId} ${severity} ${path}`)).toEqual([
      'claim-changed-since-approval error body[_key=="8783efcf95d8"].markDefs[_key=="3896a6f09a5e"]',
      'claim-changed-since-approval error body[_key=="a45039c17efa"].markDefs[_key=="df35470df569"]',
    ])
    expect(findings[0]!.message).toContain(CLAIM)
    expect(findings[0]!.message).toContain('أرسل الادعاء للمراجعة من جديد')
  })

  test('is published again once the writer resubmits it and a medical reviewer approves the new words', async () => {
    let approvedClaim: WorkflowClaim | undefined
    const report = await checkWith((documents) =>
      editStatement(documents).map((document) => {
        if (document._id !== CLAIM) return document
        const submitted = step(document as unknown as WorkflowClaim, 'submit', MONA, 5)
        // Four eyes holds on the way: the writer cannot approve her own rewording.
        expect(planTransition({action: 'approve', claim: readWorkflowClaim(submitted), actor: {...MONA, roles: ['writer', 'medicalReviewer']}, today: '2026-11-21', now: NOW, newKey: () => 'x'})).toMatchObject({ok: false, reason: 'fourEyesWriter'})
        approvedClaim = step(submitted, 'approve', MARYAM, 30)
        return approvedClaim as unknown as RawDocument
      }),
    )
    expect(verdicts(report)).toEqual(CLINICS.map((slug) => ({slug, published: true, rules: []})))
    expect(approvedClaim?.review?.audit?.slice(-3).map((entry) => `${entry.action}:${entry.from}→${entry.to}:${entry.userId}`)).toEqual([
      'edit:approved→draft:pMonaElsayed',
      'submit:draft→inReview:pMonaElsayed',
      'approve:inReview→approved:pMaryamAlhammadi',
    ])
    expect(approvedClaim?.review).toMatchObject({status: 'approved', approvedBy: 'pMaryamAlhammadi', reviewer: {_ref: 'person.dr-maryam-alhammadi'}, reviewDue: '2027-11-21'})
  })
})

describe('a claim rewritten by a reviewer while it was rejected', () => {
  test('that reviewer cannot approve the rewording the writer resubmits; another reviewer can, and the article publishes', async () => {
    let approvedClaim: WorkflowClaim | undefined
    const report = await checkWith((documents) =>
      documents.map((document) => {
        if (document._id !== CLAIM) return document
        const rejected = step(step(rewrite(document as unknown as WorkflowClaim, EDITED, MONA, 5), 'submit', MONA, 10), 'reject', HALA, 20, 'الصياغة جازمة؛ اذكري أن الدليل منخفض اليقين.')
        const resubmitted = step(rewrite(rejected, REWORDED_BY_HALA, HALA, 30), 'submit', MONA, 40)
        expect(planTransition({action: 'approve', claim: readWorkflowClaim(resubmitted), actor: HALA, today: '2026-11-21', now: NOW, newKey: () => 'x'})).toMatchObject({ok: false, reason: 'fourEyesLastEditor'})
        approvedClaim = step(resubmitted, 'approve', MARYAM, 50)
        return approvedClaim as unknown as RawDocument
      }).map(quoting(REWORDED_BY_HALA)),
    )
    expect(verdicts(report)).toEqual(CLINICS.map((slug) => ({slug, published: true, rules: []})))
    expect(approvedClaim?.review?.audit?.slice(-6).map((entry) => `${entry.action}:${entry.from}→${entry.to}:${entry.userId}`)).toEqual([
      'edit:approved→draft:pMonaElsayed',
      'submit:draft→inReview:pMonaElsayed',
      'reject:inReview→rejected:pHalaAbdelrahman',
      'edit:rejected→draft:pHalaAbdelrahman',
      'submit:draft→inReview:pMonaElsayed',
      'approve:inReview→approved:pMaryamAlhammadi',
    ])
  })
})
