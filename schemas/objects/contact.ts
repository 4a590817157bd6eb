// How patients reach a clinic; shown in every page footer.
import {defineField, defineType} from 'sanity'
import {EMAIL_FORMAT, formatMismatch} from '../../src/content/fieldFormats.ts'

export const contact = defineType({
  name: 'contact',
  title: 'بيانات التواصل',
  type: 'object',
  fields: [
    defineField({name: 'phone', title: 'الهاتف', type: 'string'}),
    defineField({name: 'whatsapp', title: 'واتساب', type: 'string'}),
    defineField({name: 'email', title: 'البريد الإلكتروني', type: 'string', validation: (rule) => rule.regex(EMAIL_FORMAT.pattern).error(formatMismatch(EMAIL_FORMAT))}),
    defineField({name: 'address', title: 'العنوان', type: 'text', rows: 2}),
    defineField({name: 'city', title: 'المدينة', type: 'string'}),
  ],
})
