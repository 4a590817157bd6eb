// How a clinic's site looks: its colours and logo, applied to every page Sanad builds for it.
import {defineField, defineType} from 'sanity'

const hexColour = /^#[0-9a-fA-F]{6}$/

export const branding = defineType({
  name: 'branding',
  title: 'الهوية البصرية',
  type: 'object',
  fields: [
    defineField({
      name: 'primaryColor',
      title: 'اللون الأساسي',
      description: 'بصيغة ‎#RRGGBB‎، ويجب أن يكون داكنًا بما يكفي لقراءة نص أبيض فوقه.',
      type: 'string',
      validation: (rule) => rule.required().regex(hexColour, {name: 'رمز لون سداسي عشري (hex)'}),
    }),
    defineField({
      name: 'accentColor',
      title: 'اللون الثانوي',
      type: 'string',
      validation: (rule) => rule.regex(hexColour, {name: 'رمز لون سداسي عشري (hex)'}),
    }),
    defineField({
      name: 'logo',
      title: 'الشعار',
      type: 'image',
      fields: [defineField({name: 'alt', title: 'النص البديل', type: 'string'})],
    }),
  ],
})
