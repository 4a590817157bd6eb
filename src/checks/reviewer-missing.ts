// reviewer-missing: every article names the medical reviewer who answers for it, and that person
// must actually hold the medicalReviewer role.
import {defineCheck} from './check.ts'

export const reviewerMissing = defineCheck({
  ruleId: 'reviewer-missing',
  description: 'The article has no medicalReviewer, or it is not a person with the medicalReviewer role.',
  defaultOptions: {},
  run({article, graph}) {
    const at = (message: string) => [{documentId: article._id, path: 'medicalReviewer', message}]
    const reviewerId = article.medicalReviewer?._ref
    if (!reviewerId) {
      return at('لم يُحدَّد مراجع طبي للمقال. بعد أن يراجع طبيب مؤهّل المقال، اختره في حقل «المراجع الطبي».')
    }
    const reviewer = graph.people.get(reviewerId)
    if (!reviewer) {
      return at(`المراجع الطبي المحدد (${reviewerId}) غير موجود بين الأشخاص المنشورين. اختر مراجعًا طبيًا منشورًا في حقل «المراجع الطبي».`)
    }
    if (!reviewer.roles.includes('medicalReviewer')) {
      return at(`«${reviewer.name}» ليس له دور «مراجع طبي»، فلا يُعتدّ بمراجعته. اختر مراجعًا له هذا الدور، أو أضف الدور إلى ملفه إن كان مؤهّلًا.`)
    }
    return []
  },
})
