// author-missing: a patient article names the writer accountable for its wording, and that person
// holds the writer role.
import {defineCheck} from './check.ts'

export const authorMissing = defineCheck({
  ruleId: 'author-missing',
  description: 'The article has no author, or it is not a person with the writer role.',
  defaultOptions: {},
  run({article, graph}) {
    const at = (message: string) => [{documentId: article._id, path: 'author', message}]
    const authorId = article.author?._ref
    if (!authorId) return at('لم يُحدَّد كاتب للمقال. اختر كاتب المقال في حقل «الكاتب».')
    const author = graph.people.get(authorId)
    if (!author) {
      return at(`الكاتب المحدد (${authorId}) غير موجود بين الأشخاص المنشورين. اختر كاتبًا منشورًا في حقل «الكاتب».`)
    }
    if (!author.roles.includes('writer')) {
      return at(`«${author.name}» ليس له دور «كاتب طبي». اختر كاتبًا له هذا الدور، أو أضف الدور إلى ملفه.`)
    }
    return []
  },
})
