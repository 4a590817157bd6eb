// A practitioner's licence: reviewers must be identifiable to the regulator that licensed them.
import {defineField, defineType} from 'sanity'

export const licence = defineType({
  name: 'licence',
  title: 'الترخيص المهني',
  type: 'object',
  fields: [
    defineField({name: 'number', title: 'رقم الترخيص', type: 'string'}),
    defineField({
      name: 'issuingBody',
      title: 'جهة الإصدار',
      description: 'مثل: نقابة أطباء مصر، الهيئة السعودية للتخصصات الصحية، وزارة الصحة ووقاية المجتمع',
      type: 'string',
    }),
  ],
})
