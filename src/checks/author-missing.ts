// author-missing: a patient article names the writer accountable for its wording, and that person
// holds the writer role.
import {defineAccountablePersonCheck} from './accountablePersonCheck.ts'

export const authorMissing = defineAccountablePersonCheck({
  ruleId: 'author-missing',
  description: 'The article has no author, or it is not a person with the writer role.',
  field: 'author',
  role: 'writer',
  messages: {
    missing: 'لم يُحدَّد كاتب للمقال. اختر كاتب المقال في حقل «الكاتب».',
    unknown: (authorId) => `الكاتب المحدد (${authorId}) غير موجود بين الأشخاص المنشورين. اختر كاتبًا منشورًا في حقل «الكاتب».`,
    withoutRole: (author) => `لا يحمل ملف «${author.name}» دور «كاتب طبي». اختر كاتبًا له هذا الدور، أو أضف الدور إلى الملف.`,
  },
})
