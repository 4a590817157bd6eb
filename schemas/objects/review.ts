// The medical review state of a claim: who approved it, when, until when the approval holds, the
// hash of exactly the text and evidence approved, and the append-only audit trail. Every field is
// read-only in the form: only the workflow actions (src/studio/actions) change them.
import {defineArrayMember, defineField, defineType} from 'sanity'
import {REVIEW_STATUSES} from '../../src/content/vocabulary.ts'

export const review = defineType({
  name: 'review',
  title: 'المراجعة الطبية',
  type: 'object',
  readOnly: true,
  description: 'تتغيّر فقط عبر أزرار «إرسال للمراجعة» و«اعتماد» و«رفض مع سبب» و«تجديد الاعتماد» و«سحب الاعتماد»، وعند نشر تعديل على نص الادعاء أو دليله (فيعود «مسودة»).',
  fields: [
    defineField({
      name: 'status',
      title: 'الحالة',
      type: 'string',
      options: {list: [...REVIEW_STATUSES], layout: 'radio'},
      initialValue: 'draft',
    }),
    defineField({
      name: 'reviewer',
      title: 'المراجع الطبي',
      type: 'reference',
      to: [{type: 'person'}],
      options: {filter: '"medicalReviewer" in roles'},
    }),
    defineField({name: 'reviewedAt', title: 'تاريخ المراجعة', type: 'datetime'}),
    defineField({name: 'reviewDue', title: 'موعد إعادة المراجعة', type: 'date'}),
    defineField({name: 'comment', title: 'تعليق المراجع', type: 'text', rows: 3}),
    defineField({name: 'approvedBy', title: 'اعتمده (معرّف المستخدم في Sanity)', type: 'string'}),
    defineField({name: 'approvedAt', title: 'وقت الاعتماد', type: 'datetime'}),
    defineField({
      name: 'approvedHash',
      title: 'بصمة النص المعتمد (sha256)',
      description: 'إذا تغيّر نص الادعاء أو دليله بعد الاعتماد لم تعد البصمة تطابقه، فلا يُنشر حتى يُعتمد من جديد.',
      type: 'string',
    }),
    defineField({
      name: 'audit',
      title: 'سجل المراجعة',
      type: 'array',
      of: [defineArrayMember({type: 'reviewEvent'})],
    }),
  ],
})
