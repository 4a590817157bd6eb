// How a clinic's site looks: its colours and logo, applied to every page Sanad builds for it.
import {defineField, defineType} from 'sanity'
import {formatMismatch, HEX_COLOUR_FORMAT} from '../../src/content/fieldFormats.ts'

export const branding = defineType({
  name: 'branding',
  title: 'الهوية البصرية',
  type: 'object',
  fields: [
    defineField({
      name: 'primaryColor',
      title: 'اللون الأساسي',
      description: 'بصيغة ‎#RRGGBB‎. يختار الموقع لون النص فوقه (الأبيض أو الأسود) بحيث يُقرأ بوضوح؛ وإن لم يكن داكنًا بما يكفي لنص على خلفية فاتحة ظهرت الروابط بلون أزرق داكن بدلًا منه.',
      type: 'string',
      validation: (rule) => [rule.required(), rule.regex(HEX_COLOUR_FORMAT.pattern).error(formatMismatch(HEX_COLOUR_FORMAT))],
    }),
    defineField({
      name: 'accentColor',
      title: 'اللون الثانوي',
      type: 'string',
      validation: (rule) => rule.regex(HEX_COLOUR_FORMAT.pattern).error(formatMismatch(HEX_COLOUR_FORMAT)),
    }),
    defineField({
      name: 'logo',
      title: 'الشعار',
      type: 'image',
      fields: [defineField({name: 'alt', title: 'النص البديل', type: 'string'})],
    }),
  ],
})
