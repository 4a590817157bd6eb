// How strong the evidence behind a claim is (GRADE) and what a reader should make of it.
import {defineArrayMember, defineField, defineType} from 'sanity'
import {GRADE_CERTAINTY} from '../../src/content/vocabulary.ts'

export const evidence = defineType({
  name: 'evidence',
  title: 'الدليل العلمي',
  type: 'object',
  fields: [
    defineField({
      name: 'certainty',
      title: 'درجة اليقين (GRADE)',
      description:
        'مدى الثقة بأن الأثر الحقيقي قريب مما قاسته الدراسات: مرتفعة: واثقون أنه قريب؛ متوسطة: قريب على الأرجح وقد يختلف؛ منخفضة: قد يختلف كثيرًا؛ منخفضة جدًا: التقدير غير موثوق. بدونها لا يُنشر المقال المرتبط بالادعاء.',
      type: 'string',
      options: {list: [...GRADE_CERTAINTY], layout: 'radio'},
    }),
    defineField({
      name: 'note',
      title: 'ملاحظة الدليل للقارئ',
      description: 'جملة يقرؤها المريض عن قوة الدليل، مثل: «الدليل ما زال متباينًا وأحجام العينات صغيرة».',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'citations',
      title: 'المراجع',
      type: 'array',
      of: [defineArrayMember({type: 'citation'})],
    }),
  ],
})
