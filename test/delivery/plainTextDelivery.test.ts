// Text a writer typed reaches every delivery format as text: a title with `<`, `*` or `#` is not
// markup in the Markdown export or the Atom feed, and links the page drops (`javascript:` and other
// schemes) are dropped from the content API as well.
import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml, type DocumentOptions, type ParseOptions, type ScalarTag, type SchemaOptions} from 'yaml'
import {isPageSlug} from '../../src/content/slugRules.ts'
import {renderArticlePage} from '../../src/render/index.ts'
import {renderArticleDeliveryFiles, renderFeeds} from '../../src/delivery/deliveryFiles.ts'
import {asText} from '../support/textFile.ts'
import {articleOf, block, graphOf, mesoArticle, rawDocuments, siteInput, span} from '../render/fixtures.ts'

const HOSTILE_TITLE = 'نتائج "واقعية" <script>alert(1)</script> & <b>غامق</b> ]]> #'
const HOSTILE_EXCERPT = 'ملخص <img src=x onerror=alert(1)> *مهم*'

const withArticle = (changes: Record<string, unknown>) =>
  rawDocuments().map((raw) => ((raw as {_id: string})._id === 'article.meso' ? {...mesoArticle, ...changes} : raw))

const withClaimCitationUrl = (url: string) =>
  rawDocuments().map((raw) => {
    const document = raw as {_id: string; evidence?: {citations: unknown[]}}
    if (document._id !== 'claim.minoxidil') return raw
    return {...document, evidence: {...document.evidence, citations: [{_key: 'k9', title: 'Minoxidil guideline', year: 2016, url}]}}
  })

const deliveryOf = (raws: unknown[]) => {
  const site = siteInput('clinic.nour-cairo', {graph: graphOf(raws)})
  const [api, markdown] = renderArticleDeliveryFiles(site, articleOf(site)).files.map((file): string => asText(file).contents)
  return {api: JSON.parse(api!), markdown: markdown!, site}
}

describe('plain text in delivery files', () => {
  it('gives the API html and the Markdown export the page\'s digits, and keeps the structured fields as typed', () => {
    const {api, markdown} = deliveryOf(withArticle({body: [block('p1', [span('s1', 'سلسلة من 3–6 جلسات مع فيتامين B12.')]), ...mesoArticle.body.filter((entry) => entry._type === 'disclaimerBlock')]}))
    expect(api.article.html).toContain('<p>سلسلة من ٣–٦ جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>.</p>')
    expect(markdown).toContain('\n\nسلسلة من ٣–٦ جلسات مع فيتامين B12.\n\n')
    expect(api.article.portableText[0].children[0].text).toBe('سلسلة من 3–6 جلسات مع فيتامين B12.')
  })

  it('gives the API html\'s labels the page\'s digits, and keeps the structured fields as typed', () => {
    const raws = withArticle({heroImage: {...mesoArticle.heroImage, alt: 'فروة الرأس بعد 3 جلسات'}}).map((raw) =>
      (raw as {_id: string})._id === 'disclaimer.eg-2026' ? {...(raw as object), title: 'تنبيه طبي (2026)'} : raw,
    )
    const {api} = deliveryOf(raws)
    expect(api.article.html).toContain('<aside class="disclaimer" aria-label="تنبيه طبي (٢٠٢٦)"><h2>تنبيه طبي (٢٠٢٦)</h2>')
    expect(api.article.disclaimer).toMatchObject({title: 'تنبيه طبي (2026)', version: '2026.1'})
    expect(api.article.heroImage.alt).toBe('فروة الرأس بعد 3 جلسات')
  })

  it('gives the feeds\' titles and summaries the page\'s digits', async () => {
    const {site} = deliveryOf(withArticle({title: 'الميزوثيرابي: 3 جلسات أم 6؟', excerpt: 'تحسّن لدى 70% بعد 3–6 جلسات.'}))
    const files = await renderFeeds(site)
    const atom = asText(files.find((file) => file.path === 'atom.xml')!).contents
    const item = JSON.parse(asText(files.find((file) => file.path === 'feed.json')!).contents).items.find((entry: {title: string}) => entry.title.includes('الميزوثيرابي'))
    expect(atom).toContain('<title type="html"><![CDATA[الميزوثيرابي: ٣ جلسات أم ٦؟]]></title>')
    expect(atom).toContain('<summary type="html"><![CDATA[تحسّن لدى ٧٠٪\u061c بعد ٣–٦ جلسات.]]></summary>')
    expect(item).toMatchObject({title: 'الميزوثيرابي: ٣ جلسات أم ٦؟', summary: 'تحسّن لدى ٧٠٪\u061c بعد ٣–٦ جلسات.'})
  })

  it('gives the Markdown title heading the page\'s digits, and keeps the front matter\'s title as typed', () => {
    const {markdown, api} = deliveryOf(withArticle({title: 'الميزوثيرابي: 3 جلسات أم 6؟'}))
    expect(markdown).toContain('\n# الميزوثيرابي: ٣ جلسات أم ٦؟\n')
    expect(markdown).toContain('title: "الميزوثيرابي: 3 جلسات أم 6؟"')
    expect(api.article.title).toBe('الميزوثيرابي: 3 جلسات أم 6؟')
  })

  it('writes the Markdown title as an escaped heading', () => {
    const {markdown} = deliveryOf(withArticle({title: HOSTILE_TITLE}))
    const body = markdown.slice(markdown.indexOf('---\n\n') + 5)
    expect(body.split('\n')[0]).toBe('# نتائج "واقعية" \\<script>alert(1)\\</script> & \\<b>غامق\\</b> ]]> \\#')
  })

  it('escapes the Atom entry title and summary, which the feed marks type="html"', async () => {
    const {site} = deliveryOf(withArticle({title: HOSTILE_TITLE, excerpt: HOSTILE_EXCERPT}))
    const atom = asText((await renderFeeds(site)).find((file) => file.path === 'atom.xml')!).contents
    expect(atom).toContain('<title type="html"><![CDATA[نتائج "واقعية" &#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b>غامق&#x3C;/b> ]]&gt; #]]></title>')
    expect(atom).toContain('<summary type="html"><![CDATA[ملخص &#x3C;img src=x onerror=alert(1)> *مهم*]]></summary>')
    expect(atom).not.toContain('<script>')
  })

  it.each([
    ['javascript:alert(document.domain)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///C:/Users/mona/study.pdf', null],
    ['https://example.org/minoxidil?a=1&b=2', 'https://example.org/minoxidil?a=1&b=2'],
  ])('gives the API citation URL %s as %s, as the page links it', (url, expected) => {
    const {api} = deliveryOf(withClaimCitationUrl(url))
    const claim = api.article.claims.find((entry: {id: string}) => entry.id === 'claim.minoxidil')
    expect(claim.evidence.citations[0].url).toBe(expected)
  })

  it('unlinks body links the page does not show, keeping their text and the safe links', () => {
    const body = [
      block('p1', [span('s1', 'اقرئي '), span('s2', 'الدليل', ['bad', 'strong']), span('s3', ' أو '), span('s4', 'دليل الجمعية', ['good'])], {
        markDefs: [
          {_type: 'link', _key: 'bad', href: 'javascript:alert(1)'},
          {_type: 'link', _key: 'good', href: 'https://www.aad.org/hair-loss'},
        ],
      }),
      ...mesoArticle.body.filter((entry) => entry._type === 'disclaimerBlock'),
    ]
    const {api} = deliveryOf(withArticle({body}))
    const [paragraph] = api.article.portableText
    expect(paragraph.markDefs).toEqual([{_type: 'link', _key: 'good', href: 'https://www.aad.org/hair-loss'}])
    expect(paragraph.children.map((child: {text: string; marks: string[]}) => [child.text, child.marks])).toEqual([
      ['اقرئي ', []],
      ['الدليل', ['strong']],
      [' أو ', []],
      ['دليل الجمعية', ['good']],
    ])
    expect(api.article.html).not.toContain('javascript:')
  })

  it('keeps citation marks as text in the Markdown export and lets its ordered list number the references', () => {
    const {markdown} = deliveryOf(rawDocuments())
    expect(markdown).not.toContain('#cite-')
    // The grade and note in parentheses: in plain text they would run on into the writer's sentence.
    expect(markdown).toContain('بعض الدراسات تشير لتحسّن في كثافة الشعر (درجة الدليل: منخفضة — عينات صغيرة وبروتوكولات متباينة)\\[١]\\[٢]')
    expect(markdown).toContain('_المينوكسيديل هو الخيار الأول_ (درجة الدليل: مرتفعة — مراجعات منهجية متعددة)\\[١]\\[٣]')
    expect(markdown).toContain('\n1. Mesotherapy for hair loss: a systematic review (')
    expect(markdown).not.toMatch(/^1\. ١\./m)
  })

  // A space typed inside bold or italic is moved out of it, so no `&#x20;` and no letter written as a
  // character reference after the closing `**` (mdast-util-to-markdown's attention encoding).
  it.each([
    ['bold label ending in a space', [span('s1', 'فروة الرأس (تساقط نمطي): ', ['strong']), span('s2', 'بعض الدراسات تشير لتحسّن.')], '**فروة الرأس (تساقط نمطي):** بعض الدراسات تشير لتحسّن.'],
    ['italic with spaces at both ends, mid-sentence', [span('s1', 'النتائج'), span('s2', ' تدريجية ', ['em']), span('s3', 'لا فورية.')], 'النتائج _تدريجية_ لا فورية.'],
    ['bold with tatweel and diacritics ending the paragraph with a space', [span('s1', 'مهمّ: '), span('s2', 'الجلسةُ الأولـــى ', ['strong'])], 'مهمّ: **الجلسةُ الأولـــى**'],
    ['a space-only bold between words', [span('s1', 'كل'), span('s2', ' ', ['strong']), span('s3', '٤ أسابيع')], 'كل ٤ أسابيع'],
  ])('writes %s without character references', (_, children, line) => {
    const {markdown} = deliveryOf(withArticle({body: [block('p1', children), ...mesoArticle.body.filter((entry) => entry._type === 'disclaimerBlock')]}))
    expect(markdown).toContain(`\n\n${line}\n\n`)
    expect(markdown).not.toMatch(/&#x[\dA-F]+;/)
  })

  // A generator's templates give the front matter's description to their meta description.
  it.each([
    ['its excerpt', {}, 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
    ['without an excerpt, the start of its first paragraph, as the page', {excerpt: undefined}, 'الميزوثيرابي حقن سطحي.'],
  ])('gives the Markdown export the description of the page: %s', (_, changes, description) => {
    const first = block('p0', [span('s1', 'الميزوثيرابي حقن سطحي.')])
    const {markdown, site} = deliveryOf(withArticle({...changes, body: [first, ...mesoArticle.body]}))
    expect(parseYaml(markdown.slice(4, markdown.indexOf('\n---\n'))).description).toBe(description)
    expect(renderArticlePage(site, articleOf(site)).contents).toContain(`<meta name="description" content="${description}">`)
  })

  // Jekyll (Psych) and PyYAML read front matter as YAML 1.1, where these plain scalars are booleans,
  // numbers, dates, null, a merge key or (PyYAML) the value key `=`; the 1.2 core schema reads some so too.
  const YAML_TYPED_LOOKING = ['no', 'yes', 'on', 'off', 'y', 'n', 'NO', '1_000', '1:20', '0x10', '0b101', '.5', '~', 'null', '2026-10-01', '<<', '=', '.nan', '.inf', '-.Inf']
  // `yaml` reads a plain `=` as a string even in 1.1 mode; PyYAML resolves it to the value key type
  // and safe_load fails on it. This tag makes `yaml` read it as PyYAML does: as something not a string.
  const PYYAML_VALUE_KEY: ScalarTag = {tag: 'tag:yaml.org,2002:value', default: true, test: /^=$/, resolve: () => ({valueKey: '='})}
  const YAML_READERS: [string, ParseOptions & DocumentOptions & SchemaOptions][] = [['1.1', {version: '1.1', customTags: [PYYAML_VALUE_KEY]}], ['1.2', {version: '1.2'}]]
  it.each(YAML_READERS)('gives the Markdown export\'s front matter a title and slug that YAML %s reads back as typed', (_, options) => {
    for (const typed of YAML_TYPED_LOOKING) {
      // A page slug is letters, digits and dashes: the others are titles only.
      const slug = isPageSlug(typed) ? typed : 'mesotherapy-realistic'
      const {markdown} = deliveryOf(withArticle({title: typed, slug: {current: slug}}))
      const meta = parseYaml(markdown.slice(4, markdown.indexOf('\n---\n')), options)
      expect([meta.title, meta.slug]).toEqual([typed, slug])
    }
  })

  it.each([
    ['=', 'title: "="'],
    ['<<', 'title: "<<"'],
    ['~', 'title: "~"'],
    ['null', 'title: "null"'],
    ['.nan', 'title: ".nan"'],
    ['.inf', 'title: ".inf"'],
    ['y', 'title: "y"'],
    ['n', 'title: "n"'],
    // Only the whole scalar is a typed one: an `=` or `~` inside a title leaves it plain.
    ['الحقن = جلسة', 'title: الحقن = جلسة'],
    ['جلسات ٣~٦', 'title: جلسات ٣~٦'],
    ['=بوتوكس', 'title: =بوتوكس'],
  ])('writes the title %s in the Markdown export\'s front matter as %s', (title, line) => {
    const {markdown} = deliveryOf(withArticle({title}))
    expect(markdown.split('\n')).toContain(line)
  })

  // Readers with GFM strikethrough strike out text between two tildes (single ones too in remark-gfm,
  // read here): unescaped, «٣~٦ كل ١~٤» read «٣» then «٦ كل ١» struck through, then «٤».
  it.each([
    ['ranges written with a tilde', 'جلسات 3~6 كل 1~4 أسابيع', 'جلسات ٣~٦ كل ١~٤ أسابيع'],
    ['two tildes on each side', 'قبل ~~مشطوب~~ بعد', 'قبل ~~مشطوب~~ بعد'],
  ])('keeps %s as text for GFM readers of the Markdown export', (_, typed, shown) => {
    const {markdown} = deliveryOf(withArticle({body: [block('p1', [span('s1', typed)]), ...mesoArticle.body.filter((entry) => entry._type === 'disclaimerBlock')]}))
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown.slice(markdown.indexOf('\n---\n') + 5))
    const paragraph = tree.children.find((node) => node.type === 'paragraph')!
    expect([(paragraph as Paragraph).children.map((node) => node.type), toString(paragraph)]).toEqual([['text'], shown])
  })
})

