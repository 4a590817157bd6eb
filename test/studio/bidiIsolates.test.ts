// bidiIsolates: how a Studio message keeps its reading order where Sanity only takes a string (form
// markers, badge titles), and where it takes React (action tooltips and dialogs), split the same way.
import {ThemeProvider, studioTheme} from '@sanity/ui'
import {createElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, test} from 'vitest'
import {ArabicMessage} from '../../src/studio/messages/ArabicMessage.tsx'
import {isolateArabicMessage, splitLatinRuns, withoutIsolates} from '../../src/studio/messages/bidiIsolates.ts'

/** RLI, LRI, PDI and the word joiner spelled as ‹rtl›, ‹ltr›, ‹/› and ‹wj› so expectations are readable. */
const spelled = (text: string): string =>
  text.replaceAll('\u2067', '‹rtl›').replaceAll('\u2066', '‹ltr›').replaceAll('\u2069', '‹/›').replaceAll('\u2060', '‹wj›')

describe('splitLatinRuns', () => {
  test.each([
    {name: 'Arabic only', text: 'الادعاء غير معتمد', expected: [{text: 'الادعاء غير معتمد', ltr: false}]},
    {
      name: 'a document id in guillemets',
      text: 'اعتماد الادعاء «claim.microneedling-hair-count» انتهى',
      expected: [{text: 'اعتماد الادعاء «', ltr: false}, {text: 'claim.microneedling-hair-count', ltr: true}, {text: '» انتهى', ltr: false}],
    },
    {name: 'a date before the full stop', text: 'حتى 2026-11-23.', expected: [{text: 'حتى ', ltr: false}, {text: '2026-11-23', ltr: true}, {text: '.', ltr: false}]},
    {name: 'a rule id with its brackets, which must not be left on another line', text: 'به. [claim-expired]', expected: [{text: 'به. ', ltr: false}, {text: '[claim-expired]', ltr: true}]},
    {name: 'a lone bracket stays in the Arabic', text: 'انظر [claim.a في', expected: [{text: 'انظر [', ltr: false}, {text: 'claim.a', ltr: true}, {text: ' في', ltr: false}]},
    {name: 'Latin words stay one run', text: 'أسلوب «Trojan Source» هنا', expected: [{text: 'أسلوب «', ltr: false}, {text: 'Trojan Source', ltr: true}, {text: '» هنا', ltr: false}]},
    {name: 'a bare count stays in the Arabic', text: '3 ادعاءات و١٢ خطأ', expected: [{text: '3 ادعاءات و١٢ خطأ', ltr: false}]},
  ])('$name', ({text, expected}) => {
    expect(splitLatinRuns(text)).toEqual(expected)
  })
})

describe('isolateArabicMessage', () => {
  test.each([
    {text: 'الادعاء غير معتمد [claim-unapproved]', expected: '‹rtl›الادعاء غير معتمد ‹ltr›[claim-‹wj›unapproved]‹/›‹/›'},
    {text: 'انتهى الاعتماد في 2026-11-23. [claim-expired]', expected: '‹rtl›انتهى الاعتماد في ‹ltr›2026-‹wj›11-‹wj›23‹/›. ‹ltr›[claim-‹wj›expired]‹/›‹/›'},
    // Each hyphen of a long rule id, so the panel moves it to the next line whole.
    {text: 'المراجِع غير مرخّص في دولة العيادة [claim-approver-licence-jurisdiction]', expected: '‹rtl›المراجِع غير مرخّص في دولة العيادة ‹ltr›[claim-‹wj›approver-‹wj›licence-‹wj›jurisdiction]‹/›‹/›'},
    // Arabic prose keeps its own line breaks: «ذاتي-التطبيق» is not an identifier.
    {text: 'علاج ذاتي-التطبيق [banned-claim]', expected: '‹rtl›علاج ذاتي-التطبيق ‹ltr›[banned-‹wj›claim]‹/›‹/›'},
    {text: 'حقن البلازما الغنية بالصفائح (PRP) قد تزيد', expected: '‹rtl›حقن البلازما الغنية بالصفائح (‹ltr›PRP‹/›) قد تزيد‹/›'},
  ])('$text', ({text, expected}) => {
    const isolated = isolateArabicMessage(text)
    expect(spelled(isolated)).toBe(expected)
    expect(withoutIsolates(isolated)).toBe(text)
  })
})

describe('ArabicMessage', () => {
  const render = (lines: readonly string[]): string =>
    renderToStaticMarkup(createElement(ThemeProvider, {theme: studioTheme}, createElement(ArabicMessage, {lines})))

  /** The container's dir/lang, then each Text's content with its bdi isolates kept. */
  const shape = (html: string) => ({
    container: html.match(/^<div[^>]* dir="(\w+)"[^>]* lang="(\w+)"/)?.slice(1),
    texts: [...html.matchAll(/<div[^>]*data-ui="Text"[^>]*><span>(.*?)<\/span><\/div>/g)].map((match) => match[1]),
  })

  const bdi = (identifier: string) => `<bdi dir="ltr" style="display:inline-block;max-width:100%;overflow-wrap:anywhere">${identifier}</bdi>`

  test('one Text per line, right-to-left Arabic, identifiers isolated left-to-right', () => {
    expect(shape(render(['لا يُنشر المقال لأن فحوص النشر تحجبه:', '• انتهى اعتماد «claim.a» في 2026-11-23. [claim-expired]']))).toEqual({
      container: ['rtl', 'ar'],
      texts: [
        'لا يُنشر المقال لأن فحوص النشر تحجبه:',
        `• انتهى اعتماد «${bdi('claim.a')}» في ${bdi('2026-11-23')}. ${bdi('[claim-expired]')}`,
      ],
    })
  })

  test('an identifier is laid out as one unit no wider than the line: whole unless it cannot fit at all', () => {
    expect(shape(render(['لا يُنشر المقال لأن اعتماد «claim-mesotherapy-hair-loss-2026» انتهى.'])).texts).toEqual([
      'لا يُنشر المقال لأن اعتماد «<bdi dir="ltr" style="display:inline-block;max-width:100%;overflow-wrap:anywhere">claim-mesotherapy-hair-loss-2026</bdi>» انتهى.',
    ])
  })
})
