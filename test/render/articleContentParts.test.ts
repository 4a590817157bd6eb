// articleContentParts: the article's own content, built once per article and clinic and shared by
// the page and the delivery files, which must therefore show exactly the same thing.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {articleContentTree} from '../../src/delivery/articleContent.ts'
import {articleDetail} from '../../src/delivery/articleApi.ts'
import {renderArticlePage, sanitizeSiteContent} from '../../src/render/index.ts'
import {articleContentParts} from '../../src/render/lib/articleContentParts.ts'
import {articleOf, siteInput} from './fixtures.ts'
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
