// A condition in which a procedure must not be done, or must wait.
import {BlockElementIcon} from '@sanity/icons/BlockElement'
import {defineField, defineType} from 'sanity'
import {procedureValidation} from '../../src/studio/validation/procedureValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const contraindication = defineType({
  name: 'contraindication',
  title: 'مانع استخدام',
  type: 'document',
  icon: BlockElementIcon,
  fields: [
    defineField({name: 'name', title: 'الاسم', type: 'string', validation: requiredTextValidation}),
    defineField({name: 'explanation', title: 'الشرح', type: 'text', rows: 3}),
    defineField({name: 'whatToDo', title: 'ماذا تفعل', type: 'text', rows: 3}),
  ],
  // Shown on every procedure page that lists it: checked by those pages' text rules (studioProcedureFindings.ts).
  validation: procedureValidation,
  preview: {
    select: {title: 'name', subtitle: 'explanation'},
    prepare: ({title, subtitle}) => ({title: previewTitle('contraindication', title), subtitle}),
  },
})
