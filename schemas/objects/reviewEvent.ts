// One entry of a claim's review audit trail: who moved the claim from which state to which, when,
// why, and the content hash it concerned. Written only by the workflow actions; never edited.
import {defineField, defineType} from 'sanity'
import {CLAIM_STATES, labelOf, REVIEW_ACTIONS} from '../../src/content/vocabulary.ts'
import {reviewEventSubtitle} from '../../src/studio/previews/reviewEventSubtitle.ts'

export const reviewEvent = defineType({
  name: 'reviewEvent',
  title: 'حدث مراجعة',
  type: 'object',
  readOnly: true,
  fields: [
    defineField({name: 'action', title: 'الخطوة', type: 'string', options: {list: [...REVIEW_ACTIONS]}, validation: (rule) => rule.required()}),
    defineField({name: 'from', title: 'من حالة', type: 'string', options: {list: [...CLAIM_STATES]}, validation: (rule) => rule.required()}),
    defineField({name: 'to', title: 'إلى حالة', type: 'string', options: {list: [...CLAIM_STATES]}, validation: (rule) => rule.required()}),
    defineField({name: 'at', title: 'الوقت', type: 'datetime', validation: (rule) => rule.required()}),
    defineField({name: 'userId', title: 'معرّف المستخدم في Sanity', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'person', title: 'الشخص', type: 'reference', to: [{type: 'person'}]}),
    defineField({name: 'comment', title: 'التعليق', type: 'text', rows: 2}),
    defineField({name: 'hash', title: 'بصمة النص والدليل (sha256)', type: 'string'}),
  ],
  preview: {
    select: {action: 'action', from: 'from', to: 'to', at: 'at', person: 'person.name', userId: 'userId', comment: 'comment'},
    prepare: ({action, from, to, at, person, userId, comment}) => ({
      // Read right to left: «من» ← «إلى».
      title: `${labelOf(REVIEW_ACTIONS, action)}: ${labelOf(CLAIM_STATES, from)} ← ${labelOf(CLAIM_STATES, to)}`,
      subtitle: reviewEventSubtitle({person, userId, at, comment}),
    }),
  },
})
