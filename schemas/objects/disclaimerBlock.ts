// Places a jurisdiction's medical disclaimer in the article body. An article targeting clinics in
// several jurisdictions carries one block per jurisdiction; each clinic's page shows its own.
import {defineField, defineType} from 'sanity'
import {JURISDICTIONS, labelOf} from '../../src/content/vocabulary.ts'

export const disclaimerBlock = defineType({
  name: 'disclaimerBlock',
  title: 'إخلاء المسؤولية الطبية',
  type: 'object',
  fields: [
    defineField({
      name: 'disclaimer',
      title: 'نص الإخلاء',
      type: 'reference',
      to: [{type: 'disclaimer'}],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: {title: 'disclaimer.title', jurisdiction: 'disclaimer.jurisdiction', version: 'disclaimer.version'},
    prepare: ({title, jurisdiction, version}) => ({
      title: title ?? 'إخلاء المسؤولية الطبية',
      subtitle: [labelOf(JURISDICTIONS, jurisdiction), version && `الإصدار ${version}`].filter(Boolean).join(' · '),
    }),
  },
})
