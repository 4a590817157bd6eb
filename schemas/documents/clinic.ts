// A clinic whose site Sanad builds: where it practises decides which rules and disclaimer apply.
import {HomeIcon} from '@sanity/icons/Home'
import {isClinicSlug, CLINIC_SLUG_MESSAGE} from '../../src/content/slugRules.ts'
import {slugValidation} from '../../src/studio/validation/slugValidation.ts'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {CLINIC_LOCALES, JURISDICTIONS, labelOf} from '../../src/content/vocabulary.ts'
import {clinicTextsValidation} from '../../src/studio/validation/clinicTextsValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {CLINIC_DOMAIN_MESSAGE, isDomainUnusable} from '../../src/content/clinicDomain.ts'
import {formatMismatch, NETLIFY_SITE_ID_FORMAT} from '../../src/content/fieldFormats.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const clinic = defineType({
  name: 'clinic',
  title: 'عيادة',
  type: 'document',
  icon: HomeIcon,
  fields: [
    defineField({name: 'name', title: 'الاسم', type: 'string', validation: requiredTextValidation}),
    defineField({
      name: 'slug',
      title: 'المعرّف',
      description: 'يُستخدم اسمًا لمجلد موقع العيادة: حروف لاتينية صغيرة وأرقام وشرطات.',
      type: 'slug',
      options: {source: 'name', maxLength: 64},
      validation: slugValidation(isClinicSlug, CLINIC_SLUG_MESSAGE),
    }),
    defineField({
      name: 'domain',
      title: 'النطاق',
      description: 'مثل clinic.example',
      type: 'string',
      validation: (rule) => rule.custom((value) => (isDomainUnusable(value) ? CLINIC_DOMAIN_MESSAGE : true)).warning(),
    }),
    defineField({
      name: 'jurisdiction',
      title: 'الدولة',
      type: 'string',
      options: {list: [...JURISDICTIONS], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'locale',
      title: 'اللغة والمنطقة',
      type: 'string',
      options: {list: [...CLINIC_LOCALES]},
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'branding', title: 'الهوية البصرية', type: 'branding'}),
    defineField({
      name: 'proceduresOffered',
      title: 'الإجراءات المتاحة',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'procedure'}]})],
    }),
    defineField({name: 'contact', title: 'التواصل', type: 'contact'}),
    defineField({
      name: 'netlifySiteId',
      title: 'معرّف موقع Netlify',
      type: 'string',
      description: 'الموقع الذي ينشر إليه sanad deploy موقع هذه العيادة: Site ID من إعدادات الموقع في Netlify.',
      validation: (rule) => rule.regex(NETLIFY_SITE_ID_FORMAT.pattern).error(formatMismatch(NETLIFY_SITE_ID_FORMAT)),
    }),
    defineField({
      name: 'disclaimer',
      title: 'إخلاء المسؤولية الواجب',
      description: 'الإخلاء الذي يظهر في كل صفحات العيادة؛ يجب أن يكون لدولة العيادة. تعرض الصفحات دائمًا الإصدار الساري لدولة العيادة.',
      type: 'reference',
      to: [{type: 'disclaimer'}],
      // Offer only this country's disclaimers: another country's text is never the right one.
      options: {filter: ({document}) => ({filter: 'jurisdiction == $jurisdiction', params: {jurisdiction: document.jurisdiction ?? ''}})},
      validation: (rule) => rule.required(),
    }),
  ],
  // The text rules of the document's own country on the texts every page of a clinic's site shows.
  validation: clinicTextsValidation,
  preview: {
    select: {title: 'name', jurisdiction: 'jurisdiction'},
    prepare: ({title, jurisdiction}) => ({title: previewTitle('clinic', title), subtitle: labelOf(JURISDICTIONS, jurisdiction)}),
  },
})
