// One medical statement, the evidence behind it, and its medical review. Articles link spans of
// text to claims; a claim is published only while its approval holds.
import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {defineField, defineType} from 'sanity'
import {claimPreviewSubtitle} from '../../src/studio/claimPreviewSubtitle.ts'
import {claimValidation} from '../../src/studio/validation/claimValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const claim = defineType({
  name: 'claim',
  title: 'ادعاء طبي',
  type: 'document',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'statement',
      title: 'نص الادعاء',
      description: 'جملة طبية واحدة كما ستظهر للقارئ.',
      type: 'text',
      rows: 3,
      validation: requiredTextValidation,
    }),
    defineField({
      name: 'procedure',
      title: 'الإجراء',
      type: 'reference',
      to: [{type: 'procedure'}],
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'evidence', title: 'الدليل العلمي', type: 'evidence'}),
    defineField({name: 'review', title: 'المراجعة الطبية', type: 'review'}),
  ],
  // Why articles linking this claim would not publish, from the same predicates as the claim rules.
  validation: claimValidation,
  preview: {
    select: {title: 'statement', status: 'review.status', reviewDue: 'review.reviewDue', approvedAt: 'review.approvedAt', certainty: 'evidence.certainty'},
    prepare: ({title, status, reviewDue, approvedAt, certainty}) => ({title: previewTitle('claim', title), subtitle: claimPreviewSubtitle({status, reviewDue, approvedAt, certainty}, new Date())}),
  },
})
