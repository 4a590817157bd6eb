// latinRunsInTree: runs of Latin words in the Arabic text of rendered hast become
// <span lang="en" dir="ltr">; punctuation at a run's ends, code, URLs, attributes and elements
// already marked left-to-right or in another language are left as written.
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {latinRunsInTree} from '../../src/render/lib/latinRunsInTree.ts'

const EN = (text: string) => `<span lang="en" dir="ltr">${text}</span>`

describe('latinRunsInTree', () => {
  it.each([
    ['يحتوي على Minoxidil 5%', `يحتوي على ${EN('Minoxidil')} 5%`],
    ['حقن PRP', `حقن ${EN('PRP')}`],
    ['Botox® لتجاعيد الجبهة', `${EN('Botox®')} لتجاعيد الجبهة`],
    // A number between two Latin words is part of the run, as localDigits keeps its digits.
    ['يُستخدم محلول Minoxidil 5% solution مرتين', `يُستخدم محلول ${EN('Minoxidil 5% solution')} مرتين`],
    ['مكمّل (vitamin B12 1000 mcg) يوميًا', `مكمّل (${EN('vitamin B12 1000 mcg')}) يوميًا`],
    ['Platelet-rich plasma & PRP للشعر', `${EN('Platelet-rich plasma &#x26; PRP')} للشعر`],
    ['جلسات Minoxidil ٥٪ foam', `جلسات ${EN('Minoxidil ٥٪ foam')}`],
    // Tashkeel, tatweel and Arabic-Indic digits around a run stay in the Arabic text.
    ['فَعَّالِيَّة الـــحقن بـ PRP ٣ مرات', `فَعَّالِيَّة الـــحقن بـ ${EN('PRP')} ٣ مرات`],
    // Punctuation at the ends belongs to the Arabic sentence: the Arabic comma, a full stop, quotes.
    ['جرعة من PRP، ثم Botox.', `جرعة من ${EN('PRP')}، ثم ${EN('Botox')}.`],
    ['اسم المنتج «Regaine» في مصر', `اسم المنتج «${EN('Regaine')}» في مصر`],
    // An abbreviation's full stop is part of it and stays inside; the sentence's own stops outside.
    ['مثل e.g. هذا', `مثل ${EN('e.g.')} هذا`],
    ['أي i.e. الجرعة', `أي ${EN('i.e.')} الجرعة`],
    ['مواد مثل PRP etc. تُحقن', `مواد مثل ${EN('PRP etc.')} تُحقن`],
    ['قال Dr. Smith إن', `قال ${EN('Dr. Smith')} إن`],
    ['في U.S. وأوروبا', `في ${EN('U.S.')} وأوروبا`],
    ['بحسب (Smith et al.) عام ٢٠٢٠', `بحسب (${EN('Smith et al.')}) عام ٢٠٢٠`],
    ['يُعطى Ph.D.، ثم', `يُعطى ${EN('Ph.D.')}، ثم`],
    ['ثم Node.js.', `ثم ${EN('Node.js')}.`],
    ['أو HA...', `أو ${EN('HA')}...`],
    ['مثل etc...', `مثل ${EN('etc')}...`],
    // Bidi marks and a writer's isolate at a run's ends stay outside it, so the isolate stays paired.
    ['مستحضر \u2067PRP\u2069 للشعر', `مستحضر \u2067${EN('PRP')}\u2069 للشعر`],
    ['Minoxidil\u200F منتج', `${EN('Minoxidil')}\u200F منتج`],
    // A run holding a writer's isolate, a URL or an e-mail address is left as typed.
    ['دواء \u2067Finasteride\u2069 1 mg يوميًا', 'دواء \u2067Finasteride\u2069 1 mg يوميًا'],
    ['انظر https://example.com/prp للمزيد', 'انظر https://example.com/prp للمزيد'],
    ['راسلنا على info@clinic.example', 'راسلنا على info@clinic.example'],
    ['المرجع doi:10.1001/jama.2019.1', 'المرجع doi:10.1001/jama.2019.1'],
    // A Latin word glued to an Arabic prefix, with or without tatweel: its Latin part is marked.
    ['حقن بـPRP للشعر', `حقن بـ${EN('PRP')} للشعر`],
    ['جلسة والـBotox بعدها', `جلسة والـ${EN('Botox')} بعدها`],
    ['ملء بالـHA', `ملء بالـ${EN('HA')}`],
    ['ثم بPRP وHA', `ثم ب${EN('PRP')} و${EN('HA')}`],
    ['بِـPRP مرة', `بِـ${EN('PRP')} مرة`],
    ['PRP والـBotox معًا', `${EN('PRP')} والـ${EN('Botox')} معًا`],
    ['حقن بـPRP 5 mg مرتين', `حقن بـ${EN('PRP 5 mg')} مرتين`],
    ['اسم بـ«Regaine» هنا', `اسم بـ«${EN('Regaine')}» هنا`],
    ['علاج (بـPRP) فعّال', `علاج (بـ${EN('PRP')}) فعّال`],
    ['اسم «والـBotox» هنا', `اسم «والـ${EN('Botox')}» هنا`],
    ['حقن (ـPRP) بالـ ـHA', `حقن (ـ${EN('PRP')}) بالـ ـ${EN('HA')}`],
    ['راجع لـhttps://example.com', 'راجع لـhttps://example.com'],
    // Punctuation without spaces between a Latin word and an Arabic one: the Latin word is marked,
    // wherever it stands; Latin words and numbers joined by it are one run, as localDigits reads them.
    ['حقن PRP/ميزو', `حقن ${EN('PRP')}/ميزو`],
    ['PRP/ميزو', `${EN('PRP')}/ميزو`],
    ['علاجات (مينوكسيديل/PRP/أدوية فموية)', `علاجات (مينوكسيديل/${EN('PRP')}/أدوية فموية)`],
    ['حقن PRP،ميزو', `حقن ${EN('PRP')}،ميزو`],
    ['حقن PRP/\u200Fميزو', `حقن ${EN('PRP')}/\u200Fميزو`],
    ['حقن PRP/Botox/ميزو', `حقن ${EN('PRP/Botox')}/ميزو`],
    ['جرعة Minoxidil 5%/يوم', `جرعة ${EN('Minoxidil')} 5%/يوم`],
    ['مادة B12/حديد', `مادة ${EN('B12')}/حديد`],
    // A word with Arabic and Latin letters is not Latin; neither is Latin punctuation alone.
    ['جلسات بـPRPـات', 'جلسات بـPRPـات'],
    ['كلمة PRPـال هنا...', 'كلمة PRPـال هنا...'],
    ['٣–٦ جلسات', '٣–٦ جلسات'],
  ])('%s', (text, html) => {
    expect(toHtml(latinRunsInTree([h('p', text)]))).toBe(`<p>${html}</p>`)
  })

  it('marks text inside Arabic elements and leaves code, left-to-right and other-language elements and attributes as written', () => {
    const tree = h('p', [
      h('strong', 'جلسات PRP'),
      ' ',
      h('a', {href: 'https://example.com/Botox', title: 'Botox'}, 'عن Botox'),
      ' ',
      h('code', 'dose=10 ml'),
      ' ',
      h('span', {dir: 'ltr'}, 'EMS-2009'),
      ' ',
      h('cite', {lang: 'en'}, 'Trial of PRP'),
      ' ',
      h('cite', {dir: 'auto'}, 'دراسة عن PRP'),
    ])
    expect(toHtml(latinRunsInTree([tree]))).toBe(
      `<p><strong>جلسات ${EN('PRP')}</strong> <a href="https://example.com/Botox" title="Botox">عن ${EN('Botox')}</a> <code>dose=10 ml</code> <span dir="ltr">EMS-2009</span> <cite lang="en">Trial of PRP</cite> <cite dir="auto">دراسة عن ${EN('PRP')}</cite></p>`,
    )
  })

  it('returns the same element when it has no Latin word', () => {
    const tree = h('p', ['حقن البلازما ٣ مرات ', h('em', 'فقط')])
    expect(latinRunsInTree([tree])[0]).toBe(tree)
  })
})
