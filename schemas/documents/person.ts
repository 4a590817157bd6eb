// A writer, editor or medical reviewer: every byline and every approval names one of these.
import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {EMAIL_FORMAT, formatMismatch} from '../../src/content/fieldFormats.ts'
import {PERSON_ROLES} from '../../src/content/vocabulary.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {personValidation} from '../../src/studio/validation/personValidation.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const person = defineType({
  name: 'person',
  title: 'شخص',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({name: 'name', title: 'الاسم', type: 'string', validation: requiredTextValidation}),
    defineField({
      name: 'roles',
      title: 'الأدوار',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {list: [...PERSON_ROLES]},
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'credentials',
      title: 'المؤهل المهني',
      description: 'كما يظهر للقارئ، مثل: استشاري جلدية وتجميل',
      type: 'string',
    }),
    defineField({name: 'licence', title: 'الترخيص المهني', type: 'licence'}),
    defineField({
      name: 'otherLicences',
      title: 'تراخيص أخرى',
      description: 'تراخيص من جهات في دول أخرى، لمن يراجع مقالات عيادات في أكثر من دولة.',
      type: 'array',
      of: [defineArrayMember({type: 'licence'})],
    }),
    defineField({
      name: 'email',
      title: 'البريد الإلكتروني',
      description: 'يُستخدم للتعرّف على صاحب الملف وأدواره (كاتب طبي، مراجع طبي، محرر) عند دخوله إلى الاستوديو.',
      type: 'string',
      // The boundary's pattern, not rule.email(), which trims and takes Arabic letters before the @.
      validation: (rule) => rule.regex(EMAIL_FORMAT.pattern).error(formatMismatch(EMAIL_FORMAT)),
    }),
  ],
  // What the zod boundary and the byline's text rules refuse, which would hold back every article crediting them.
  validation: personValidation,
  preview: {
    select: {title: 'name', subtitle: 'credentials'},
    prepare: ({title, subtitle}) => ({title: previewTitle('person', title), subtitle}),
  },
})
