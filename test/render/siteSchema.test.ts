// siteSchema / sanitizeSiteContent: the sanitizer removes what content must never carry, and keeps
// everything the renderer itself emits (so styling and links never silently disappear).
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {sanitizeSiteContent} from '../../src/render/index.ts'
import {pageBodyTree} from '../../src/render/lib/layout.ts'
import {clinicPages} from '../../src/render/lib/renderClinicSite.ts'
import {siteInput} from './fixtures.ts'

const sanitized = (...content: Parameters<typeof h>[2][]) => toHtml(sanitizeSiteContent([h('div', ...content)]))

describe('sanitizeSiteContent', () => {
  it.each([
    ['script elements and their text', [h('script', 'alert(1)'), 'نص'], '<div>نص</div>'],
    ['style elements', [h('style', 'body{display:none}'), 'نص'], '<div>نص</div>'],
    ['event handler attributes', [h('img', {src: 'https://x.example/a.png', onError: 'alert(1)', alt: ''})], '<div><img src="https://x.example/a.png" alt=""></div>'],
    ['style attributes', [h('p', {style: 'color:red'}, 'نص')], '<div><p>نص</p></div>'],
    ['javascript: links', [h('a', {href: 'javascript:alert(1)'}, 'اضغط')], '<div><a>اضغط</a></div>'],
    ['data: images', [h('img', {src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: ''})], '<div><img alt=""></div>'],
    ['classes the site does not define', [h('span', {className: ['claim', 'evil']}, 'نص')], '<div><span class="claim">نص</span></div>'],
    ['rel values other than noopener', [h('a', {href: 'https://x.example/', rel: ['noopener', 'opener']}, 'رابط')], '<div><a href="https://x.example/" rel="noopener">رابط</a></div>'],
    ['iframes and unknown elements (keeping their text)', [h('iframe', {src: 'https://x.example/'}), h('marquee', 'أرسل')], '<div>أرسل</div>'],
    [
      'a form going elsewhere (it becomes a GET search of this site)',
      [h('form', {action: 'https://x.example/steal', method: 'post'}, [h('input', {type: 'password', name: 'pw'}), h('button', {type: 'button'}, 'أرسل')])],
      '<div><form action="/search/" method="get"><input type="search"><button>أرسل</button></form></div>',
    ],
  ])('removes %s', (_, content, expected) => {
    expect(sanitized(content)).toBe(expected)
  })

  it.each([
    ['tel links', [h('a', {href: 'tel:+201001234567', dir: 'ltr'}, 'اتصل')], '<div><a href="tel:+201001234567" dir="ltr">اتصل</a></div>'],
    ['mailto links', [h('a', {href: 'mailto:info@nour.example'}, 'راسلنا')], '<div><a href="mailto:info@nour.example">راسلنا</a></div>'],
    ['in-page links and generated ids', [h('a', {href: '#cite-1'}, '١'), h('li', {id: 'cite-1'}, 'مرجع')], '<div><a href="#cite-1">١</a><li id="cite-1">مرجع</li></div>'],
  ])('keeps %s', (_, content, expected) => {
    expect(sanitized(content)).toBe(expected)
  })

  it.each(['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai'])('keeps every element and attribute the renderer emits for %s', (clinicId) => {
    const input = siteInput(clinicId)
    for (const page of clinicPages(input)) {
      const body = pageBodyTree(input, page.shell.main)
      expect(toHtml(sanitizeSiteContent(body)), page.path).toBe(toHtml(body))
    }
  })
})
