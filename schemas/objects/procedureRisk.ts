// A risk as it applies to one procedure: how often it happens and how bad it is.
import {defineField, defineType} from 'sanity'
import {labelOf, RISK_FREQUENCIES, RISK_SEVERITIES} from '../../src/content/vocabulary.ts'

export const procedureRisk = defineType({
  name: 'procedureRisk',
  title: 'خطر مرتبط بالإجراء',
  type: 'object',
  fields: [
    defineField({name: 'risk', title: 'الخطر', type: 'reference', to: [{type: 'risk'}], validation: (rule) => rule.required()}),
    defineField({
      name: 'frequency',
      title: 'مدى الشيوع',
      type: 'string',
      options: {list: [...RISK_FREQUENCIES], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'severity',
      title: 'الشدة',
      type: 'string',
      options: {list: [...RISK_SEVERITIES], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: {title: 'risk.name', frequency: 'frequency'},
    prepare: ({title, frequency}) => ({title, subtitle: labelOf(RISK_FREQUENCIES, frequency)}),
  },
})
