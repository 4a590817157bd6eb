// A possible harm of a procedure, explained once and reused by every procedure that carries it.
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import {defineField, defineType} from 'sanity'
import {procedureValidation} from '../../src/studio/validation/procedureValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const risk = defineType({
  name: 'risk',
  title: 'خطر / أثر جانبي',
  type: 'document',
  icon: WarningOutlineIcon,
  fields: [
    defineField({name: 'name', title: 'الاسم', type: 'string', validation: requiredTextValidation}),
    defineField({name: 'explanation', title: 'الشرح', type: 'text', rows: 3}),
    defineField({name: 'whatToDo', title: 'ماذا تفعل إن حدث', type: 'text', rows: 3}),
  ],
  // Shown on every procedure page that lists it: checked by those pages' text rules (studioProcedureFindings.ts).
  validation: procedureValidation,
  preview: {
    select: {title: 'name', subtitle: 'explanation'},
    prepare: ({title, subtitle}) => ({title: previewTitle('risk', title), subtitle}),
  },
})
