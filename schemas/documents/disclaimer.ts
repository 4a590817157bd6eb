// The medical disclaimer a jurisdiction requires, versioned: the newest one in effect is the one
// every article published there must carry.
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineField, defineType} from 'sanity'
import {JURISDICTIONS, labelOf} from '../../src/content/vocabulary.ts'
import {clinicTextsValidation} from '../../src/studio/validation/clinicTextsValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const disclaimer = defineType({
  name: 'disclaimer',
  title: 'إخلاء مسؤولية طبية',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'العنوان',
      description: 'يظهر للقارئ عنوانًا لنص الإخلاء في كل مقال',
      type: 'string',
      validation: requiredTextValidation,
    }),
    defineField({
      name: 'jurisdiction',
      title: 'الدولة',
      type: 'string',
      options: {list: [...JURISDICTIONS], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'text', title: 'نص الإخلاء', type: 'text', rows: 4, validation: requiredTextValidation}),
    defineField({
      name: 'version',
      title: 'الإصدار',
      description: 'مثل 2026.1 — أصدر إصدارًا جديدًا بدل تعديل إصدار سارٍ.',
      type: 'string',
      validation: requiredTextValidation,
    }),
    defineField({name: 'effectiveDate', title: 'تاريخ السريان', type: 'date', validation: (rule) => rule.required()}),
  ],
  // The text rules of the document's own country on the texts every page of a clinic's site shows.
  validation: clinicTextsValidation,
  preview: {
    select: {title: 'title', jurisdiction: 'jurisdiction', version: 'version'},
    prepare: ({title, jurisdiction, version}) => ({title: previewTitle('disclaimer', title), subtitle: `${labelOf(JURISDICTIONS, jurisdiction) || '؟'} · الإصدار ${version ?? '؟'}`}),
  },
})
