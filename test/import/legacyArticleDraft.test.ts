// legacyArticleDraft: seeds 000 and 004, as Markdown and as plain text, become draft articles that
// pass the zod boundary, with a FAQ block where the article has one and the linter's findings attached.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {importName, legacyArticleDraft} from '../../src/import/legacyArticleDraft.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/legacy/${name}`, import.meta.url), 'utf8')
const draftOf = (name: string) =>
  legacyArticleDraft({path: `legacy/${name}`, source: fixture(name), format: name.endsWith('.md') ? 'markdown' : 'text', jurisdiction: 'EG'})

describe.each([
  {name: 'seed-000.md', id: 'drafts.article.import-seed-000', title: 'الميزوثيرابي للبشرة: فوائده وطريقة الحقن ومدة الجلسة', faqItems: 0, rules: ['disclaimer-missing', 'banned-claim', 'banned-claim', 'banned-claim']},
  {name: 'seed-000.txt', id: 'drafts.article.import-seed-000', title: 'مسودة مستوردة: seed-000', faqItems: 0, rules: ['disclaimer-missing', 'banned-claim', 'banned-claim', 'banned-claim']},
  {name: 'seed-004.md', id: 'drafts.article.import-seed-004', title: 'الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)', faqItems: 3, rules: []},
  {name: 'seed-004.txt', id: 'drafts.article.import-seed-004', title: 'الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)', faqItems: 3, rules: []},
])('$name', ({name, id, title, faqItems, rules}) => {
  const draft = draftOf(name)

  test('is a draft article that passes the zod boundary', () => {
    const parsed = parseDocument(draft.document)
    expect(parsed).toHaveProperty('document')
    const article = (parsed as {document: {_id: string; _type: string; title: string; slug: {current: string}}}).document
    expect(article).toMatchObject({_id: id, _type: 'article', title, slug: {current: id.replace('drafts.article.', '')}})
  })

  test('keeps its FAQ and carries the linter findings', () => {
    expect(draft.faqItems).toBe(faqItems)
    expect(draft.findings.map((finding) => finding.ruleId)).toEqual(rules)
  })
})

test('seed 004 keeps headings, lists, the block quote, emphasis and the link', () => {
  const body = draftOf('seed-004.md').document.body as Array<{_type: string; style?: string; listItem?: string; markDefs?: Array<{_type: string; href?: string}>}>
  const styles = new Set(body.map((block) => block.style ?? block._type))
  expect([...styles].sort()).toEqual(['blockquote', 'faq', 'h2', 'normal'])
  expect(body.filter((block) => block.listItem === 'number')).toHaveLength(3)
  expect(body.flatMap((block) => block.markDefs ?? [])).toEqual([expect.objectContaining({_type: 'link', href: 'https://nour-cairo.example/doctors'})])
  expect(draftOf('seed-004.md').document.excerpt).toMatch(/^الميزوثيرابي أسلوب حقن سطحي/)
})

describe('draft names are Latin, digits and dashes, one per file name', () => {
  test.each([
    {path: 'legacy/Meso Article (2023).md', expected: 'meso-article-2023'},
    // Digits as people type them keep two numbered files apart, and name one file alike.
    {path: 'old/PRP ٢.md', expected: 'prp-2'},
    {path: 'old/PRP ۴.md', expected: 'prp-4'},
    {path: 'old/PRP 2.txt', expected: 'prp-2'},
    {path: 'مقالة.md', expected: /^[0-9a-f]{12}$/},
    {path: 'old/PRP الشعر.md', expected: /^prp-[0-9a-f]{12}$/},
    {path: 'Résumé.md', expected: /^r-sum-[0-9a-f]{12}$/},
  ])('$path → $expected', ({path, expected}) => {
    expect(importName(path)).toMatch(expected instanceof RegExp ? expected : new RegExp(`^${expected}$`))
  })

  test('files whose names differ only in Arabic letters are two drafts, whatever their text', () => {
    const names = ['الميزوثيرابي.md', 'البلازما.md', 'old/PRP الشعر.md', 'old/PRP الوجه.md', 'مقالة ٢.md', 'مقالة ٣.md', 'مقالة.md', 'مَقالة.md', 'مقاله.md']
    expect(new Set(names.map(importName)).size).toBe(names.length)
  })

  test('the same name is the same draft, from any folder and whatever its text (so a re-import replaces it)', () => {
    expect(importName('a/الميزوثيرابي.md')).toBe(importName('b\\الميزوثيرابي.txt'))
    // NFC and NFD spellings of one name (macOS writes NFD) are one file name.
    expect(importName('أسئلة.md')).toBe(importName('أسئلة.md'.normalize('NFD')))
    expect(importName('مقالة ٢.md')).toBe(importName('مقالة 2.md'))
  })
})

describe('images are left out of the title and excerpt as they are out of the body', () => {
  test.each([
    {
      what: 'an image before the first paragraph',
      source: '![صورة](hero.png)\n\nتستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.\n',
      title: 'مسودة مستوردة: hero-first',
      excerpt: 'تستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.',
    },
    {
      what: 'an image before a short first line',
      source: '![صورة الغلاف](hero.png)\n\nالميزوثيرابي للبشرة\n\nتستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.\n',
      title: 'الميزوثيرابي للبشرة',
      excerpt: 'تستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.',
    },
    {
      what: 'an image before the # heading',
      source: '![صورة](hero.png)\n\n# الميزوثيرابي للبشرة\n\nتستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.\n',
      title: 'الميزوثيرابي للبشرة',
      excerpt: 'تستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.',
    },
    {
      what: 'an image inside the first paragraph',
      source: '# الميزوثيرابي للبشرة\n\n![صورة](a.png) تستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.\n',
      title: 'الميزوثيرابي للبشرة',
      excerpt: 'تستغرقُ الجلسةُ ٣٠ دقيقة تقريبًا.',
    },
  ])('$what', ({source, title, excerpt}) => {
    const draft = legacyArticleDraft({path: 'old/hero-first.md', source, format: 'markdown', jurisdiction: 'EG'})
    expect(draft.document).toMatchObject({title, excerpt})
    expect(draft.skipped).toEqual([expect.stringMatching(/^image at line \d+$/)])
    expect((draft.document.body as Array<{style?: string}>).map((block) => block.style)).toEqual(['normal'])
  })
})

test.each([
  {what: 'a first line', source: 'الميزوثيرابي<br>للشعر\n\nجلسة قصيرة.', title: 'الميزوثيرابي للشعر', excerpt: 'جلسة قصيرة.'},
  {what: 'the excerpt', source: '# الميزوثيرابي\n\nجلسة قصيرة<br/>وآثار مؤقتة.', title: 'الميزوثيرابي', excerpt: 'جلسة قصيرة وآثار مؤقتة.'},
])('«<br>» in $what keeps the words apart in the title and excerpt', ({source, title, excerpt}) => {
  const draft = legacyArticleDraft({path: 'old/br.md', source, format: 'markdown', jurisdiction: 'EG'})
  expect(draft.document).toMatchObject({title, excerpt})
})

test('a plain-text line that opens with a year keeps the year', () => {
  const draft = legacyArticleDraft({path: 'old/history.txt', source: 'الميزوثيرابي: تاريخ قصير\n1958. ابتكر الطبيب الفرنسي ميشيل بيستور الميزوثيرابي.\n', format: 'text', jurisdiction: 'EG'})
  expect((draft.document.body as Array<{listItem?: string; children: {text: string}[]}>).map((block) => [block.listItem, block.children.map((span) => span.text).join('')])).toEqual([
    [undefined, '1958. ابتكر الطبيب الفرنسي ميشيل بيستور الميزوثيرابي.'],
  ])
})

test('a first paragraph wrapped over two lines in the file is a one-line excerpt, as the body keeps it', () => {
  const draft = legacyArticleDraft({path: 'old/wrapped.md', source: '# الميزوثيرابي\n\nجلسة قصيرة تُجرى في العيادة\nوتستغرق نصف ساعة تقريبًا.', format: 'markdown', jurisdiction: 'EG'})
  expect(draft.document.excerpt).toBe('جلسة قصيرة تُجرى في العيادة وتستغرق نصف ساعة تقريبًا.')
})

describe('YAML front matter is left out of the body and listed; its title is the title', () => {
  test.each([
    {
      what: 'a title and no heading',
      source: '---\ntitle: الميزوثيرابي للشعر\ndate: 2021-03-04\ntags: [شعر, حقن]\n---\n\nقد يساعد الميزوثيرابي بعض الحالات.',
      title: 'الميزوثيرابي للشعر',
      body: ['قد يساعد الميزوثيرابي بعض الحالات.'],
      skipped: ['front matter at lines 1–5'],
    },
    {
      what: 'a leading heading is still the title',
      source: '---\ntitle: ميزو\n---\n\n# الميزوثيرابي للبشرة\n\nنص الفقرة.',
      title: 'الميزوثيرابي للبشرة',
      body: ['نص الفقرة.'],
      skipped: ['front matter at lines 1–3'],
    },
    {
      what: 'no title: the first short line is',
      source: '---\nlang: ar\n---\nحقن البلازما للشعر\n\nنص الفقرة.',
      title: 'حقن البلازما للشعر',
      body: ['نص الفقرة.'],
      skipped: ['front matter at lines 1–3'],
    },
  ])('$what', ({source, title, body, skipped}) => {
    const draft = legacyArticleDraft({path: 'old/front-matter.md', source, format: 'markdown', jurisdiction: 'EG'})
    expect(draft.title).toBe(title)
    expect((draft.document.body as Array<{children: {text: string}[]}>).map((block) => block.children.map((span) => span.text).join(''))).toEqual(body)
    expect(draft.skipped).toEqual(skipped)
    expect(draft.document.excerpt).toBe(body[0])
  })
})

describe('a short first line is the title unless it is a sentence; both keep the text as typed', () => {
  test.each([
    {what: 'tashkeel, tatweel and hamza forms', source: 'الميـزوثيرابي لِلبَشرة: أسئلة وإجابات\nتستغرقُ الجلسةُ ٣٠ دقيقة.', title: 'الميـزوثيرابي لِلبَشرة: أسئلة وإجابات', excerpt: 'تستغرقُ الجلسةُ ٣٠ دقيقة.'},
    {what: 'a Latin name and a bidi mark inside', source: 'حقن PRP\u200F للشعر\nتستغرقُ الجلسةُ ٣٠ دقيقة.', title: 'حقن PRP\u200F للشعر', excerpt: 'تستغرقُ الجلسةُ ٣٠ دقيقة.'},
    {what: 'a question in Arabic', source: 'هل الميزوثيرابي آمن؟\nنص.', title: 'مسودة مستوردة: short', excerpt: 'هل الميزوثيرابي آمن؟'},
    {what: 'a question with a bidi mark typed after its question mark', source: 'هل الميزوثيرابي آمن؟\u200F\nنص.', title: 'مسودة مستوردة: short', excerpt: 'هل الميزوثيرابي آمن؟\u200F'},
    {what: 'a question ending in a Latin question mark', source: 'هل حقن PRP مؤلم?\nنص.', title: 'مسودة مستوردة: short', excerpt: 'هل حقن PRP مؤلم?'},
  ])('$what', ({source, title, excerpt}) => {
    const draft = legacyArticleDraft({path: 'old/short.txt', source, format: 'text', jurisdiction: 'EG'})
    expect(draft.document).toMatchObject({title, excerpt})
  })
})

describe('a plain-text article is never read as Markdown: every line is a paragraph of its characters as typed', () => {
  /** The draft's texts in order: the title, each block's, each FAQ item's question and answer. */
  const textsOf = (draft: ReturnType<typeof legacyArticleDraft>) => [
    draft.title,
    ...(draft.document.body as Array<{_type: string; children?: {text: string}[]; items?: {question: string; answer: string}[]}>).flatMap((block) =>
      block._type === 'faq' ? ['أسئلة شائعة', ...block.items!.flatMap((item) => [item.question, item.answer])] : [block.children!.map((span) => span.text).join('')],
    ),
  ]
  const textDraft = (source: string) => legacyArticleDraft({path: 'old/plain.txt', source, format: 'text', jurisdiction: 'EG'})

  test.each([
    {what: 'reference lines, which Markdown reads as link definitions', lines: ['أظهرت دراسة صغيرة تحسنًا في كثافة الشعر [1].', 'المراجع:', '[1]: https://pubmed.ncbi.nlm.nih.gov/23960389/', '[2]: https://doi.org/10.4103/0974-7753.114700']},
    {what: 'asterisks, which Markdown reads as emphasis', lines: ['تُحسب الجرعة ٢*٣*٤ أو 2*3*4 مل، **لا** أكثر.']},
    {what: 'a backslash, an entity and backticks', lines: ['احفظي الصور في C:\\temp قبل الجلسة.', 'الميزوثيرابي &amp; البلازما &lt;PRP&gt;', 'يُكتب `B5` على العبوة.']},
    {what: 'a line of dashes, which Markdown reads as a rule', lines: ['قبل الجلسة.', '---', '***', 'بعد الجلسة.']},
    {what: 'list, heading and quote marks, HTML and an image', lines: ['- فروة الرأس', '1) أولًا', '# ليست عنوانًا', '> معلومة', '<b>مهم</b>', '![صورة](a.png)']},
    {what: 'tashkeel, tatweel, hamza forms, Arabic-Indic digits and a bidi mark', lines: ['يُحقَن المـــزيج ٱلآمن كلَّ ٤–۶ أسابيع بـ\u2066PRP\u2069\u200F.']},
  ])('$what', ({lines}) => {
    const source = ['الميزوثيرابي للشعر', ...lines].join('\n') + '\n'
    const draft = textDraft(source)
    expect(textsOf(draft)).toEqual(['الميزوثيرابي للشعر', ...lines])
    expect(draft.skipped).toEqual([])
  })

  test('lines keep their order around a FAQ, blank lines and outer spaces are dropped, and front matter is text', () => {
    const draft = textDraft('---\r\ntitle: ليس عنوانًا\r\n---\r\n\r\n  مقدمة *قصيرة*.  \r\nأسئلة شائعة\r\nهل يؤلم؟ [قليلًا](a).\r\n')
    expect(textsOf(draft).slice(1)).toEqual(['title: ليس عنوانًا', '---', 'مقدمة *قصيرة*.', 'أسئلة شائعة', 'هل يؤلم؟', '[قليلًا](a).'])
    // A short first line that is not a sentence is the title, whatever its characters.
    expect(draft.title).toBe('---')
    expect(draft.skipped).toEqual([])
  })

  test('sanad lint reads the text the draft keeps: a claim on a line Markdown would drop is in the draft, where the lint finds it', () => {
    const source = 'الميزوثيرابي للشعر\nالمراجع:\n[1]: https://example.org/a "نتائج مضمونة ١٠٠٪"\n'
    const draft = textDraft(source)
    expect(draft.findings.filter((finding) => finding.ruleId === 'banned-claim').map(({line, column, excerpt}) => ({line, column, excerpt}))).toEqual([
      {line: 3, column: 29, excerpt: 'نتائج مضمونة ١٠٠٪'},
    ])
    expect(textsOf(draft)).toEqual(['الميزوثيرابي للشعر', 'المراجع:', '[1]: https://example.org/a "نتائج مضمونة ١٠٠٪"'])
  })
})

test('a disclaimer only in struck-through words is left out of the draft and reported missing: the report does not say both', () => {
  const draft = legacyArticleDraft({path: 'old/strike.md', source: 'نص.\n\n~~المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.~~\n', format: 'markdown', jurisdiction: 'EG'})
  expect(draft.skipped).toEqual(['strikethrough «المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.» at line 3'])
  expect(draft.findings.map((finding) => finding.ruleId)).toEqual(['disclaimer-missing'])
})
