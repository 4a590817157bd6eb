// The bundled dataset's claims as the workflow sees them: every state at least once, every approval
// bound to its exact words by a reviewer who did not write them, every audit trail a connected walk
// ending in the claim's state.
import {describe, expect, test} from 'vitest'
import {claimApprovalProblems} from '../../src/checks/claimApproval.ts'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import type {Claim} from '../../src/content/documents/claim.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {sameActor, actorOf, writerOf} from '../../src/workflow/auditTrail.ts'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {claimState} from '../../src/workflow/claimState.ts'
import {NOW, readBundledDocuments} from '../support/bundledDataset.ts'

const TODAY = NOW.toISOString().slice(0, 10)
const graph = buildContentGraph(parseDocuments(await readBundledDocuments()).documents)
const claims = [...graph.claims.values()]

describe('claims in the bundled dataset', () => {
  test('show every workflow state at least once', () => {
    const states = new Map(claims.map((claim) => [claim._id, claimState(claim, TODAY).state]))
    expect([...new Set(states.values())].sort()).toEqual(['approved', 'draft', 'expired', 'inReview', 'rejected'])
    expect(Object.fromEntries([...states].sort())).toMatchObject({
      'claim.meso-collagen-boost': 'draft',
      'claim.prp-hair-density': 'inReview',
      'claim.meso-no-complications': 'rejected',
      'claim.microneedling-hair-count': 'expired',
      'claim.meso-hair-density': 'approved',
    })
  })

  const approved = claims.filter((claim) => claim.review?.status === 'approved')
  test.each(approved.map((claim) => [claim._id, claim] as const))('%s: the approval record matches its words and its last audit entry', (_id, claim: Claim) => {
    const review = claim.review!
    const approval = review.audit?.findLast((entry) => entry.action === 'approve')
    expect(review.approvedHash).toBe(claimContentHash(claim))
    expect(approval).toMatchObject({to: 'approved', hash: review.approvedHash, userId: review.approvedBy, at: review.approvedAt, person: {_ref: review.reviewer?._ref}})
    expect(review.reviewedAt).toBe(review.approvedAt)
    const writer = writerOf(review.audit ?? [])
    expect(writer).toBeDefined()
    expect(sameActor(actorOf(approval!), writer!)).toBe(false)
    expect(graph.people.get(review.reviewer!._ref)?.roles).toContain('medicalReviewer')
  })

  test.each(claims.map((claim) => [claim._id, claim] as const))('%s: the audit trail is one connected walk from draft to its state', (_id, claim: Claim) => {
    const audit = claim.review?.audit ?? []
    let state = 'draft'
    for (const entry of audit) {
      expect(entry.from).toBe(state)
      expect(graph.people.has(entry.person?._ref ?? '')).toBe(true)
      state = entry.to
    }
    expect(state).toBe(claim.review?.status ?? 'draft')
    // Decisions (approve, reject) are never taken by the claim's writer.
    const writer = writerOf(audit)
    for (const decision of audit.filter((entry) => entry.action === 'approve' || entry.action === 'reject')) {
      expect(sameActor(actorOf(decision), writer!)).toBe(false)
    }
  })

  test('approved and unexpired claims have no approval problem; the expired one has', () => {
    expect(approved.filter((claim) => claimApprovalProblems(claim, graph, TODAY).length === 0).map((claim) => claim._id).sort()).toEqual([
      'claim.meso-gradual-results',
      'claim.meso-hair-density',
      'claim.meso-rare-complications',
      'claim.meso-skin-rejuvenation',
      'claim.microneedling-prp-variable',
      'claim.minoxidil-first-line',
    ])
  })
})
