// The usual course of a procedure: how many sessions, how far apart, how long each takes.
import {defineField, defineType} from 'sanity'

export const sessionPlan = defineType({
  name: 'sessionPlan',
  title: 'خطة الجلسات المعتادة',
  type: 'object',
  fields: [
    defineField({name: 'countMin', title: 'أقل عدد للجلسات', type: 'number', validation: (rule) => rule.integer().min(1)}),
    defineField({
      name: 'countMax',
      title: 'أكبر عدد للجلسات',
      type: 'number',
      validation: (rule) => rule.integer().min(rule.valueOfField('countMin')),
    }),
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
