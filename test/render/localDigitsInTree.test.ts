// localDigitsInTree: the Arabic text of rendered hast, and the attributes read out or shown as text
// (aria-label, alt, title), in the digits of the clinic's locale (Arabic-Indic for EG and SA, Latin
// for AE, whichever the writer typed); left-to-right, non-Arabic and code
// elements and the attributes for machines (href, src, id, datetime) keep what the writer typed.
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

  it.each([
    ['ar-EG', 'an aria-label', h('aside', {ariaLabel: 'إخلاء المسؤولية — مصر (2026)'}, 'نص'), '<aside aria-label="إخلاء المسؤولية — مصر (٢٠٢٦)">نص</aside>'],
    ['ar-SA', 'an aria-label', h('nav', {ariaLabel: 'الصفحة 2 من 5'}), '<nav aria-label="الصفحة ٢ من ٥"></nav>'],
    ['ar-AE', 'an aria-label', h('nav', {ariaLabel: 'الصفحة 2 من 5'}), '<nav aria-label="الصفحة 2 من 5"></nav>'],
    ['ar-EG', 'alt, not src', h('img', {src: '/images/3-sessions.svg', alt: 'فروة الرأس بعد 3–6 جلسات'}), '<img src="/images/3-sessions.svg" alt="فروة الرأس بعد ٣–٦ جلسات">'],
    ['ar-AE', 'alt, not src', h('img', {src: '/images/3-sessions.svg', alt: 'فروة الرأس بعد 3–6 جلسات'}), '<img src="/images/3-sessions.svg" alt="فروة الرأس بعد 3–6 جلسات">'],
    ['ar-AE', 'a writer’s Arabic-Indic digits as Latin, in text and label', h('p', {title: 'خصم ١٠٪'}, 'بعد ٣–٦ جلسات'), '<p title="خصم 10%">بعد 3–6 جلسات</p>'],
    ['ar-AE', 'Arabic-Indic digits marked left-to-right stay', h('span', {dir: 'ltr'}, '٢٠٠٩'), '<span dir="ltr">٢٠٠٩</span>'],
    ['ar-EG', 'Arabic-Indic digits stay Arabic-Indic', h('p', 'بعد ٣ جلسات'), '<p>بعد ٣ جلسات</p>'],
    ['ar-EG', 'a title, and the text beside it', h('abbr', {title: 'تركيز 10% لمدة 1.5 شهر'}, 'مدة 2 شهر'), '<abbr title="تركيز ١٠٪\u061c لمدة ١٫٥ شهر">مدة ٢ شهر</abbr>'],
    ['ar-EG', 'Latin words and identifiers inside a label', h('a', {href: '#cite-3', ariaLabel: 'فيتامين B12، الترخيص EMS-2009-48213، 3 مرات'}, 'رابط'), '<a href="#cite-3" aria-label="فيتامين B12، الترخيص EMS-2009-48213، ٣ مرات">رابط</a>'],
    ['ar-EG', 'ids and dates', h('section', {id: 'part-3', ariaLabelledBy: 'heading-3'}, h('time', {dateTime: '2026-10-01'}, '1 أكتوبر')), '<section id="part-3" aria-labelledby="heading-3"><time datetime="2026-10-01">١ أكتوبر</time></section>'],
    ['ar-EG', 'an element marked left-to-right', h('span', {dir: 'ltr', title: 'الإصدار 2026.1'}, '2026.1'), '<span dir="ltr" title="الإصدار 2026.1">2026.1</span>'],
    ['ar-EG', 'an element in another language', h('img', {lang: 'en', src: '/a.svg', alt: 'Week 3 of 6'}), '<img lang="en" src="/a.svg" alt="Week 3 of 6">'],
    ['ar-EG', 'code', h('code', {title: 'الجرعة 10'}, 'dose=10'), '<code title="الجرعة 10">dose=10</code>'],
    ['ar-EG', 'a label inside an element marked left-to-right', h('p', {dir: 'ltr'}, [h('a', {href: '/', ariaLabel: 'رقم 3'}, 'PRP 3')]), '<p dir="ltr"><a href="/" aria-label="رقم 3">PRP 3</a></p>'],
  ])('%s: %s', (locale, _, node, expected) => {
    expect(toHtml(localDigitsInTree(locale, [node]))).toBe(expected)
  })

  it('leaves its input as it was', () => {
    const nodes = [...tree(), h('img', {src: '/a.svg', alt: 'بعد 3 جلسات'})]
    const before = toHtml(nodes)
    localDigitsInTree('ar-EG', nodes)
    expect(toHtml(nodes)).toBe(before)
  })
})
