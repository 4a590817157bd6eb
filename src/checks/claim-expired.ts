// claim-expired: an approval is dated and expires; medical knowledge moves, so a claim whose
// review.reviewDue has passed, or that is older than the clinic's claim review period allows, must
// be reviewed again before it is published again (as review-overdue holds an article to its period).
import {formatDate} from '../locale/localeFormat.ts'
import {fixForApprovalProblem, policyExpiryReason} from './claimApproval.ts'
import {defineClaimProblemCheck} from './claimProblemCheck.ts'

export const claimExpired = defineClaimProblemCheck({
  ruleId: 'claim-expired',
  description: "A claimRef points to an approved claim whose review.reviewDue is before today, or whose approvedAt plus the preset's claim review period is.",
  message: (problem, quoted, today, place, locale) => {
    if (problem.kind !== 'expired') return undefined
    const fix = `${fixForApprovalProblem(problem)}؛ أو احذف الجملة المربوطة به.`
    const day = (isoDate: string): string => formatDate(locale, isoDate)
    if (!problem.policy) return `انتهت صلاحية اعتماد ${quoted} في ${day(problem.reviewDue)}، واليوم ${day(today)}. ${fix}`
    return `انتهت صلاحية اعتماد ${quoted} في ${place} في ${day(problem.policy.lastDay)}، واليوم ${day(today)}: ${policyExpiryReason(problem.policy, problem.reviewDue, locale, place)}. ${fix}`
  },
})
