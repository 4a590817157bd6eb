// The Studio's claim workflow actions and gated Publish, through their pure parts: how a decision
// shows (hidden, disabled with the reason, enabled), the patches a plan becomes, the article gate
// summary, and which actions each document type gets.
import {isValidElement, type ReactNode} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {describe, expect, test} from 'vitest'
import type {Finding} from '../../src/findings/finding.ts'
import {articlePublishDescription, gateBlockLines, summarizeArticleGate, unapprovedClaimsLabel} from '../../src/studio/actions/articleGateSummary.ts'
import {EDIT_PUBLISH_TITLE} from '../../src/studio/actions/ClaimPublishAction.ts'
import {CLAIM_WORKFLOW_ACTIONS, resolveDocumentActions} from '../../src/studio/actions/index.ts'
import {workflowActionState} from '../../src/studio/actions/workflowActionState.ts'
import {workflowPatches} from '../../src/studio/actions/workflowPatches.ts'
import {ArabicMessage, type ArabicMessageProps} from '../../src/studio/messages/ArabicMessage.tsx'
import {decideTransition} from '../../src/workflow/decideTransition.ts'
import {planTransition} from '../../src/workflow/planTransition.ts'
import {claimRefMark, seed004Article, span, textBlock} from '../support/gateFixtures.ts'
import {sameNameBranchesLeftOut} from '../support/sameNameClinics.ts'
import {ACTORS, CLAIMS, EDITED_STATEMENT, event, NOW, TODAY, withAudit} from '../workflow/workflowFixtures.ts'

describe('workflowActionState', () => {
  const decision = (action: 'submit' | 'approve' | 'reject' | 'renew' | 'withdraw', claim: (typeof CLAIMS)[keyof typeof CLAIMS], actor: keyof typeof ACTORS) =>
    decideTransition({action, claim, actor: ACTORS[actor], today: TODAY})

  test.each([
    {name: 'allowed', action: 'approve' as const, decision: decision('approve', CLAIMS.inReview, 'reviewer'), expected: {hidden: false, disabled: false, label: 'اعتماد', title: expect.stringContaining('باسمك')}},
    {name: 'wrong role: shown, disabled, with the reason', action: 'approve' as const, decision: decision('approve', CLAIMS.inReview, 'writer'), expected: {hidden: false, disabled: true, label: 'اعتماد', title: expect.stringContaining('«مراجع طبي»')}},
    {
      name: 'own claim: shown, disabled, with the reason',
      action: 'approve' as const,
      decision: decideTransition({action: 'approve', claim: withAudit(CLAIMS.inReview, [event('submit', 'draft', 'inReview', 'reviewer')]), actor: ACTORS.reviewer, today: TODAY}),
      expected: {hidden: false, disabled: true, label: 'اعتماد', title: expect.stringContaining('أنت من كتب هذا الادعاء')},
    },
    {name: 'validation errors: shown, disabled, with the reason', action: 'submit' as const, decision: decideTransition({action: 'submit', claim: CLAIMS.draft, actor: ACTORS.writer, today: TODAY, validationErrors: 2}), expected: {hidden: false, disabled: true, label: 'إرسال للمراجعة', title: 'في الادعاء خطآن في التحقق؛ أصلح الخطأين أولًا ثم أعد المحاولة.'}},
    {
      name: 'renew, allowed: says the articles stay published',
      action: 'renew' as const,
      decision: decision('renew', CLAIMS.expired, 'reviewer'),
      expected: {hidden: false, disabled: false, label: 'تجديد الاعتماد', title: 'يجدّد اعتماد النص والدليل كما هما الآن، باسمك، حتى موعد إعادة مراجعة جديد، دون أن تتوقف المقالات المربوطة به.'},
    },
    {name: 'renew by an editor: shown, disabled, with the reason', action: 'renew' as const, decision: decision('renew', CLAIMS.approved, 'editor'), expected: {hidden: false, disabled: true, label: 'تجديد الاعتماد', title: expect.stringContaining('«تجديد الاعتماد» لمن له دور «مراجع طبي»')}},
    {name: 'renew of a claim in review: hidden', action: 'renew' as const, decision: decision('renew', CLAIMS.inReview, 'reviewer'), expected: {hidden: true, disabled: true, label: 'تجديد الاعتماد', title: expect.any(String)}},
    {name: 'not applicable in this state: hidden', action: 'withdraw' as const, decision: decision('withdraw', CLAIMS.draft, 'reviewer'), expected: {hidden: true, disabled: true, label: 'سحب الاعتماد', title: expect.any(String)}},
    {name: 'roles still loading', action: 'reject' as const, decision: undefined, expected: {hidden: false, disabled: true, label: 'رفض مع سبب', title: expect.stringContaining('جارٍ')}},
    {name: 'nobody signed in', action: 'reject' as const, decision: null, expected: {hidden: false, disabled: true, label: 'رفض مع سبب', title: expect.stringContaining('سجّل الدخول')}},
  ])('$name', ({action, decision: given, expected}) => {
    expect(workflowActionState(action, given)).toEqual(expected)
  })
})

describe('Publish of a claim whose words changed', () => {
  test.each([
    {state: 'draft', says: 'النشر يُبقي حالة مراجعته «مسودة»'},
    {state: 'inReview', says: 'بعد إرساله للمراجعة'},
    {state: 'approved', says: 'بعد اعتماده'},
    {state: 'rejected', says: 'بعد رفضه'},
    {state: 'expired', says: 'بعد اعتماده'},
  ] as const)('$state: records the edit and who made it, and says so', ({state, says}) => {
    const decision = decideTransition({action: 'edit', claim: {...CLAIMS[state], statement: EDITED_STATEMENT}, actor: ACTORS.reviewer, today: TODAY})
    expect(decision).toMatchObject({allowed: true, from: state})
    if (!decision.allowed) return
    expect(EDIT_PUBLISH_TITLE[decision.from]).toContain(says)
    expect(EDIT_PUBLISH_TITLE[decision.from]).toContain('أنك آخر من عدّل نصه أو دليله، فلن يمكنك اعتماده')
    const plan = planTransition({action: 'edit', claim: {...CLAIMS[state], statement: EDITED_STATEMENT}, actor: ACTORS.reviewer, today: TODAY, now: NOW, newKey: () => 'k1'})
    if (!plan.ok) throw new Error(plan.message)
    expect(workflowPatches(plan.plan).at(-1)).toEqual({insert: {after: 'review.audit[-1]', items: [expect.objectContaining({action: 'edit', from: state, to: 'draft', userId: 'pHala'})]}})
  })
})

describe('workflowPatches', () => {
  test('an approval becomes set/unset patches on review and an insert after the last audit entry', () => {
    const result = planTransition({action: 'approve', claim: CLAIMS.inReview, actor: ACTORS.reviewer, today: TODAY, now: NOW, newKey: () => 'k1'})
    if (!result.ok) throw new Error(result.message)
    expect(workflowPatches(result.plan)).toEqual([
      {setIfMissing: {review: {_type: 'review'}}},
      {unset: ['review.comment']},
      {
        set: {
          'review.status': 'approved',
          'review.reviewer': {_type: 'reference', _ref: 'person.dr-hala'},
          'review.reviewedAt': '2026-11-21T12:00:00.000Z',
          'review.reviewDue': '2027-11-21',
          'review.approvedBy': 'pHala',
          'review.approvedAt': '2026-11-21T12:00:00.000Z',
          'review.approvedHash': result.plan.set.approvedHash,
        },
      },
      {setIfMissing: {'review.audit': []}},
      {insert: {after: 'review.audit[-1]', items: result.plan.append}},
    ])
  })

  test('never rewrites the audit trail: the only patch touching it appends', () => {
    for (const [action, claim, actor, comment] of [
      ['submit', CLAIMS.draft, 'writer', undefined],
      ['reject', CLAIMS.inReview, 'reviewer', 'السبب'],
      ['withdraw', CLAIMS.approved, 'editor', undefined],
      ['renew', CLAIMS.approved, 'reviewer', undefined],
    ] as const) {
      const result = planTransition({action, claim, actor: ACTORS[actor], today: TODAY, now: NOW, newKey: () => 'k', ...(comment ? {comment} : {})})
      if (!result.ok) throw new Error(result.message)
      const touchingAudit = workflowPatches(result.plan).filter((patch) => JSON.stringify(patch).includes('audit'))
      expect(touchingAudit, action).toEqual([{setIfMissing: {'review.audit': []}}, {insert: {after: 'review.audit[-1]', items: result.plan.append}}])
    }
  })
})

describe('article gate summary', () => {
  const finding = (ruleId: string, path: string, severity: Finding['severity'] = 'error'): Finding => ({
    ruleId,
    severity,
    message: `رسالة ${ruleId}`,
    documentId: 'article.meso-realistic',
    path,
    url: `docs/rules/${ruleId}.md`,
  })
  const article = seed004Article({
    body: [
      textBlock('b1', [span('s1', 'جملة أولى', ['m1'])], [claimRefMark('m1', 'claim.a')]),
      textBlock('b2', [span('s1', 'جملة ثانية', ['m2'])], [claimRefMark('m2', 'claim.b')]),
      textBlock('b3', [span('s1', 'الجملة الأولى مرة أخرى', ['m3'])], [claimRefMark('m3', 'claim.a')]),
    ],
  })
  const rawda = {_id: 'clinic.rawda-riyadh', label: 'مركز روضة'}
  const lulu = {_id: 'clinic.lulu-dubai', label: 'عيادة لؤلؤة'}
  const leftOut = (ruleId: string, path: string, clinics: {_id: string; label: string}[]) => ({...finding(ruleId, path, 'warning'), blocksClinics: clinics})
  const AT = (block: string, mark: string) => `body[_key=="${block}"].markDefs[_key=="${mark}"]`

  test.each([
    {name: 'no findings: ready', findings: [], blocked: false, claims: []},
    {name: 'warnings only: ready', findings: [finding('review-due-soon', AT('b1', 'm1'), 'warning')], blocked: false, claims: []},
    {name: 'disclaimer missing: blocked, no claim', findings: [finding('disclaimer-missing', 'body')], blocked: true, claims: []},
    {
      name: 'one claim twice, another once, under different claim rules',
      findings: [finding('claim-changed-since-approval', AT('b1', 'm1')), finding('claim-expired', AT('b2', 'm2')), finding('claim-changed-since-approval', AT('b3', 'm3')), finding('disclaimer-missing', 'body')],
      blocked: true,
      claims: ['claim.a', 'claim.b'],
    },
    {name: 'a claim rule as a warning does not count', findings: [finding('claim-four-eyes', AT('b1', 'm1'), 'warning')], blocked: false, claims: []},
    // A preset that makes the approver's licence an error: the approval does not hold for that clinic.
    {name: "the approver's licence as an error counts the claim", findings: [finding('claim-approver-licence-jurisdiction', AT('b2', 'm2'))], blocked: true, claims: ['claim.b']},
    {name: "the approver's licence as a warning does not", findings: [finding('claim-approver-licence-jurisdiction', AT('b2', 'm2'), 'warning')], blocked: false, claims: []},
    {name: 'one clinic left out while others pass: ready, naming it', findings: [leftOut('disclaimer-missing', 'body', [rawda])], blocked: false, claims: [], clinicsLeftOut: [rawda]},
    {
      name: 'two problems leaving out two clinics: each named once, by id',
      findings: [leftOut('disclaimer-missing', 'body', [rawda]), leftOut('claim-expired', AT('b2', 'm2'), [rawda, lulu])],
      blocked: false,
      claims: [],
      clinicsLeftOut: [rawda, lulu],
    },
  ])('$name', ({findings, blocked, claims, clinicsLeftOut = []}) => {
    const summary = summarizeArticleGate(findings, article)
    expect({blocked: summary.blocked, claims: summary.unapprovedClaimIds, clinicsLeftOut: summary.clinicsLeftOut}).toEqual({blocked, claims, clinicsLeftOut})
  })

  const sanityPublish = {label: 'Publish', onHandle: () => {}}
  const sanityDisabled = {...sanityPublish, disabled: true, title: 'There are validation errors that need to be fixed before this document can be published'}
  const blocking = [finding('disclaimer-missing', 'body')]
  const BLOCKED = {arabic: ['لا يُنشر المقال لأن فحوص النشر تحجبه:', '• رسالة disclaimer-missing [disclaimer-missing]']}
  /** A tooltip the gate wrote, as `{arabic: lines}` (an ArabicMessage, laid out right to left), or Sanity's own as it is. */
  const shown = (title: ReactNode) =>
    isValidElement<ArabicMessageProps>(title) && title.type === ArabicMessage ? {arabic: title.props.lines} : title
  test.each([
    {name: 'the gate blocks: disabled with its Arabic reasons', description: sanityPublish, findings: blocking, expected: {disabled: true, title: BLOCKED}},
    {name: 'Sanity disabled it too: the gate\'s reasons replace its English tooltip', description: sanityDisabled, findings: blocking, expected: {disabled: true, title: BLOCKED}},
    {name: 'the gate passes: Publish as Sanity made it', description: sanityPublish, findings: [], expected: {disabled: undefined, title: undefined}},
    {name: 'the gate passes but Sanity disabled it: its reason stands', description: sanityDisabled, findings: [], expected: {disabled: true, title: sanityDisabled.title}},
    {
      name: 'a clinic is left out: Publish stays, saying which clinic the article will not reach',
      description: sanityPublish,
      findings: [leftOut('disclaimer-missing', 'body', [{_id: 'clinic.rawda-riyadh', label: 'مركز روضة للأمراض الجلدية'}])],
      expected: {disabled: undefined, title: {arabic: ['يُنشر في عياداته الأخرى، ولا يُنشر في: مركز روضة للأمراض الجلدية حتى تُصلَح التحذيرات التي تسمّيها في النموذج.']}},
    },
    {name: 'the gate is still running: disabled, saying so', description: sanityPublish, findings: undefined, expected: {disabled: true, title: {arabic: ['جارٍ تشغيل فحوص النشر…']}}},
  ])('Publish: $name', ({description, findings, expected}) => {
    const result = articlePublishDescription(description, findings, article)
    expect({disabled: result.disabled, title: shown(result.title)}).toEqual(expected)
    expect(result.onHandle).toBe(description.onHandle)
  })

  test('Publish of an article that two branches of one name will not reach: both named, told apart by slug', () => {
    const findings = sameNameBranchesLeftOut()
    const result = articlePublishDescription(sanityPublish, findings, seed004Article())
    expect({disabled: result.disabled, title: shown(result.title)}).toEqual({
      disabled: undefined,
      title: {arabic: ['يُنشر في عياداته الأخرى، ولا يُنشر في: عيادة نور (nour-dubai)، عيادة نور (nour-abudhabi) حتى تُصلَح التحذيرات التي تسمّيها في النموذج.']},
    })
  })

  test('the Publish tooltip lists the first reasons with their rule ids, one line each, then how many more', () => {
    const summary = summarizeArticleGate(['a', 'b', 'c', 'd', 'e'].map((key) => finding('disclaimer-missing', `body[_key=="${key}"]`)), article)
    expect(gateBlockLines(summary)).toEqual([
      'لا يُنشر المقال لأن فحوص النشر تحجبه:',
      '• رسالة disclaimer-missing [disclaimer-missing]',
      '• رسالة disclaimer-missing [disclaimer-missing]',
      '• رسالة disclaimer-missing [disclaimer-missing]',
      'ومشكلتان أخريان في نموذج المقال.',
    ])
  })

  test.each([
    [1, 'ادعاء واحد غير معتمد'],
    [2, 'ادعاءان غير معتمدين'],
    [3, '3 ادعاءات غير معتمدة'],
    [10, '10 ادعاءات غير معتمدة'],
    [11, '11 ادعاءً غير معتمد'],
  ])('%i unapproved claims: «%s»', (count, label) => {
    expect(unapprovedClaimsLabel(count)).toBe(label)
  })
})

describe('resolveDocumentActions', () => {
  const action = (name: string, key?: string): DocumentActionComponent => {
    const component: DocumentActionComponent = () => ({label: name})
    if (key) component.action = key as DocumentActionComponent['action']
    component.displayName = name
    return component
  }
  const defaults = [action('PublishAction', 'publish'), action('DeleteAction', 'delete')]
  const names = (actions: DocumentActionComponent[]) => actions.map((entry) => entry.displayName)

  test('claims get the workflow actions first (renew also ahead of them, for when it leads), and a Publish that applies the edit transition', () => {
    const actions = resolveDocumentActions(defaults, {schemaType: 'claim'})
    expect(names(actions)).toEqual(['LeadingRenewClaimAction', 'SubmitClaimAction', 'ApproveClaimAction', 'RejectClaimAction', 'RenewClaimAction', 'WithdrawClaimAction', 'ClaimPublishAction', 'DeleteAction'])
    expect(actions.slice(0, 6)).toEqual(CLAIM_WORKFLOW_ACTIONS)
    expect(actions[6]!.action).toBe('publish')
  })

  test('articles get a Publish gated by the publish gate; the same wrapper every time', () => {
    const first = resolveDocumentActions(defaults, {schemaType: 'article'})
    expect(names(first)).toEqual(['ArticlePublishAction', 'DeleteAction'])
    expect(resolveDocumentActions(defaults, {schemaType: 'article'})[0]).toBe(first[0])
  })

  test('other types keep the default actions', () => {
    expect(resolveDocumentActions(defaults, {schemaType: 'person'})).toBe(defaults)
  })
})
