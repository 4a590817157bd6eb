// articleContentParts: the article's own content, built once per article and clinic and shared by
// the page and the delivery files, which must therefore show exactly the same thing.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {articleContentTree} from '../../src/delivery/articleContent.ts'
import {articleDetail} from '../../src/delivery/articleApi.ts'
import {renderArticlePage, sanitizeSiteContent} from '../../src/render/index.ts'
import {articleContentParts} from '../../src/render/lib/articleContentParts.ts'
import {articleOf, block, graphOf, mesoArticle, rawDocuments, ref, siteInput, span} from './fixtures.ts'
import {asText} from '../support/textFile.ts'

const html = (nodes: Parameters<typeof sanitizeSiteContent>[0]): string =>
  toHtml(sanitizeSiteContent(nodes), {characterReferences: {useNamedReferences: true}})

describe('articleContentParts', () => {
  it('is what the article page shows, in page order, around its header and related articles', () => {
    const input = siteInput('clinic.nour-cairo')
    const {body, citationList, faq, disclaimers} = articleContentParts(input, articleOf(input))
    const page = renderArticlePage(input, articleOf(input)).contents
    const related = page.indexOf('<section class="related"')
    expect(body.length).toBeGreaterThan(0)
    expect(page).toContain(`<div class="article-body">${html(body)}</div>${html(citationList)}${html(faq)}`)
    expect(related).toBeGreaterThan(-1)
    expect(page.indexOf(html(disclaimers))).toBeGreaterThan(related)
  })

  it("is the content the API, feeds and Markdown export start from: the page's, without its wrappers and related articles", () => {
    const input = siteInput('clinic.rawda-riyadh')
    const article = articleOf(input)
    const page: string = asText(renderArticlePage(input, article)).contents
    // On the page: <div class="article-body">body</div><section class="citations">…</section>faq<section class="related">…</section>disclaimer</article>
    const start = page.indexOf('<div class="article-body">') + '<div class="article-body">'.length
    const related = page.indexOf('<section class="related"')
    const bodyEnd = page.indexOf('</div><section class="citations"', start)
    const afterRelated = page.indexOf('</section>', related) + '</section>'.length
    const shown = page.slice(start, bodyEnd) + page.slice(bodyEnd + '</div>'.length, related) + page.slice(afterRelated, page.indexOf('</article>', afterRelated))
    expect([start, related, bodyEnd].every((at) => at > 0)).toBe(true)
    expect(shown).toContain('إخلاء مسؤولية')
    // The page writes named references (&amp;), the API hast-util-to-html's default (&#x26;): the same characters.
    const sameReferences = (html: string) => html.replaceAll('&amp;', '&#x26;').replaceAll('&lt;', '&#x3C;').replaceAll('&quot;', '&#x22;')
    expect(sameReferences(articleDetail(input, article).article.html)).toBe(sameReferences(shown))
  })

  it('carries only the disclaimer in force for the clinic', () => {
    const text = (clinic: string) => {
      const input = siteInput(clinic)
      return html(articleContentParts(input, articleOf(input)).disclaimers)
    }
    expect(text('clinic.rawda-riyadh')).toContain('<h2>إخلاء مسؤولية</h2>')
    expect(text('clinic.rawda-riyadh')).not.toContain('تنبيه')
    // Cairo's current disclaimer, not the superseded 2025 one.
    expect(text('clinic.nour-cairo')).toContain('<h2>تنبيه مهم</h2>')
    expect(text('clinic.nour-cairo')).not.toContain('نص قديم')
    expect(text('clinic.nour-cairo')).not.toContain('المملكة')
  })

  it('is built once for the page and the delivery files, and anew for another clinic or time', () => {
    const cairo = siteInput('clinic.nour-cairo')
    const article = articleOf(cairo)
    const first = articleContentParts(cairo, article)
    expect(articleContentParts({...cairo}, article)).toBe(first)
    const dubai = siteInput('clinic.lulu-dubai', {graph: cairo.graph})
    const other = articleContentParts(dubai, article)
    expect(other).not.toBe(first)
    // Citation numbers follow the clinic's locale: Arabic-Indic digits in ar-EG, not in ar-AE.
    expect(html(first.citationList)).toContain('<span class="cite-number">١.</span>')
    expect(html(other.citationList)).toContain('<span class="cite-number">1.</span>')
    expect(articleContentParts({...dubai, now: new Date('2027-01-01T00:00:00Z')}, article)).not.toBe(other)
  })

  it('is not changed by rendering the page or the delivery files from it', () => {
    const input = siteInput('clinic.nour-cairo')
    const article = articleOf(input)
    const before = structuredClone(articleContentParts(input, article))
    renderArticlePage(input, article)
    articleContentTree(input, article)
    expect(articleContentParts(input, article)).toEqual(before)
  })
})

describe('articleContentParts: headings over the blocks moved to the end', () => {
  const heading = (key: string, text: string, style = 'h2') => block(key, [span('s1', text)], {style})
  const paragraph = (key: string, text: string) => block(key, [span('s1', text)])
  const faq = {_type: 'faq', _key: 'f1', items: [{_key: 'q1', question: 'هل الإجراء مؤلم؟', answer: 'وخزات خفيفة.'}]}
  const disclaimer = {_type: 'disclaimerBlock', _key: 'd1', disclaimer: ref('disclaimer.eg-2026')}
  const foreignDisclaimer = {_type: 'disclaimerBlock', _key: 'd2', disclaimer: ref('disclaimer.sa-2026')}
  const intro = paragraph('p0', 'مقدّمة عن الميزوثيرابي.')

  /**
   * The body's headings and paragraphs on the Cairo page, in order, as `## heading` and text; not the
   * safety sections added after them (no block here shows the procedure's), which renderArticlePage.test.ts covers.
   */
  const outline = (body: unknown[]): string[] => {
    const raws = [...rawDocuments().filter((raw) => (raw as {_id: string})._id !== 'article.meso'), {...mesoArticle, body}]
    const input = siteInput('clinic.nour-cairo', {graph: graphOf(raws)})
    const written = html(articleContentParts(input, articleOf(input)).body).replace(/<section class="procedure-safety">.*?<\/section>/gs, '')
    return [...written.matchAll(/<h([23])>(.*?)<\/h[23]>|<p>(.*?)<\/p>/g)].map(
      ([, rank, title, text]) => (rank ? `${'#'.repeat(Number(rank))} ${title}` : text!),
    )
  }

  it.each<[name: string, body: unknown[], outline: string[]]>([
    ['a heading right above the disclaimer goes: the disclaimer has its own', [intro, heading('h1', 'تنبيه مهم'), disclaimer, foreignDisclaimer], ['مقدّمة عن الميزوثيرابي.']],
    ['a heading right above the FAQ goes: the FAQ has its own', [intro, heading('h1', 'أسئلة وأجوبة'), faq], ['مقدّمة عن الميزوثيرابي.']],
    ['a heading over the FAQ and the disclaimer goes', [intro, heading('h1', 'قبل أن تقرّري'), faq, disclaimer], ['مقدّمة عن الميزوثيرابي.']],
    ['a heading over only another jurisdiction\'s disclaimer goes', [intro, heading('h1', 'تنبيه'), foreignDisclaimer], ['مقدّمة عن الميزوثيرابي.']],
    ['a heading and its subheading over nothing but the disclaimer both go', [intro, heading('h1', 'ملاحظات'), heading('h2', 'تنبيه مهم', 'h3'), disclaimer], ['مقدّمة عن الميزوثيرابي.']],
    // Never a subheading left without the heading over it: headings must not skip a level.
    ['an empty subheading goes with the heading over it', [intro, heading('h1', 'ملاحظات'), heading('h2', 'فارغ', 'h3'), heading('h3', 'تنبيه مهم', 'h3'), disclaimer], ['مقدّمة عن الميزوثيرابي.']],
    [
      'a heading with text of its own stays, its empty subheading goes',
      [heading('h1', 'بعد الجلسة'), paragraph('p1', 'تجنّبي الحرارة يومًا.'), heading('h2', 'أسئلة', 'h3'), faq],
      ['## بعد الجلسة', 'تجنّبي الحرارة يومًا.'],
    ],
    [
      'a heading whose text follows the moved block stays',
      [heading('h1', 'تنبيه مهم'), disclaimer, paragraph('p1', 'استشيري طبيبك.'), heading('h2', 'الخلاصة'), paragraph('p2', 'نتائج تدريجية.')],
      ['## تنبيه مهم', 'استشيري طبيبك.', '## الخلاصة', 'نتائج تدريجية.'],
    ],
    [
      'a subheading ends at the next heading of its rank or above, which keeps its own',
      [heading('h1', 'الأمان'), heading('h2', 'تنبيه', 'h3'), disclaimer, heading('h3', 'المخاطر', 'h3'), paragraph('p1', 'كدمات مؤقتة.')],
      ['## الأمان', '### المخاطر', 'كدمات مؤقتة.'],
    ],
    ['a heading the writer left empty above another stays: nothing was moved from under it', [heading('h1', 'تمهيد'), heading('h2', 'النتائج'), paragraph('p1', 'تحسّن تدريجي.')], ['## تمهيد', '## النتائج', 'تحسّن تدريجي.']],
  ])('%s', (_, body, expected) => {
    expect(outline(body)).toEqual(expected)
  })

  it('leaves «تنبيه مهم» once, as the disclaimer\'s own heading, in what the API, feeds and export start from', () => {
    const raws = [...rawDocuments().filter((raw) => (raw as {_id: string})._id !== 'article.meso'), {...mesoArticle, body: [intro, heading('h1', 'تنبيه مهم'), disclaimer]}]
    const input = siteInput('clinic.nour-cairo', {graph: graphOf(raws)})
    expect(articleDetail(input, articleOf(input)).article.html.match(/<h2>تنبيه مهم<\/h2>/g)).toHaveLength(1)
    expect(articleDetail(input, articleOf(input)).article.html).toContain('<aside class="disclaimer" aria-label="تنبيه مهم"><h2>تنبيه مهم</h2>')
  })
})
