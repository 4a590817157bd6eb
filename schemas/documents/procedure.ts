// A medical-aesthetic procedure: what it is, how it is done, its risks and who must not have it.
import {ActivityIcon} from '@sanity/icons/Activity'
import {isPageSlug, PAGE_SLUG_MAX_LENGTH, PAGE_SLUG_MESSAGE, slugifyTitle} from '../../src/content/slugRules.ts'
import {slugValidation} from '../../src/studio/validation/slugValidation.ts'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {ANAESTHESIA_KINDS, labelOf, PROCEDURE_CATEGORIES, PROCEDURE_SETTINGS} from '../../src/content/vocabulary.ts'
import {procedureValidation} from '../../src/studio/validation/procedureValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const procedure = defineType({
  name: 'procedure',
  title: 'إجراء',
  type: 'document',
  icon: ActivityIcon,
  fields: [
    defineField({name: 'name', title: 'الاسم', type: 'string', validation: requiredTextValidation}),
    defineField({
      name: 'slug',
      title: 'المعرّف في الرابط',
      type: 'slug',
      options: {source: 'name', maxLength: PAGE_SLUG_MAX_LENGTH, slugify: (name: string) => slugifyTitle(name)},
      validation: slugValidation(isPageSlug, PAGE_SLUG_MESSAGE),
    }),
    defineField({
      name: 'category',
      title: 'الفئة',
      type: 'string',
      options: {list: [...PROCEDURE_CATEGORIES], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'setting',
      title: 'أين يُطبَّق',
      description: 'علاج يستعمله المريض في المنزل (مثل المينوكسيديل الموضعي) لا جلسات له ولا تخدير، وتقول صفحته «يُستعمل» لا «يُجرى».',
      type: 'string',
      options: {list: [...PROCEDURE_SETTINGS], layout: 'radio'},
      initialValue: 'inClinic',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'summary', title: 'ملخص', type: 'text', rows: 3, validation: requiredTextValidation}),
    defineField({name: 'howPerformed', title: 'كيف يُجرى أو يُستعمل', type: 'text', rows: 5}),
    // Not shown, and not published, for a home treatment.
    defineField({name: 'sessions', title: 'الجلسات', type: 'sessionPlan', hidden: ({document}) => document?.['setting'] === 'home'}),
    defineField({
      name: 'anaesthesia',
      title: 'التخدير',
      type: 'string',
      options: {list: [...ANAESTHESIA_KINDS], layout: 'radio'},
      hidden: ({document}) => document?.['setting'] === 'home',
    }),
    defineField({name: 'downtime', title: 'فترة التعافي', description: 'مثل: ساعات إلى يومين', type: 'string'}),
    defineField({
      name: 'alternatives',
      title: 'البدائل',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'procedure'}]})],
    }),
    defineField({name: 'risks', title: 'المخاطر', type: 'array', of: [defineArrayMember({type: 'procedureRisk'})]}),
    defineField({
      name: 'contraindications',
      title: 'موانع الاستخدام',
      type: 'array',
      of: [defineArrayMember({type: 'procedureContraindication'})],
    }),
  ],
  // The page's text rules, as the gate runs them for the clinics offering it (studioProcedureFindings.ts).
  validation: procedureValidation,
  preview: {
    select: {title: 'name', category: 'category', setting: 'setting'},
    // A home treatment says so in the list, where every entry is otherwise an «إجراء».
    prepare: ({title, category, setting}) => ({
      title: previewTitle('procedure', title),
      subtitle: [labelOf(PROCEDURE_CATEGORIES, category), setting === 'home' ? labelOf(PROCEDURE_SETTINGS, setting) : undefined].filter(Boolean).join(' · '),
    }),
  },
})
