// One question a patient asks, with its answer.
import {defineField, defineType} from 'sanity'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const faqItem = defineType({
  name: 'faqItem',
  title: 'سؤال وجواب',
  type: 'object',
  fields: [
    defineField({name: 'question', title: 'السؤال', type: 'string', validation: requiredTextValidation}),
    defineField({name: 'answer', title: 'الجواب', type: 'text', rows: 4, validation: requiredTextValidation}),
  ],
  preview: {select: {title: 'question', subtitle: 'answer'}},
})
