// reviewer-missing: every article names the medical reviewer who answers for it, and that person
// must actually hold the medicalReviewer role.
import {defineAccountablePersonCheck} from './accountablePersonCheck.ts'

export const reviewerMissing = defineAccountablePersonCheck({
  ruleId: 'reviewer-missing',
  description: 'The article has no medicalReviewer, or it is not a person with the medicalReviewer role.',
  field: 'medicalReviewer',
  role: 'medicalReviewer',
  messages: {
    missing: 'لم يُحدَّد مراجع طبي للمقال. بعد أن يراجع طبيب مؤهّل المقال، اختره في حقل «المراجع الطبي».',
    unknown: (reviewerId) =>
      `المراجع الطبي المحدد (${reviewerId}) غير موجود بين الأشخاص المنشورين. اختر مراجعًا طبيًا منشورًا في حقل «المراجع الطبي».`,
    withoutRole: (reviewer) =>
      `لا يحمل ملف «${reviewer.name}» دور «مراجع طبي»، فلا يُعتدّ بالمراجعة المسجّلة. اختر مراجعًا له هذا الدور، أو أضف الدور إلى الملف إن توافرت المؤهلات اللازمة.`,
  },
})
