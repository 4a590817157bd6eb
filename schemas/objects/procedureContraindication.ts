// A contraindication as it applies to one procedure: never, or only until the condition resolves.
import {defineField, defineType} from 'sanity'
import {CONTRAINDICATION_KINDS, labelOf} from '../../src/content/vocabulary.ts'

export const procedureContraindication = defineType({
  name: 'procedureContraindication',
  title: 'مانع استخدام',
  type: 'object',
  fields: [
    defineField({
      name: 'contraindication',
      title: 'الحالة',
      type: 'reference',
      to: [{type: 'contraindication'}],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'kind',
      title: 'النوع',
      type: 'string',
      options: {list: [...CONTRAINDICATION_KINDS], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: {title: 'contraindication.name', kind: 'kind'},
    prepare: ({title, kind}) => ({title, subtitle: labelOf(CONTRAINDICATION_KINDS, kind)}),
  },
})
