// Portable Text annotation for an ordinary hyperlink.
import {defineField, defineType} from 'sanity'

export const link = defineType({
  name: 'link',
  title: 'رابط',
  type: 'object',
  fields: [
    defineField({
      name: 'href',
      title: 'العنوان',
      type: 'url',
      validation: (rule) => rule.required().uri({scheme: ['http', 'https', 'mailto', 'tel']}),
    }),
  ],
})
