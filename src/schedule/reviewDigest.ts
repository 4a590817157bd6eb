// The reviewers' due-soon digest the nightly sweep writes: every review that falls due soon, is
// overdue, or whose claim approval has expired, grouped by the medical reviewer who must act.
// Pure; built from the gate's own findings, so it says exactly what the gate will enforce.
import {articleClaimReferences} from '../checks/articleReferences.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Severity} from '../findings/finding.ts'
import type {ClinicGateResult} from '../gate/index.ts'

/** The rules whose findings a medical reviewer resolves by reviewing again. */
export const DIGEST_RULES = ['claim-expired', 'review-overdue', 'review-due-soon'] as const

export interface DigestItem {
  ruleId: string
  severity: Severity
  articleId: string
  articleTitle: string
  claimId: string | null
  /** Sanity path of the finding on the article. */
  path: string
  clinics: string[]
  message: string
}

export interface ReviewerDigest {
  reviewerId: string | null
  name: string
  email: string | null
  items: DigestItem[]
}

export interface ReviewDigest {
  date: string
  reviewers: ReviewerDigest[]
}

const UNASSIGNED = 'بلا مراجع طبي محدّد'

export const buildReviewDigest = (gates: readonly ClinicGateResult[], graph: ContentGraph, date: string): ReviewDigest => {
  const items = new Map<string, DigestItem & {reviewerId: string | null}>()
  for (const gate of gates) {
    for (const verdict of gate.articles) {
      const article = graph.articles.get(verdict.articleId)
      if (!article) continue
      const claimAt = new Map(articleClaimReferences(article).map((reference) => [reference.path, reference.claimId]))
      for (const finding of verdict.findings) {
        if (!(DIGEST_RULES as readonly string[]).includes(finding.ruleId)) continue
        const claimId = claimAt.get(finding.path) ?? null
        const reviewerId = (claimId ? graph.claims.get(claimId)?.review?.reviewer?._ref : article.medicalReviewer?._ref) ?? null
        const key = `${finding.ruleId}|${article._id}|${finding.path}`
        const existing = items.get(key)
        if (existing) {
          existing.clinics.push(gate.clinicSlug)
          continue
        }
        items.set(key, {
          ruleId: finding.ruleId,
          severity: finding.severity,
          articleId: article._id,
          articleTitle: article.title,
          claimId,
          path: finding.path,
          clinics: [gate.clinicSlug],
          message: finding.message,
          reviewerId,
        })
      }
    }
  }
  const byReviewer = new Map<string | null, ReviewerDigest>()
  for (const {reviewerId, ...item} of items.values()) {
    let digest = byReviewer.get(reviewerId)
    if (!digest) {
      const person = reviewerId ? graph.people.get(reviewerId) : undefined
      digest = {reviewerId, name: person?.name ?? reviewerId ?? UNASSIGNED, email: person?.email ?? null, items: []}
      byReviewer.set(reviewerId, digest)
    }
    digest.items.push({...item, clinics: item.clinics.sort()})
  }
  const severityRank = {error: 0, warning: 1, info: 2} as const
  const reviewers = [...byReviewer.values()].sort((a, b) => a.name.localeCompare(b.name, 'ar'))
  for (const reviewer of reviewers) {
    reviewer.items.sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.articleId.localeCompare(b.articleId) || a.path.localeCompare(b.path))
  }
  return {date, reviewers}
}

const SEVERITY_LABEL = {error: 'يوقف النشر', warning: 'قريبًا', info: 'ملاحظة'} as const

/** The digest as Arabic Markdown, one section per reviewer, for email or the team's chat. */
export const formatReviewDigest = (digest: ReviewDigest): string => {
  const lines = [`# ملخص المراجعات الطبية المستحقة — ${digest.date}`, '']
  if (digest.reviewers.length === 0) lines.push('لا توجد مراجعات مستحقة أو قريبة الاستحقاق.', '')
  for (const reviewer of digest.reviewers) {
    lines.push(`## ${reviewer.name}${reviewer.email ? ` <${reviewer.email}>` : ''}`, '')
    for (const item of reviewer.items) {
      lines.push(`- **${SEVERITY_LABEL[item.severity]}** «${item.articleTitle}» (${item.clinics.join('، ')}) [${item.ruleId}]: ${item.message}`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
