// One source behind a claim; at least one identifier (PMID, DOI or URL) makes it checkable by a reader.
import {defineField, defineType} from 'sanity'
import {DOI_FORMAT, formatMismatch, PMID_FORMAT} from '../../src/content/fieldFormats.ts'
import {STUDY_TYPES} from '../../src/content/vocabulary.ts'
import {CitationPreview} from '../../src/studio/previews/CitationPreview.tsx'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const citation = defineType({
  name: 'citation',
  title: 'مرجع',
  type: 'object',
  fields: [
    defineField({name: 'title', title: 'عنوان المرجع', type: 'string', validation: requiredTextValidation}),
    defineField({name: 'year', title: 'سنة النشر', type: 'number', validation: (rule) => rule.integer().min(1900).max(2100)}),
    defineField({
      name: 'studyType',
      title: 'نوع الدراسة',
      type: 'string',
      options: {list: [...STUDY_TYPES]},
    }),
    defineField({
      name: 'pmid',
      title: 'PMID',
      description: `رقم المقال في PubMed، أرقام فقط، مثل ${PMID_FORMAT.example}.`,
      type: 'string',
      validation: (rule) => rule.regex(PMID_FORMAT.pattern).error(formatMismatch(PMID_FORMAT)),
    }),
    defineField({
      name: 'doi',
      title: 'DOI',
      description: `يبدأ بـ 10. ويُكتب بلا https://doi.org/، مثل ${DOI_FORMAT.example}.`,
      type: 'string',
      validation: (rule) => rule.regex(DOI_FORMAT.pattern).error(formatMismatch(DOI_FORMAT)),
    }),
    defineField({name: 'url', title: 'رابط', type: 'url'}),
  ],
  preview: {select: {title: 'title', subtitle: 'year'}},
  components: {preview: CitationPreview},
})
