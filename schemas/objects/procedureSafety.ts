// An embed that lists a procedure's risks and/or contraindications from the procedure document,
// so safety information is written once and stays the same in every article that shows it.
import {defineField, defineType} from 'sanity'
import {labelOf, SAFETY_EMBED_MODES} from '../../src/content/vocabulary.ts'

export const procedureSafety = defineType({
  name: 'procedureSafety',
  title: 'المخاطر وموانع الاستخدام لإجراء',
  type: 'object',
  fields: [
    defineField({
      name: 'procedure',
      title: 'الإجراء',
      type: 'reference',
      to: [{type: 'procedure'}],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'show',
      title: 'ما يُعرض',
      type: 'string',
      options: {
        list: [...SAFETY_EMBED_MODES],
        layout: 'radio',
      },
      initialValue: 'both',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: {title: 'procedure.name', show: 'show'},
    prepare: ({title, show}) => ({title, subtitle: labelOf(SAFETY_EMBED_MODES, show)}),
  },
})
