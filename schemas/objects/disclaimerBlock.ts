// Places a jurisdiction's medical disclaimer in the article body. An article targeting clinics in
// several jurisdictions carries one block per jurisdiction; each clinic's page shows its own.
import {defineField, defineType} from 'sanity'
import {JURISDICTIONS, labelOf} from '../../src/content/vocabulary.ts'
import {pickableDisclaimerFilter} from '../../src/queries.ts'
import {disclaimerPickerDays} from '../../src/studio/disclaimerPickerDays.ts'

export const disclaimerBlock = defineType({
  name: 'disclaimerBlock',
  title: 'إخلاء المسؤولية الطبية',
  type: 'object',
  fields: [
    defineField({
      name: 'disclaimer',
      title: 'الإخلاء المعتمد',
      type: 'reference',
      to: [{type: 'disclaimer'}],
      description: 'تظهر هنا الإخلاءات السارية اليوم لدول العيادات المستهدفة، والإصدار الذي يسري بعدها لتضيفه مسبقًا بجانبها؛ أضف كتلة لكل دولة.',
      // The version the gate accepts and the next one, each on its jurisdiction's calendar: a superseded one would block the article (disclaimer-missing).
      options: {
        filter: ({document}) => ({
          filter: pickableDisclaimerFilter,
          params: {
            clinicIds: ((document as {targetClinics?: Array<{_ref?: string}>}).targetClinics ?? []).flatMap((clinic) => (clinic._ref ? [clinic._ref] : [])),
            ...disclaimerPickerDays(new Date()),
          },
        }),
      },
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
