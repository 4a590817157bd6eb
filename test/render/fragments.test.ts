// Pre-rendered list items (src/render/lib/fragments.ts): the home and procedure pages splice in
// article items rendered once; the result must read exactly as if the items were in the page's
// tree, with content escaped and no placeholder left behind.
import {describe, expect, it} from 'vitest'
import {h} from 'hastscript'
import {fragmentBytes, fragmentBytesEach, fragmentSlot, pageStringifier, type PageFragments} from '../../src/render/lib/fragments.ts'
import {renderDocument, renderListPage} from '../../src/render/lib/layout.ts'
import {indexPage} from '../../src/render/lib/pages/indexPage.ts'
import {procedurePage} from '../../src/render/lib/pages/procedurePage.ts'
import {siteInput} from './fixtures.ts'
import {asText} from '../support/textFile.ts'

// A placeholder token is private-use characters (fragments.ts).
const SLOT = /[\ue000-\uf8ff]/u

describe('page fragments', () => {
  it('renders a page with spliced items exactly like the same page with the items in its tree', () => {
    const site = siteInput()
    const item = (title: string) => [h('li', h('a', {href: '/articles/x/'}, title))]
    const titles = ['الميزوثيرابي <script>alert(1)</script>', "تساقط الشعر $& $' $` $$"]
    const fragments: PageFragments = new Map()
    const owners = titles.map(() => ({}))
    const spliced = asText(
      renderListPage(site, {
        path: 'x.html',
        shell: {title: 'اختبار', main: [h('ul', [fragmentSlot(fragments, titles.map((title, index) => fragmentBytes(owners[index]!, 'test', () => item(title))))])]},
        fragments,
      }),
    ).contents
    const inline = renderDocument(site, {title: 'اختبار', main: [h('ul', titles.flatMap(item))]})
    expect(spliced).toBe(inline)
    expect(spliced).not.toMatch(SLOT)
    expect(spliced).not.toContain('<script>alert')
    expect(spliced).toContain("تساقط الشعر $&amp; $' $` $$")
  })

  it('renders an item once per owner and key, as UTF-8', () => {
    const owner = {}
    let calls = 0
    const render = () => (calls++, [h('li', 'بند ٣')])
    expect(new TextDecoder().decode(fragmentBytes(owner, 'ar-EG', render))).toBe(pageStringifier.stringify({type: 'root', children: [h('li', 'بند ٣')]}))
    expect(fragmentBytes(owner, 'ar-EG', render)).toBe(fragmentBytes(owner, 'ar-EG', render))
    fragmentBytes(owner, 'ar-SA', render)
    expect(calls).toBe(2)
  })

  it('leaves no placeholder in the home and procedure pages, and lists every published article', () => {
    const site = siteInput()
    const html = asText(renderListPage(site, indexPage(site))).contents
    expect(html).not.toMatch(SLOT)
    for (const article of [...site.publishedArticleIds].map((id) => site.graph.articles.get(id)!)) expect(html).toContain(`href="/articles/${article.slug.current}/"`)
    const procedure = site.graph.procedures.get('procedure.meso')!
    expect(asText(renderListPage(site, procedurePage(site, procedure))).contents).not.toMatch(SLOT)
  })

  it('gives a list the bytes each item would get alone, build after build, whatever moved', () => {
    const render = (key: string) => (owner: {title: string}) => [h('li', `${key}: ${owner.title}`)]
    const owners = ['الأول', 'الثاني', 'الثالث', 'الرابع'].map((title) => ({title}))
    const alone = (list: {title: string}[], key: string) =>
      list.map((owner) => Buffer.from(fragmentBytes(owner, key, () => render(key)(owner))).toString('utf8'))
    const each = (list: {title: string}[], key: string) => fragmentBytesEach(list, key, render(key), 'one-list').map((bytes) => Buffer.from(bytes).toString('utf8'))
    const [a, b, c, d] = owners as [{title: string}, {title: string}, {title: string}, {title: string}]
    const lists = [
      [a, b, c, d],
      [a, {title: 'الثاني، مُعدَّلًا'}, c, d],
      [d, a, c],
      [a, b, c, d, {title: 'جديد ـ ٥'}],
    ]
    for (const list of lists) expect(each(list, 'ar-EG')).toEqual(alone(list, 'ar-EG'))
    // Same list and slot, another key (a clinic whose locale changed): nothing carried over.
    expect(each(lists[3]!, 'ar-AE')).toEqual(alone(lists[3]!, 'ar-AE'))
    expect(each(lists[3]!, 'ar-AE')[0]).toBe('<li><span lang="en" dir="ltr">ar-AE</span>: الأول</li>')
  })
})
