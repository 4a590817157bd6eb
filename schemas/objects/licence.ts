// A practitioner's licence: reviewers must be identifiable to the regulator that licensed them, and
// the gate (reviewer-licence-jurisdiction, claim-approver-licence-jurisdiction) compares the licence's
// country with each clinic's.
import {defineField, defineType} from 'sanity'
import {isIdentifiable} from '../../src/content/personLicences.ts'
import {JURISDICTIONS, labelOf} from '../../src/content/vocabulary.ts'

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
    defineField({
      name: 'jurisdiction',
      title: 'دولة الترخيص',
      description: 'الدولة التي تُجيز جهةُ الإصدار الممارسةَ فيها. تُقارَن بدولة كل عيادة يُنشر فيها مقال يراجعه صاحب الترخيص أو يستشهد بادعاء اعتمده.',
      type: 'string',
      options: {list: [...JURISDICTIONS], layout: 'radio', direction: 'horizontal'},
      validation: (rule) =>
        rule.custom((value, context) => {
          const parent = context.parent as {number?: string} | undefined
          return parent && isIdentifiable(parent) && !value ? 'حدّد دولة الترخيص: بدونها لا يُعرف في أي عيادة تُقبل مراجعة صاحبه.' : true
        }),
    }),
  ],
  // The country is what the gate compares with each clinic's, so each item of «تراخيص أخرى» shows it.
  preview: {
    select: {issuingBody: 'issuingBody', number: 'number', jurisdiction: 'jurisdiction'},
    prepare: ({issuingBody, number, jurisdiction}: {issuingBody?: string; number?: string; jurisdiction?: string}) => ({
      title: issuingBody || 'جهة إصدار غير محددة',
      subtitle: [number || 'بلا رقم', jurisdiction ? labelOf(JURISDICTIONS, jurisdiction) : 'دولة غير محددة'].join(' · '),
    }),
  },
})
