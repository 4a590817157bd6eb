// markdownToPortableText: legacy Markdown structure kept in Portable Text, a FAQ section recognised.
import {describe, expect, test} from 'vitest'
import {markdownToPortableText} from '../../src/import/markdownToPortableText.ts'
import {parseMarkdown} from '../../src/lint/textUnits.ts'

const convert = (markdown: string) => markdownToPortableText(parseMarkdown(markdown))

/** Blocks without keys, spans as [text, marks], so the table shows structure. */
const shape = (markdown: string) =>
  convert(markdown).body.map((block) => {
    if (block._type === 'block') {
      const links = Object.fromEntries(block.markDefs.map((mark) => [mark._key, mark._type === 'link' ? `link:${mark.href}` : mark._type]))
      return {
        style: block.style,
        ...(block.listItem ? {list: `${block.listItem}@${block.level}`} : {}),
        spans: block.children.map((span) => [span.text, ...span.marks.map((mark) => links[mark] ?? mark)]),
      }
    }
    if (block._type === 'faq') return {faq: block.title, items: block.items.map((item) => [item.question, item.answer])}
    return {type: block._type}
  })

describe('blocks', () => {
  test.each([
    ['a heading 2 and a paragraph', '## الأمان\n\nنص الفقرة.', [{style: 'h2', spans: [['الأمان']]}, {style: 'normal', spans: [['نص الفقرة.']]}]],
    ['heading 3 and deeper become h3', '### أ\n\n#### ب', [{style: 'h3', spans: [['أ']]}, {style: 'h3', spans: [['ب']]}]],
    [
      'emphasis, strong and a link',
      'نص *مائل* و**عريض** و[رابط](https://example.com/a).',
      [{style: 'normal', spans: [['نص '], ['مائل', 'em'], [' و'], ['عريض', 'strong'], [' و'], ['رابط', 'link:https://example.com/a'], ['.']]}],
    ],
    [
      'bullet and numbered lists with nesting',
      '- أولًا\n  - فرعي\n\n1. واحد\n2. اثنان',
      [
        {style: 'normal', list: 'bullet@1', spans: [['أولًا']]},
        {style: 'normal', list: 'bullet@2', spans: [['فرعي']]},
        {style: 'normal', list: 'number@1', spans: [['واحد']]},
        {style: 'normal', list: 'number@1', spans: [['اثنان']]},
      ],
    ],
    ['a block quote', '> **معلومة:** المينوكسيديل أولًا', [{style: 'blockquote', spans: [['معلومة:', 'strong'], [' المينوكسيديل أولًا']]}]],
    ['a soft line break inside a paragraph is a space', 'سطر\nثانٍ', [{style: 'normal', spans: [['سطر ثانٍ']]}]],
    [
      'text is kept as typed: tashkeel, tatweel, hamza forms, digits and bidi marks are not folded',
      'يُحقَن المـــزيج ٱلآمن كلَّ ٤–۶ أسابيع، ١٠ ml من \u2066PRP\u2069\u200F.',
      [{style: 'normal', spans: [['يُحقَن المـــزيج ٱلآمن كلَّ ٤–۶ أسابيع، ١٠ ml من \u2066PRP\u2069\u200F.']]}],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(shape(markdown)).toEqual(expected)
  })

  test.each([
    ['«<br>» between words', 'الجلسة آمنة<br>وآثارها مؤقتة.', [['الجلسة آمنة'], ['\n'], ['وآثارها مؤقتة.']]],
    ['«<br/>» and «<BR />» inside bold', '**نتائج<br/>تدريجية<BR />لا فورية**', [['نتائج', 'strong'], ['\n', 'strong'], ['تدريجية', 'strong'], ['\n', 'strong'], ['لا فورية', 'strong']]],
    ['«<br class="x">»', 'سطر أول<br class="x">سطر ثانٍ', [['سطر أول'], ['\n'], ['سطر ثانٍ']]],
  ])('%s is a line break, as Markdown\'s is, not HTML left out', (_, markdown, spans) => {
    expect(shape(markdown)).toEqual([{style: 'normal', spans}])
    expect(convert(markdown).skipped).toEqual([])
  })

  test.each([
    [
      'a full reference with a Latin label, defined below',
      'تشير [مراجعة منهجية][PubMed] إلى تحسّن محدود.\n\n[pubmed]: https://pubmed.ncbi.nlm.nih.gov/31234567/ "PRP"',
      [['تشير '], ['مراجعة منهجية', 'link:https://pubmed.ncbi.nlm.nih.gov/31234567/'], [' إلى تحسّن محدود.']],
    ],
    [
      'a shortcut reference with an Arabic label, defined above, with tashkeel kept in the text',
      '[الدليل]: https://example.org/guide\n\nاقرئي [الدليل] قبل الجلسةِ.',
      [['اقرئي '], ['الدليل', 'link:https://example.org/guide'], [' قبل الجلسةِ.']],
    ],
    [
      'a collapsed reference in bold, the first of two definitions',
      '**[المصدر][]** ١\n\n[المصدر]: https://example.org/a\n[المصدر]: https://example.org/b',
      [['المصدر', 'strong', 'link:https://example.org/a'], [' ١']],
    ],
  ])('a reference-style link keeps its address: %s', (_, markdown, spans) => {
    expect(shape(markdown)).toEqual([{style: 'normal', spans}])
  })

  test('a reference-style link in a FAQ answer keeps its words and is listed with its address', () => {
    const markdown = '## أسئلة شائعة\n\nهل يناسبني الحقن؟ اقرئي [موانع الاستعمال][1] أولًا.\n\n[1]: https://example.org/c'
    expect(shape(markdown)).toEqual([{faq: 'أسئلة شائعة', items: [['هل يناسبني الحقن؟', 'اقرئي موانع الاستعمال أولًا.']]}])
    expect(convert(markdown).skipped).toEqual(['link to https://example.org/c in the FAQ (its words are kept, not the link) at line 3'])
  })

  test.each([
    ['a year that opens a line', '1958. ابتكر الطبيب الفرنسي ميشيل بيستور الميزوثيرابي.', [{style: 'normal', spans: [['1958. ابتكر الطبيب الفرنسي ميشيل بيستور الميزوثيرابي.']]}]],
    [
      'steps resumed after a paragraph',
      '1. التقييم\n2. التعقيم\n\nثم:\n\n3. **الحقن** بعمق ٢ مم\n4. المتابعة',
      [
        {style: 'normal', list: 'number@1', spans: [['التقييم']]},
        {style: 'normal', list: 'number@1', spans: [['التعقيم']]},
        {style: 'normal', spans: [['ثم:']]},
        {style: 'normal', spans: [['3. '], ['الحقن', 'strong'], [' بعمق ٢ مم']]},
        {style: 'normal', spans: [['4. المتابعة']]},
      ],
    ],
  ])('a list numbered from elsewhere than 1 keeps its numbers as text: %s', (_, markdown, expected) => {
    expect(shape(markdown)).toEqual(expected)
  })

  test('the leading heading is the title, not a block', () => {
    const converted = convert('# العنوان\n\nفقرة.')
    expect(converted.title).toBe('العنوان')
    expect(converted.body).toHaveLength(1)
  })

  test.each([
    ['a table (GitHub\u2019s Markdown), not a paragraph of pipes', 'قبل\n\n| الإجراء | المدة |\n| --- | --- |\n| الميزوثيرابي | ٣٠ دقيقة |\n\nبعد', [['قبل'], ['بعد']], ['table at line 3']],
    ['a footnote, whose text is often a citation', 'دراسة صغيرة[^1] فقط.\n\n[^1]: Smith 2020، مراجعة منهجية', [['دراسة صغيرة فقط.']], ['footnote [^1] at line 3']],
    ['struck-through words, which would read as current', 'السعر ~~٥٠٠~~ ٣٠٠ جنيه', [['السعر  ٣٠٠ جنيه']], ['strikethrough «٥٠٠» at line 1']],
  ])('%s is left out and listed', (_, markdown, spans, skipped) => {
    expect(shape(markdown).map((block) => ('spans' in block ? block.spans.map(([text]) => text).join('') : block))).toEqual(spans.map(([text]) => text))
    expect(convert(markdown).skipped).toEqual(skipped)
  })

  test('code, HTML and images are left out and listed', () => {
    const converted = convert('فقرة ![صورة](a.png)\n\n```\ncode\n```\n\n<div>x</div>')
    expect(shape('فقرة ![صورة](a.png)')).toEqual([{style: 'normal', spans: [['فقرة']]}])
    expect(converted.skipped).toEqual(['image at line 1', 'code block at line 3', 'HTML at line 7'])
  })

  test.each([
    {
      what: 'HTML around a word',
      markdown: '# <span dir="rtl">الميزوثيرابي</span> للشعر\n\nنص.',
      title: 'الميزوثيرابي للشعر',
      skipped: ['inline HTML at line 1', 'inline HTML at line 1'],
    },
    {
      what: 'a logo and its alt text',
      markdown: '# ![شعار العيادة](logo.png) حقن البلازما للشعر\n\nنص.',
      title: 'حقن البلازما للشعر',
      skipped: ['image at line 1'],
    },
    {
      what: 'a link',
      markdown: '# [الميزوثيرابي](https://example.org/meso) للبشرة\n\nنص.',
      title: 'الميزوثيرابي للبشرة',
      skipped: ['link to https://example.org/meso in the title (its words are kept, not the link) at line 1'],
    },
  ])('the title is the words of the leading heading, what it cannot hold listed: $what', ({markdown, title, skipped}) => {
    expect(convert(markdown)).toMatchObject({title, skipped})
  })

  test.each([
    ['an answer wrapped over two lines in the file', '## أسئلة شائعة\n\nهل الجلسة مؤلمة؟ وخز خفيف\nيزول خلال دقائق.', [['هل الجلسة مؤلمة؟', 'وخز خفيف يزول خلال دقائق.']]],
    ['an answer under a question heading, wrapped with an indent', '## الأسئلة الشائعة\n\n### كم جلسة أحتاج؟\n\nمن ٣ إلى ٦\n  جلسات.', [['كم جلسة أحتاج؟', 'من ٣ إلى ٦ جلسات.']]],
    ['a hard break («\\» at a line\'s end) stays a line break', '## أسئلة شائعة\n\nهل الجلسة مؤلمة؟ وخز خفيف\\\nيزول خلال دقائق.', [['هل الجلسة مؤلمة؟', 'وخز خفيف\nيزول خلال دقائق.']]],
  ])('a soft line break in a FAQ is a space, as in the body: %s', (_, markdown, items) => {
    expect(shape(markdown)).toEqual([{faq: expect.any(String), items}])
  })

  test('a FAQ section is named by the words of its heading', () => {
    const converted = convert('## <a name="faq"></a>أسئلة شائعة\n\nهل يؤلم؟ قليلًا.')
    expect(shape('## <a name="faq"></a>أسئلة شائعة\n\nهل يؤلم؟ قليلًا.')).toEqual([{faq: 'أسئلة شائعة', items: [['هل يؤلم؟', 'قليلًا.']]}])
    expect(converted.skipped).toEqual(['inline HTML at line 1', 'inline HTML at line 1'])
  })

  test('keys are unique within the body', () => {
    const keys = convert('## أ\n\nب *ج* د\n\n- هـ').body.flatMap((block) => [block._key, ...(block._type === 'block' ? block.children.map((span) => span._key) : [])])
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('FAQ section', () => {
  test('"سؤال؟ جواب" paragraphs under a FAQ heading become one faq block; the section ends at the next heading', () => {
    expect(shape('## أسئلة شائعة (FAQ)\n\n**هل الإجراء مؤلم؟** وخزات خفيفة.\n\nهل أوقف المينوكسيديل؟ لا.\n\n## تنبيه مهم\n\nنص.')).toEqual([
      {faq: 'أسئلة شائعة (FAQ)', items: [['هل الإجراء مؤلم؟', 'وخزات خفيفة.'], ['هل أوقف المينوكسيديل؟', 'لا.']]},
      {style: 'h2', spans: [['تنبيه مهم']]},
      {style: 'normal', spans: [['نص.']]},
    ])
  })

  test('question headings with answers of several paragraphs', () => {
    expect(shape('## الأسئلة الشائعة\n\n### كم جلسة أحتاج؟\n\nمن 3 إلى 6.\n\nيحددها الطبيب.\n\n### هل يؤلم؟\n\nقليلًا.')).toEqual([
      {faq: 'الأسئلة الشائعة', items: [['كم جلسة أحتاج؟', 'من 3 إلى 6.\nيحددها الطبيب.'], ['هل يؤلم؟', 'قليلًا.']]},
    ])
  })

  test.each([
    ['tashkeel and tatweel', 'الأسْئِلـة الشائِعَة'],
    ['ta marbuta as ha, hamza left off', 'اسئله شائعه'],
    ['the other wording, متكررة', 'أسئلة متكررة'],
    ['Latin FAQ in any case', 'Faq'],
    ['a bidi mark pasted in', 'أسئلة\u200F شائعة'],
  ])('a FAQ heading with %s', (_, heading) => {
    expect(shape(`## ${heading}\n\nهل حقن PRP مؤلم؟ قليلًا.`)).toEqual([{faq: heading, items: [['هل حقن PRP مؤلم؟', 'قليلًا.']]}])
  })

  test('a Latin question mark ends the question too, also after a Latin word', () => {
    expect(shape('## أسئلة شائعة\n\nما جرعة PRP? ٣ ml تقريبًا.')).toEqual([{faq: 'أسئلة شائعة', items: [['ما جرعة PRP?', '٣ ml تقريبًا.']]}])
  })

  test.each([
    {
      what: 'HTML is left out, «<br>» is a line break',
      markdown: '## أسئلة شائعة\n\nهل الجلسة مؤلمة؟ وخز خفيف<br>يزول خلال دقائق <span style="color:red">غالبًا</span>.',
      items: [['هل الجلسة مؤلمة؟', 'وخز خفيف\nيزول خلال دقائق غالبًا.']],
      skipped: ['inline HTML at line 3', 'inline HTML at line 3'],
    },
    {
      what: 'an image and its alt text are left out',
      markdown: '## الأسئلة الشائعة\n\n### كم جلسة أحتاج؟\n\n![نتائج مضمونة](before.png)\nمن ٣ إلى ٦ جلسات.',
      items: [['كم جلسة أحتاج؟', 'من ٣ إلى ٦ جلسات.']],
      skipped: ['image at line 5'],
    },
    {
      what: 'a link keeps its words and is listed, its address with it',
      markdown: '## أسئلة شائعة\n\nهل يناسبني الحقن؟ اقرئي [موانع الاستعمال](https://example.org/موانع) أولًا.',
      items: [['هل يناسبني الحقن؟', 'اقرئي موانع الاستعمال أولًا.']],
      skipped: ['link to https://example.org/موانع in the FAQ (its words are kept, not the link) at line 3'],
    },
  ])('a FAQ answer holds the text the page shows: $what', ({markdown, items, skipped}) => {
    expect(shape(markdown)).toEqual([{faq: expect.any(String), items}])
    expect(convert(markdown).skipped).toEqual(skipped)
  })

  test.each([
    {
      what: 'a list whose first item is a question with its answer and whose second is not',
      markdown: '## أسئلة شائعة\n\n- هل هو آمن؟ نعم، مع بعض الآثار الجانبية.\n- ملاحظة عامة بلا سؤال.\n\n## قسم بعده',
      expected: [
        {style: 'h2', spans: [['أسئلة شائعة']]},
        {style: 'normal', list: 'bullet@1', spans: [['هل هو آمن؟ نعم، مع بعض الآثار الجانبية.']]},
        {style: 'normal', list: 'bullet@1', spans: [['ملاحظة عامة بلا سؤال.']]},
        {style: 'h2', spans: [['قسم بعده']]},
      ],
    },
    {
      what: 'the same list after a question with its answer',
      markdown: '## أسئلة شائعة\n\nهل يؤلم؟ قليلًا.\n\n- هل هو آمن؟ نعم.\n- ملاحظة عامة ![صورة](a.png) بلا سؤال.',
      expected: [
        {faq: 'أسئلة شائعة', items: [['هل يؤلم؟', 'قليلًا.']]},
        {style: 'normal', list: 'bullet@1', spans: [['هل هو آمن؟ نعم.']]},
        {style: 'normal', list: 'bullet@1', spans: [['ملاحظة عامة '], [' بلا سؤال.']]},
      ],
    },
  ])('a list that is not all questions and answers is left whole to the body, its words once: $what', ({markdown, expected}) => {
    expect(shape(markdown)).toEqual(expected)
    expect(convert(markdown).skipped).toEqual(markdown.includes('![') ? ['image at line 6'] : [])
  })

  test.each([
    {
      what: 'an item\'s nested items and next paragraph are lines of its answer',
      markdown: '## أسئلة شائعة\n\n- هل يؤلم؟ ألم بسيط.\n  - قد يستخدم الطبيب كريمًا مُخدِّرًا قبل الحقن.\n    - بعد استشارتكِ.\n  - ويستمر الاحمرار ساعات.\n\n  ويزول خلال ٢٤ ساعة.\n- هل أحتاج راحة؟\n  - لا.',
      expected: [{faq: 'أسئلة شائعة', items: [['هل يؤلم؟', 'ألم بسيط.\nقد يستخدم الطبيب كريمًا مُخدِّرًا قبل الحقن.\nبعد استشارتكِ.\nويستمر الاحمرار ساعات.\nويزول خلال ٢٤ ساعة.'], ['هل أحتاج راحة؟', 'لا.']]}],
    },
    {
      what: 'a question heading with none, followed by another, ends the FAQ before it',
      markdown: '## أسئلة شائعة\n\n- هل يؤلم؟ ألم بسيط.\n\n### سؤال أول بلا جواب؟\n\n### سؤال ثانٍ؟\n\nجوابه.\n\n### سؤال أخير؟',
      expected: [
        {faq: 'أسئلة شائعة', items: [['هل يؤلم؟', 'ألم بسيط.']]},
        {style: 'h3', spans: [['سؤال أول بلا جواب؟']]},
        {style: 'h3', spans: [['سؤال ثانٍ؟']]},
        {style: 'normal', spans: [['جوابه.']]},
        {style: 'h3', spans: [['سؤال أخير؟']]},
      ],
    },
    {
      what: 'a last question heading with none stays in the body',
      markdown: '## الأسئلة الشائعة\n\n### كم جلسة أحتاج؟\n\nمن ٣ إلى ٦.\n\n### هل أوقف المينوكسيديل؟',
      expected: [{faq: 'الأسئلة الشائعة', items: [['كم جلسة أحتاج؟', 'من ٣ إلى ٦.']]}, {style: 'h3', spans: [['هل أوقف المينوكسيديل؟']]}],
    },
    {
      what: 'a question alone in a paragraph, before code, stays in the body with its image listed once',
      markdown: '## أسئلة شائعة\n\nهل يؤلم؟ قليلًا.\n\nما المكوّنات؟ ![جدول](a.png)\n\n```\nB5\n```',
      expected: [{faq: 'أسئلة شائعة', items: [['هل يؤلم؟', 'قليلًا.']]}, {style: 'normal', spans: [['ما المكوّنات؟']]}],
    },
  ])('nothing in a FAQ section is lost: $what', ({markdown, expected}) => {
    expect(shape(markdown)).toEqual(expected)
    expect(convert(markdown).skipped).toEqual(markdown.includes('```') ? ['image at line 5', 'code block at line 7'] : [])
  })

  test('a FAQ heading with nothing to take lists what it leaves out once, as the body does', () => {
    expect(convert('## أسئلة شائعة\n\nسنضيفها قريبًا ![صورة](a.png).').skipped).toEqual(['image at line 3'])
  })

  test('a FAQ heading with no question and answer stays an ordinary heading', () => {
    expect(shape('## أسئلة شائعة\n\nسنضيفها قريبًا.')).toEqual([{style: 'h2', spans: [['أسئلة شائعة']]}, {style: 'normal', spans: [['سنضيفها قريبًا.']]}])
  })
})
