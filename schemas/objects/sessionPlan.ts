// The usual course of a procedure: how many sessions, how far apart, how long each takes.
import {defineField, defineType, type NumberRule} from 'sanity'
import {sessionPlanProblem, type SessionPlanField, type SessionPlanValues} from '../../src/content/sessionPlanProblem.ts'

// The boundary's rule (sessionPlanProblem), so an import or API write is refused in the same words.
const planValidation = (field: SessionPlanField) => (rule: NumberRule) =>
  rule.custom((_, context) => sessionPlanProblem(field, context.parent as SessionPlanValues | undefined) ?? true)
const countValidation = (field: SessionPlanField) => (rule: NumberRule) => planValidation(field)(rule.integer())

export const sessionPlan = defineType({
  name: 'sessionPlan',
  title: 'خطة الجلسات المعتادة',
  type: 'object',
  fields: [
    defineField({name: 'countMin', title: 'أقل عدد للجلسات', type: 'number', validation: countValidation('countMin')}),
    defineField({name: 'countMax', title: 'أكبر عدد للجلسات', type: 'number', validation: countValidation('countMax')}),
    defineField({name: 'intervalWeeksMin', title: 'أقل فاصل بين الجلسات (أسابيع)', type: 'number', validation: planValidation('intervalWeeksMin')}),
    defineField({name: 'intervalWeeksMax', title: 'أكبر فاصل بين الجلسات (أسابيع)', type: 'number', validation: planValidation('intervalWeeksMax')}),
    defineField({name: 'durationMinutesMin', title: 'أقل مدة للجلسة (دقائق)', type: 'number', validation: planValidation('durationMinutesMin')}),
    defineField({name: 'durationMinutesMax', title: 'أكبر مدة للجلسة (دقائق)', type: 'number', validation: planValidation('durationMinutesMax')}),
  ],
})
