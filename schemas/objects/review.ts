// The medical review state of a claim: who approved it, when, and until when the approval holds.
import {defineField, defineType} from 'sanity'
import {REVIEW_STATUSES} from '../../src/content/vocabulary.ts'

export const review = defineType({
  name: 'review',
  title: 'المراجعة الطبية',
  type: 'object',
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
  ],
})
