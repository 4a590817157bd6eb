// How patients reach a clinic; shown in every page footer.
import {defineField, defineType} from 'sanity'

export const contact = defineType({
  name: 'contact',
  title: 'بيانات التواصل',
  type: 'object',
  fields: [
    defineField({name: 'phone', title: 'الهاتف', type: 'string'}),
    defineField({name: 'whatsapp', title: 'واتساب', type: 'string'}),
    defineField({name: 'email', title: 'البريد الإلكتروني', type: 'string', validation: (rule) => rule.email()}),
    defineField({name: 'address', title: 'العنوان', type: 'text', rows: 2}),
    defineField({name: 'city', title: 'المدينة', type: 'string'}),
  ],
})
