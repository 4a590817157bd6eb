// The usual course of a procedure: how many sessions, how far apart, how long each takes.
import {defineField, defineType, type NumberRule} from 'sanity'
import {sessionCountProblem, type SessionCountField} from '../../src/content/sessionCountProblem.ts'

// The boundary's rule (sessionCountProblem), so an import or API write is refused in the same words.
const sessionCountValidation = (field: SessionCountField) => (rule: NumberRule) =>
  rule.integer().custom((_, context) => sessionCountProblem(field, context.parent as {countMin?: unknown; countMax?: unknown} | undefined) ?? true)

export const sessionPlan = defineType({
  name: 'sessionPlan',
  title: 'خطة الجلسات المعتادة',
  type: 'object',
  fields: [
    defineField({name: 'countMin', title: 'أقل عدد للجلسات', type: 'number', validation: sessionCountValidation('countMin')}),
    defineField({name: 'countMax', title: 'أكبر عدد للجلسات', type: 'number', validation: sessionCountValidation('countMax')}),
    defineField({name: 'intervalWeeksMin', title: 'أقل فاصل بين الجلسات (أسابيع)', type: 'number', validation: (rule) => rule.min(0)}),
    defineField({
      name: 'intervalWeeksMax',
      title: 'أكبر فاصل بين الجلسات (أسابيع)',
      type: 'number',
      validation: (rule) => rule.min(rule.valueOfField('intervalWeeksMin')),
    }),
    defineField({name: 'durationMinutesMin', title: 'أقل مدة للجلسة (دقائق)', type: 'number', validation: (rule) => rule.min(1)}),
    defineField({
      name: 'durationMinutesMax',
      title: 'أكبر مدة للجلسة (دقائق)',
      type: 'number',
      validation: (rule) => rule.min(rule.valueOfField('durationMinutesMin')),
    }),
  ],
})
