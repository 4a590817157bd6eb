// lintLegacyText: a legacy article (plain text or Markdown) audited as the gate would judge it:
// banned claims at line:column, and disclaimer-missing without an educational-use disclaimer.
import {readFileSync} from 'node:fs'
import type {PhrasingContent, Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {hasEducationalDisclaimer} from '../../src/lint/educationalDisclaimer.ts'
import {lintLegacyText, type LintFinding} from '../../src/lint/lintLegacyText.ts'
import {markdownTextUnits} from '../../src/lint/textUnits.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/legacy/${name}`, import.meta.url), 'utf8')
const summary = (findings: LintFinding[]) => findings.map(({ruleId, severity, line, column, excerpt}) => ({ruleId, severity, line, column, excerpt}))

describe('seed 000 (marketing article)', () => {
  test.each([
    ['seed-000.txt', 'text' as const, [22, 26, 41], [92, 156, 139]],
    // In Markdown the claim is half bold ("**لا يُعرض الجسم** لأي مضاعفات"): one claim, at the "لا" after "**".
    ['seed-000.md', 'markdown' as const, [71, 83, 141], [92, 158, 139]],
  ])('%s: disclaimer-missing and the three banned claims, at their line:column', (name, format, lines, columns) => {
    expect(summary(lintLegacyText({source: fixture(name), format, jurisdiction: 'EG'}))).toEqual([
      {ruleId: 'disclaimer-missing', severity: 'error', line: 1, column: 1, excerpt: ''},
      {ruleId: 'banned-claim', severity: 'error', line: lines[0], column: columns[0], excerpt: 'نتيجة دائمة'},
      {ruleId: 'banned-claim', severity: 'error', line: lines[1], column: columns[1], excerpt: 'لا يُعرض الجسم لأي مضاعفات'},
      {ruleId: 'banned-claim', severity: 'error', line: lines[2], column: columns[2], excerpt: 'الأمثل'},
    ])
  })

  test('the absolute-safety finding says what was found, why, and what to write instead, in Arabic', () => {
    const finding = lintLegacyText({source: fixture('seed-000.txt'), format: 'text', jurisdiction: 'EG'}).find((found) => found.category === 'absolute-safety')!
    expect(finding.message).toMatch(/^«لا يُعرض الجسم لأي مضاعفات»: ادعاء أمان مطلق\. .+ اقتراح: .+/)
  })
})

describe('seed 004 (evidence-minded article)', () => {
  test.each([
    ['seed-004.txt', 'text' as const],
    ['seed-004.md', 'markdown' as const],
  ])('%s: no finding at all, in every jurisdiction', (name, format) => {
    for (const jurisdiction of ['EG', 'SA', 'AE'] as const) {
      expect(lintLegacyText({source: fixture(name), format, jurisdiction})).toEqual([])
    }
  })
})

/** The banned-claim findings of a Markdown source under the EG preset, summarised. */
const markdownClaims = (source: string) => summary(lintLegacyText({source, format: 'markdown', jurisdiction: 'EG'}).filter((finding) => finding.ruleId === 'banned-claim'))
const bannedClaimsAt = (places: readonly {line: number; column: number; excerpt: string}[]) => places.map((place) => ({ruleId: 'banned-claim', severity: 'error', ...place}))

describe('Markdown', () => {
  test('a claim split by emphasis is one claim; link text is prose, the URL is not; code is not prose', () => {
    const source = ['# عنوان', '', 'نتائج **مضمونة** مع [أفضل عيادة](https://example.com/best-clinic-الأفضل).', '', '```', 'نتائج مضمونة', '```', ''].join('\n')
    expect(summary(lintLegacyText({source, format: 'markdown', jurisdiction: 'EG'}).filter((finding) => finding.ruleId === 'banned-claim'))).toEqual([
      {ruleId: 'banned-claim', severity: 'error', line: 3, column: 1, excerpt: 'نتائج مضمونة'},
      {ruleId: 'banned-claim', severity: 'error', line: 3, column: 22, excerpt: 'أفضل عيادة'},
    ])
  })

  test.each([
    ['inline code, which the page shows as text', 'نتائج `مضمونة` من أول زيارة.', [{line: 1, column: 1, excerpt: 'نتائج مضمونة'}]],
    ['an image\'s alt text, which screen readers read', 'قبل الجلسة:\n\n![حقنة سحرية للشعر](hair.png)', [{line: 3, column: 8, excerpt: 'سحرية'}]],
    ['an alt text without a claim', '![صورة قبل الجلسة وبعدها](before-after.png)', []],
  ])('%s is prose', (_, source, expected) => {
    expect(markdownClaims(source)).toEqual(bannedClaimsAt(expected))
  })

  test.each([
    ['a block of HTML: its text, at its line and column', 'مقدمة.\n\n<p>نتائج مضمونة ١٠٠٪</p>', [{line: 3, column: 4, excerpt: 'نتائج مضمونة ١٠٠٪'}]],
    ['HTML over several lines, the claim inside inline tags', '<div>\n  علاج <b>نهائي</b> للتساقط.\n</div>', [{line: 2, column: 3, excerpt: 'علاج نهائي'}]],
    ['an entity in the HTML text is read as the letter it shows, reported where the text starts', '<p>نتائج مضمو&#1606;ة</p>', [{line: 1, column: 4, excerpt: 'نتائج مضمونة'}]],
    ['an image\'s alt attribute in HTML', '<img src="x.png" alt="حقنة سحرية للشعر">', [{line: 1, column: 28, excerpt: 'سحرية'}]],
    ['a title attribute in inline HTML, which shows as a tooltip', 'اقرئي <abbr title="علاج نهائي للتساقط">الميزوثيرابي</abbr>.', [{line: 1, column: 20, excerpt: 'علاج نهائي'}]],
    ['a link\'s title', '[المقال](https://example.com "علاج نهائي للتساقط")', [{line: 1, column: 31, excerpt: 'علاج نهائي'}]],
    ['an image\'s title', '![صورة](x.png "نتائج مضمونة")', [{line: 1, column: 16, excerpt: 'نتائج مضمونة'}]],
    ['a link definition\'s title', '[المقال][1]\n\n[1]: https://example.com "علاج نهائي للتساقط"', [{line: 3, column: 27, excerpt: 'علاج نهائي'}]],
    ['two list items of HTML are two sentences', '<ul>\n<li>نتائج</li>\n<li>مضمونة الطعم</li>\n</ul>', [{line: 3, column: 5, excerpt: 'مضمونة'}]],
    ['tags, comments, scripts and styles are not prose', '<div class="نتائج-مضمونة"><!-- علاج نهائي --><script>const a = "علاج نهائي"</script><style>.x{}</style>مقدمة</div>', []],
    ['an honest sentence in HTML', '<p>لا يوجد علاج نهائي للتساقط الوراثي حتى الآن.</p>', []],
    ['a title without a claim', '[المقال](https://example.com "دراسة عن الميزوثيرابي")', []],
  ])('%s', (_, source, expected) => {
    expect(markdownClaims(source)).toEqual(bannedClaimsAt(expected))
  })

  test.each([
    ['absolute safety', 'الجلسة آمنة<br>تمامًا.', [{line: 1, column: 8, excerpt: 'آمنة تمامًا'}]],
    ['a guarantee, with «<br/>»', 'نتائجنا<br/>مضمونة.', [{line: 1, column: 1, excerpt: 'نتائجنا مضمونة'}]],
    ['a cure, with «<BR />» in a list', '- علاج<BR />نهائي للتساقط', [{line: 1, column: 3, excerpt: 'علاج نهائي'}]],
  ])('%s across «<br>» is read as the page shows it, the words apart', (_, source, expected) => {
    expect(markdownClaims(source)).toEqual(bannedClaimsAt(expected))
  })

  test.each([
    ['a claim in a table cell, at the cell', '| الإجراء | النتيجة |\n| --- | --- |\n| الميزوثيرابي | نتائج مضمونة |', [{line: 3, column: 18, excerpt: 'نتائج مضمونة'}]],
    ['two cells are two texts, not one sentence', '| البند | القيمة |\n| --- | --- |\n| علاج | نهائي |', []],
    ['a claim in a footnote', 'دراسة[^1].\n\n[^1]: علاج نهائي للتساقط', [{line: 3, column: 7, excerpt: 'علاج نهائي'}]],
    ['a claim struck through is still on the page', 'كنا نقول ~~نتائج مضمونة~~', [{line: 1, column: 12, excerpt: 'نتائج مضمونة'}]],
  ])('GitHub\u2019s Markdown: %s', (_, source, expected) => {
    expect(markdownClaims(source)).toEqual(bannedClaimsAt(expected))
  })

  // The parser's text leaves these out or makes them shorter; the words after one are where they were typed.
  test.each([
    ['«&nbsp;» earlier in the paragraph', '# ع\n\nفقرة&nbsp;أولى طويلة…\nسطر ثان عادي.\nسطر ثالث يعد بأن العلاج نهائي للتساقط.\n', [{line: 5, column: 18, excerpt: 'العلاج نهائي'}]],
    ['an escaped «\\*»', 'نجمة \\* هنا ثم نتائج مضمونة.', [{line: 1, column: 16, excerpt: 'نتائج مضمونة'}]],
    ['a numeric reference and «&amp;»', 'مو&#1606;ة ثم نتائج مضمونة &amp; علاج نهائي.', [{line: 1, column: 15, excerpt: 'نتائج مضمونة'}, {line: 1, column: 34, excerpt: 'علاج نهائي'}]],
    ['a block quote\u2019s marker on its second line', '> مقدمة عادية.\n> نتائج مضمونة للجميع.', [{line: 2, column: 3, excerpt: 'نتائج مضمونة'}]],
    ['a list item\u2019s indented second line', '- بند أول عادي\n  ثم نتائج مضمونة.', [{line: 2, column: 6, excerpt: 'نتائج مضمونة'}]],
    ['«&nbsp;» in the text of HTML', '<p>نص&nbsp;أول\nثم نتائج مضمونة.</p>', [{line: 2, column: 4, excerpt: 'نتائج مضمونة'}]],
  ])('after %s, a claim is at its own line and column', (_, source, expected) => {
    expect(markdownClaims(source)).toEqual(bannedClaimsAt(expected))
  })

  test('a paragraph wrapped over two lines is one sentence, and positions stay on their own line', () => {
    const source = 'لا نعد\nبنتائج مضمونة.\nنتائج\nمضمونة.'
    expect(summary(lintLegacyText({source, format: 'markdown', jurisdiction: 'EG'}).filter((finding) => finding.ruleId === 'banned-claim'))).toEqual([
      {ruleId: 'banned-claim', severity: 'error', line: 3, column: 1, excerpt: 'نتائج مضمونة'},
    ])
  })

  test('with CR line endings too, a wrapped paragraph is one sentence and a claim is on its own line', () => {
    expect(markdownClaims('لا نعد\rبنتائج مضمونة.\rنتائج\rمضمونة.')).toEqual(bannedClaimsAt([{line: 3, column: 1, excerpt: 'نتائج مضمونة'}]))
  })

  test('6,000 nested HTML tags are read, the claim at its column', () => {
    expect(markdownClaims(`${'<div>'.repeat(6000)}نتائج مضمونة${'</div>'.repeat(6000)}`)).toEqual(bannedClaimsAt([{line: 1, column: 30001, excerpt: 'نتائج مضمونة'}]))
  })

  test('phrasing nested 20,000 levels deep (a line of «*» pasted by the thousand) is read', () => {
    const source = 'نتائج مضمونة'
    let phrasing: PhrasingContent = {type: 'text', value: source, position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 13, offset: 12}}}
    for (let level = 0; level < 20_000; level++) phrasing = {type: level % 2 ? 'strong' : 'emphasis', children: [phrasing]}
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [phrasing]}]}
    expect(markdownTextUnits(source, tree).map((unit) => unit.text)).toEqual([source])
  })

  test('text units map every character back to the file', () => {
    const source = 'مقدمة\n\n- نتائج *مضمونة*'
    const [first, second] = markdownTextUnits(source)
    expect(first!.text).toBe('مقدمة')
    expect(second!.text).toBe('نتائج مضمونة')
    expect(source[second!.sourceOffset[second!.text.indexOf('م', 5)]!]).toBe('م')
    expect(second!.sourceOffset[6]).toBe(source.indexOf('مضمونة'))
  })
})

describe('educational-use disclaimer', () => {
  test.each([
    ['seed 004 wording', 'المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.'],
    ['not a substitute for consulting a doctor', 'المعلومات الواردة هنا لا تُعدّ بديلًا عن استشارة الطبيب.'],
    ['does not replace a doctor visit', 'هذا المقال لا يحل محل زيارة الطبيب المختص.'],
    ['with diacritics and tatweel', 'المحتوى لا يُغْنِي عـن التشخيص الطبي.'],
    ['ta marbuta written as ha', 'المعلومات للتثقيف ولا تغني عن استشاره.'],
    ['hamza left off', 'المحتوى للتثقيف فقط ولا يغني عن راي مختص.'],
    ['a bidi mark pasted inside a word, an isolate around one', 'المحتوى للتثقيف فقط، ولا يغ\u200Fني عن \u2067التقييم\u2069 الطبي.'],
  ])('is a disclaimer: %s', (_, text) => {
    expect(hasEducationalDisclaimer([text])).toBe(true)
  })

  test.each([
    ['advice to consult before injecting', 'استشيري طبيبك قبل الحقن.'],
    ['a warning heading over side effects', 'تنبيه\nقد تظهر كدمات واحمرار بعد الجلسة.'],
    ['not recommended for some conditions', 'لا يُنصح باستخدام الميزوثيرابي مع بعض الحالات.'],
    ['a routine that does not replace the treatment the doctor sets', 'الروتين المنزلي لا يغني عن العلاج الذي يحدده الطبيب.'],
    ['a question', 'هل المحتوى لا يغني عن الطبيب؟'],
  ])('is not a disclaimer: %s', (_, text) => {
    expect(hasEducationalDisclaimer([text])).toBe(false)
  })
})

test('a plain-text file with CR line endings is read line by line, as the importer reads it', () => {
  expect(summary(lintLegacyText({source: 'أ\rب\rالعلاج نهائي\r', format: 'text', jurisdiction: 'EG'}).filter((finding) => finding.ruleId === 'banned-claim'))).toEqual([
    {ruleId: 'banned-claim', severity: 'error', line: 3, column: 1, excerpt: 'العلاج نهائي'},
  ])
})

describe('a disclaimer counts only where it is body text, which the imported draft keeps', () => {
  const DISCLAIMER = 'المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.'
  const rulesOf = (source: string) => lintLegacyText({source, format: 'markdown', jurisdiction: 'EG'}).map((finding) => finding.ruleId)

  test.each([
    ['a paragraph', `نص.\n\n${DISCLAIMER}`],
    ['a block quote, with bold words and a link', `نص.\n\n> المحتوى **للتثقيف فقط**، ولا يغني عن [التقييم الطبي](https://example.com).`],
    ['a list item', `- ${DISCLAIMER}`],
  ])('in %s it is shown', (_, source) => {
    expect(rulesOf(source)).toEqual([])
  })

  test.each([
    ['struck-through words', `نص.\n\n~~${DISCLAIMER}~~`],
    ['a link\u2019s title', `نص [المصدر](https://example.com "${DISCLAIMER}").`],
    ['an image\u2019s alt text', `نص.\n\n![${DISCLAIMER}](x.png)`],
    ['raw HTML', `نص.\n\n<p>${DISCLAIMER}</p>`],
    ['a table cell', `| تنبيه |\n| --- |\n| ${DISCLAIMER} |`],
    ['a footnote', `نص[^1].\n\n[^1]: ${DISCLAIMER}`],
    ['the front matter\u2019s title', `---\ntitle: ${DISCLAIMER}\n---\n\nنص.`],
  ])('in %s it is not, and disclaimer-missing is reported', (_, source) => {
    expect(rulesOf(source)).toEqual(['disclaimer-missing'])
  })
})

test('severities follow the jurisdiction preset: discount wording warns in EG and blocks in AE', () => {
  const source = 'خصم على الجلسات.\nالمحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.'
  expect(summary(lintLegacyText({source, format: 'text', jurisdiction: 'EG'}))).toEqual([{ruleId: 'banned-claim', severity: 'warning', line: 1, column: 1, excerpt: 'خصم'}])
  expect(summary(lintLegacyText({source, format: 'text', jurisdiction: 'AE'}))).toEqual([{ruleId: 'banned-claim', severity: 'error', line: 1, column: 1, excerpt: 'خصم'}])
})
