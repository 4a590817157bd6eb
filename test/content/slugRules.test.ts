// isPageSlug / isClinicSlug: what a writer may type as a page address and a clinic's folder name,
// on Arabic with every spelling variant, digits of each script, Latin, and hidden characters.
import {describe, expect, it} from 'vitest'
import {CLINIC_SLUG_MESSAGE, isClinicSlug, isPageSlug, PAGE_SLUG_MESSAGE, slugifyTitle} from '../../src/content/slugRules.ts'

describe('isPageSlug', () => {
  it.each([
    ['Latin words', 'meso-realistic', true],
    ['Arabic words', 'الميزوثيرابي-للشعر', true],
    ['hamza and madda forms', 'أسئلة-إبرة-آمنة-مسؤول-بيئة-جزء', true],
    ['ta marbuta and alef maqsura', 'جلسة-على-كثافه-علي', true],
    ['Arabic-Indic and Persian digits', 'نتائج-٢٠٢٦-۳', true],
    ['mixed Arabic and Latin', 'حقن-prp-للشعر', true],
    ['a fatha', 'حَقن', false],
    ['a shadda', 'مخدّر', false],
    ['tanwin', 'أيضًا', false],
    ['a space', 'حقن PRP', false],
    ['an Arabic comma', 'حقن،سطحي', false],
    ['a leading dash', '-حقن', false],
    ['two dashes', 'حقن--سطحي', false],
    ['RLM', 'حقن\u200F-سطحي', false],
    ['LRM', '\u200Eprp-hair', false],
    ['ALM', 'حقن\u061C', false],
    ['an override', 'حقن\u202Eسطحي', false],
    ['an isolate', '\u2067حقن\u2069', false],
    ['an empty slug', '', false],
    ['tatweel, which looks like the word without it', 'حقـــن-سطحي', false],
    ['presentation forms, which look like the letters', 'ﺣﻘﻦ-سطحي', false],
    ['a presentation-form ligature', 'ﻻ-ألم', false],
    ['fullwidth Latin, which looks like meso', 'ｍｅｓｏ', false],
    ['fullwidth digits', 'نتائج-２０２６', false],
    ['a Latin ligature, which looks like filler', 'ﬁller', false],
    ['a superscript digit', 'prp²', false],
    ['a circled letter', 'ⓜeso', false],
    // A slug names a folder and files (articles/<slug>/, <slug>.json): past 255 bytes no file system
    // takes it, and the clinic's whole release would fail to write.
    ['96 Arabic letters, the longest the Studio generates', 'ر'.repeat(96), true],
    ['97 Arabic letters', 'ر'.repeat(97), false],
    ['200 Arabic letters (400 bytes in UTF-8)', 'ر'.repeat(200), false],
    ['90 CJK letters (270 bytes in UTF-8)', '字'.repeat(90), false],
    // articles/con/ and api/v1/articles/nul.json cannot be made on Windows, where these name devices.
    ['Windows device con', 'con', false],
    ['Windows device nul in capitals', 'NUL', false],
    ['Windows device Aux', 'Aux', false],
    ['Windows device com3', 'com3', false],
    ['Windows device lpt1', 'lpt1', false],
    ['a device name inside a longer slug', 'con-tips', true],
    ['an Arabic slug of three letters', 'نول', true],
  ])('%s: %s → %s', (_, slug, accepted) => {
    expect(isPageSlug(slug)).toBe(accepted)
  })

  it('says why a device name is refused', () => {
    expect(PAGE_SLUG_MESSAGE).toContain('ولا يكون اسمًا يحجزه ويندوز لأجهزته (con وprn وaux وnul وcom0–com9 وlpt0–lpt9) فلا تُنشأ به الصفحة')
  })

  it('tells the writer that letter forms which look like others are refused', () => {
    expect(PAGE_SLUG_MESSAGE).toContain('أو أشكال بديلة للحروف (كالحروف العريضة «ｍ» أو المركّبة «ﻻ»)')
  })
})

describe('isClinicSlug', () => {
  it.each([
    ['lowercase Latin and digits', 'nour-cairo-2', true],
    ['Arabic letters', 'نور-القاهرة', false],
    ['Arabic-Indic digits', 'nour-٢', false],
    ['Persian digits', 'nour-۲', false],
    ['uppercase Latin', 'Nour-Cairo', false],
    ['LRM before the name', '\u200Enour-cairo', false],
    ['a pop directional isolate after it', 'nour-cairo\u2069', false],
    // A Netlify site name and a DNS label stop at 63.
    ['63 characters', 'a'.repeat(63), true],
    ['64 characters', 'a'.repeat(64), false],
    ['300 characters', 'a'.repeat(300), false],
    // Windows opens a device for these, not the output folder dist/<slug>/, in any letter case.
    ['Windows device con', 'con', false],
    ['Windows device nul', 'nul', false],
    ['Windows device prn', 'prn', false],
    ['Windows device aux', 'aux', false],
    ['Windows device com1', 'com1', false],
    ['Windows device com9', 'com9', false],
    ['Windows device lpt1', 'lpt1', false],
    ['Windows device lpt9', 'lpt9', false],
    ['Windows device in capitals', 'CON', false],
    ['a device name inside a longer slug', 'con-cairo', true],
    ['a device name with more letters', 'console', true],
    ['com with two digits', 'com10', true],
  ])('%s: %s → %s', (_, slug, accepted) => {
    expect(isClinicSlug(slug)).toBe(accepted)
  })

  it('says why a device name is refused', () => {
    expect(CLINIC_SLUG_MESSAGE).toContain('ولا يكون اسمًا يحجزه ويندوز لأجهزته (con وprn وaux وnul وcom0–com9 وlpt0–lpt9)')
  })
})

describe('slugifyTitle', () => {
  it.each([
    ['an Arabic title with punctuation', 'الميزوثيرابي للشعر والبشرة: ما النتائج الواقعية؟', 'الميزوثيرابي-للشعر-والبشرة-ما-النتائج-الواقعية'],
    ['tashkeel and shadda dropped', 'حَقْنُ البَشَرَةِ المُخدَّرة', 'حقن-البشرة-المخدرة'],
    ['tatweel dropped', 'نتائـــج واقعيـة', 'نتائج-واقعية'],
    ['hamza forms and ة kept as written', 'أسئلة إبرة آمنة', 'أسئلة-إبرة-آمنة'],
    ['Arabic-Indic digits and an en dash', 'من ٣–٦ جلسات', 'من-٣-٦-جلسات'],
    ['mixed Arabic and Latin, Latin lowercased', 'حقن PRP للشعر (Platelet-Rich Plasma)', 'حقن-prp-للشعر-platelet-rich-plasma'],
    ['bidi controls dropped', '\u202Bحقن\u202C \u2066PRP\u2069\u200F', 'حقن-prp'],
    ['presentation forms become letters', 'ﺣﻘﻦ سطحي', 'حقن-سطحي'],
    ['cut at a word within the length', 'كلمة أولى ثانية', 'كلمة-أولى'],
    ['nothing but punctuation', '؟!، …', ''],
  ])('%s', (name, title, slug) => {
    const result = name.startsWith('cut') ? slugifyTitle(title, 10) : slugifyTitle(title)
    expect(result).toBe(slug)
    if (slug) expect(isPageSlug(result)).toBe(true)
  })
})
