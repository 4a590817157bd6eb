// The Portable Text an article is written in: prose, claim-linked spans, and the structured blocks
// (evidence notes, FAQ, safety embeds, disclaimer) the publish gate and the renderer understand.
import {defineArrayMember, defineType} from 'sanity'
import {TEXT_DECORATORS} from '../../src/content/vocabulary.ts'

export const articleBody = defineType({
  name: 'articleBody',
  title: 'نص المقال',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      // Named in Arabic: the validation panel names a marker's place by it («نص المقال / فقرة»).
      title: 'فقرة',
      styles: [
        {title: 'فقرة', value: 'normal'},
        {title: 'عنوان رئيسي', value: 'h2'},
        {title: 'عنوان فرعي', value: 'h3'},
        {title: 'اقتباس', value: 'blockquote'},
      ],
      lists: [
        {title: 'نقاط', value: 'bullet'},
        {title: 'ترقيم', value: 'number'},
      ],
      marks: {
        decorators: [...TEXT_DECORATORS],
        annotations: [defineArrayMember({type: 'claimRef'}), defineArrayMember({type: 'link'})],
      },
    }),
    defineArrayMember({type: 'evidenceNote'}),
    defineArrayMember({type: 'faq'}),
    defineArrayMember({type: 'procedureSafety'}),
    defineArrayMember({type: 'disclaimerBlock'}),
  ],
})
