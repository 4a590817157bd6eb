// claim-approver-licence-jurisdiction: the medical reviewer who approved a claim an article cites
// holds a licence from the country of the clinic publishing it. The clinic's page shows the claim as
// medically reviewed, and a review by someone with no standing in that country vouches for nothing
// there. A rule of its own, not part of claimApproval.ts: the claim stays approved (the renderer and
// the other clinics still count it), and each preset decides how much a foreign licence matters.
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {quoteClaim} from './claimApproval.ts'
import {countriesInArabic, licenceGapIn, licenceNumbersInArabic} from './licenceGap.ts'

export const claimApproverLicenceJurisdiction = defineCheck({
  ruleId: 'claim-approver-licence-jurisdiction',
  description: "A claimRef points to an approved claim whose reviewer holds no licence recorded for the clinic's country.",
  defaultOptions: {},
  run({article, clinic, graph}) {
    const here = labelOf(JURISDICTIONS, clinic.jurisdiction)
    return articleClaimReferences(article).flatMap(({path, claimId}) => {
      const claim = graph.claims.get(claimId)
      const review = claim?.review
      // Whether there is an approval, and by a published medical reviewer, is claim-unapproved's and
      // claim-reviewer-role's to report; whose licence counts is the next question.
      if (!claim || review?.status !== 'approved') return []
      const approver = graph.people.get(review.reviewer?._ref ?? '')
      if (!approver || !approver.roles.includes('medicalReviewer')) return []
      const gap = licenceGapIn(approver, clinic.jurisdiction)
      if (!gap) return []
      const quoted = `الادعاء ${claimId} («${quoteClaim(claim)}»)`
      const renew = `اطلب من مراجع طبي مرخّص في ${here} تجديد الاعتماد بزر «تجديد الاعتماد»`
      const message = (() => {
        switch (gap.kind) {
          case 'jurisdiction-unrecorded':
            return (
              `${quoted} معتمَد باسم «${approver.name}»، ولم تُحدَّد دولة الترخيص (${licenceNumbersInArabic(gap.licences)}) في ملف «${approver.name}»، فلا يُعرف إن كان هذا الاعتماد يُعتدّ به في مقال يُنشر لعيادة في ${here}. ` +
              `حدّد «دولة الترخيص» في الملف، أو ${renew}.`
            )
          case 'unlicensed':
            return (
              `${quoted} معتمَد باسم «${approver.name}»، ولا يحمل ملف «${approver.name}» رقم ترخيص مهني، فلا يستطيع القارئ في ${here} التحقق من هذا الاعتماد. ` +
              `${renew}، أو أضف الترخيص (الرقم وجهة الإصدار ودولة الترخيص) إلى الملف.`
            )
          case 'licensed-elsewhere':
            return (
              `${quoted} معتمَد باسم «${approver.name}»، وترخيص «${approver.name}» من ${countriesInArabic(gap.jurisdictions)}، والمقال يُنشر لعيادة في ${here}. ` +
              `${renew}، أو أضف الترخيص من ${here} إلى «تراخيص أخرى» في الملف إن وُجد.`
            )
        }
      })()
      return [{documentId: article._id, path, message}]
    })
  },
})
