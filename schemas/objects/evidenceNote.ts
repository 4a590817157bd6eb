// A callout in the article body telling the reader how strong the evidence on a point is.
import {defineField, defineType} from 'sanity'
import {GRADE_CERTAINTY, labelOf} from '../../src/content/vocabulary.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const evidenceNote = defineType({
  name: 'evidenceNote',
  title: 'ملاحظة عن قوة الدليل',
  type: 'object',
  fields: [
    defineField({
      name: 'certainty',
      title: 'درجة اليقين (GRADE)',
      type: 'string',
      options: {list: [...GRADE_CERTAINTY]},
    }),
    defineField({
      name: 'text',
      title: 'النص',
      type: 'text',
      rows: 3,
      validation: requiredTextValidation,
    }),
  ],
  preview: {
    select: {title: 'text', certainty: 'certainty'},
    prepare: ({title, certainty}) => ({title, subtitle: certainty ? `درجة اليقين: ${labelOf(GRADE_CERTAINTY, certainty)}` : undefined}),
  },
})
