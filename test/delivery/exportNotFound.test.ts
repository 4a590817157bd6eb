// exportNotFoundFile: the Markdown of a missing export's 404, read back with the Markdown parser a
// clinic's site would use. The clinic's name is text whatever it holds, and the API index is a link
// with or without the clinic's domain.
import type {Link, Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {exportNotFoundFile} from '../../src/delivery/exportNotFound.ts'
import {siteInput} from '../render/fixtures.ts'

const CLINIC = siteInput('clinic.nour-cairo').clinic

/** What a Markdown reader makes of the file: the first paragraph's node types and text, and every link's address. */
const read = (clinic: typeof CLINIC) => {
  const tree = unified().use(remarkParse).parse(exportNotFoundFile(clinic).contents)
  const [arabic] = tree.children.filter((node): node is Paragraph => node.type === 'paragraph')
  const links: string[] = []
  const visit = (node: {type: string; children?: unknown[]}): void => {
    if (node.type === 'link') links.push((node as Link).url)
    for (const child of (node.children ?? []) as {type: string}[]) visit(child)
  }
  visit(tree)
  return {nodes: arabic!.children.map((node) => node.type), text: toString(arabic), links}
}

describe('exportNotFoundFile', () => {
  it.each([
    ['a plain name', 'عيادة نور'],
    ['emphasis marks', 'عيادة *نور* و_الشفاء_'],
    ['an HTML tag', 'عيادة <b>نور</b> <img src=x onerror=alert(1)>'],
    ['a link', 'عيادة [نور](https://other.example) `كود`'],
  ])('keeps the clinic’s name as text: %s', (_, name) => {
    expect(read({...CLINIC, name})).toEqual({
      nodes: ['text', 'inlineCode', 'text'],
      text: `لا يوجد مقال بهذا العنوان في تصدير Markdown لموقع «${name}»: لم يُنشر لهذه العيادة قط أو سُحب منها. يسرد فهرس واجهة المحتوى كل مقال منشور وعنوان تصديره (markdownUrl):`,
      links: ['https://nour.example/api/v1/index.json', 'https://nour.example/api/v1/index.json'],
    })
  })

  // `</api/v1/index.json>` is no autolink: a reader saw it, brackets and all, as text.
  it('links the API index root-relative for a clinic without a domain', () => {
    expect(read({...CLINIC, domain: undefined}).links).toEqual(['/api/v1/index.json', '/api/v1/index.json'])
  })
})
