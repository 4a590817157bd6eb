// One question a patient asks, with its answer.
import {defineField, defineType} from 'sanity'

export const faqItem = defineType({
  name: 'faqItem',
  title: 'سؤال وجواب',
  type: 'object',
  fields: [
    defineField({name: 'question', title: 'السؤال', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'answer', title: 'الجواب', type: 'text', rows: 4, validation: (rule) => rule.required()}),
  ],
  preview: {select: {title: 'question', subtitle: 'answer'}},
})
