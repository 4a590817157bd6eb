// Portable Text annotation that ties a span of article text to the claim document it states.
import {defineField, defineType} from 'sanity'

export const claimRef = defineType({
  name: 'claimRef',
  title: 'ادعاء طبي',
  description: 'اربط الجملة بادعاء طبي معتمد حتى تظهر للقارئ درجة اليقين في الدليل ومراجعه العلمية.',
  type: 'object',
  fields: [
    defineField({
      name: 'claim',
      title: 'الادعاء',
      type: 'reference',
      to: [{type: 'claim'}],
      validation: (rule) => rule.required(),
    }),
  ],
})
