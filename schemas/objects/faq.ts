// A block of frequently asked questions inside an article body.
import {defineArrayMember, defineField, defineType} from 'sanity'

export const faq = defineType({
  name: 'faq',
  title: 'أسئلة شائعة',
  type: 'object',
  fields: [
    defineField({name: 'title', title: 'العنوان', type: 'string', initialValue: 'أسئلة شائعة'}),
    defineField({
      name: 'items',
      title: 'الأسئلة',
      type: 'array',
      of: [defineArrayMember({type: 'faqItem'})],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {select: {title: 'title'}},
})
