// localDigitsInTree: the Arabic text of rendered hast in the digits of the clinic's locale; left-to-
// right, non-Arabic and code elements and every attribute keep what the writer typed.
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {localDigitsInTree} from '../../src/render/lib/localDigitsInTree.ts'

const tree = () => [
  h('p', [
    'سلسلة من 3–6 جلسات مع فيتامين B12 ',
    h('a', {href: '/articles/3-sessions/'}, 'اقرأ 3 نصائح'),
    ' ترخيص رقم ',
    h('span', {dir: 'ltr'}, '2009-48213'),
    ' ',
    h('cite', {lang: 'en'}, 'Trial of 40 patients'),
    ' ',
    h('code', 'dose=10'),
    ' ',
    h('time', {dateTime: '2026-10-01'}, '1 أكتوبر'),
  ]),
]

describe('localDigitsInTree', () => {
  it.each([
    [
      'ar-EG',
      '<p>سلسلة من ٣–٦ جلسات مع فيتامين B12 <a href="/articles/3-sessions/">اقرأ ٣ نصائح</a> ترخيص رقم <span dir="ltr">2009-48213</span> <cite lang="en">Trial of 40 patients</cite> <code>dose=10</code> <time datetime="2026-10-01">١ أكتوبر</time></p>',
    ],
    [
      'ar-SA',
      '<p>سلسلة من ٣–٦ جلسات مع فيتامين B12 <a href="/articles/3-sessions/">اقرأ ٣ نصائح</a> ترخيص رقم <span dir="ltr">2009-48213</span> <cite lang="en">Trial of 40 patients</cite> <code>dose=10</code> <time datetime="2026-10-01">١ أكتوبر</time></p>',
    ],
    [
      'ar-AE',
      '<p>سلسلة من 3–6 جلسات مع فيتامين B12 <a href="/articles/3-sessions/">اقرأ 3 نصائح</a> ترخيص رقم <span dir="ltr">2009-48213</span> <cite lang="en">Trial of 40 patients</cite> <code>dose=10</code> <time datetime="2026-10-01">1 أكتوبر</time></p>',
    ],
  ])('%s', (locale, expected) => {
    expect(toHtml(localDigitsInTree(locale, tree()))).toBe(expected)
  })

  it('leaves its input as it was', () => {
    const nodes = tree()
    const before = toHtml(nodes)
    localDigitsInTree('ar-EG', nodes)
    expect(toHtml(nodes)).toBe(before)
  })
})
