// attributionNotice: the line a republished copy prints, with every inserted value a bidi isolate
// and the review date in the clinic's locale. The controls are spelled out so the expected strings
// show where they are; test/browser/attributionNotice.test.ts checks what Chromium makes of them.
import {describe, expect, it} from 'vitest'
import {articleAttribution, articleSummary} from '../../src/delivery/articleApi.ts'
import {attributionNotice, type NoticeFacts} from '../../src/delivery/attributionNotice.ts'
import {graphOf, rawDocuments, siteInput} from '../render/fixtures.ts'

const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069']
const URL = 'https://nour-cairo.example/articles/hair-home-routine/'

const facts = (extra: Partial<NoticeFacts> = {}): NoticeFacts => ({
  clinicName: 'عيادة نور للجلدية والتجميل',
  url: URL,
  reviewerName: 'د. هالة عبد الرحمن',
  lastReviewed: '2026-10-01',
  locale: 'ar-EG',
  ...extra,
})

describe('attributionNotice', () => {
  it.each<[name: string, facts: NoticeFacts, notice: string]>([
    [
      'an Egyptian clinic: Arabic-Indic digits, as its pages show dates',
      facts(),
      `${RLI}المصدر: ${FSI}عيادة نور للجلدية والتجميل${PDI} (${LRI}${URL}${PDI})؛ المراجعة الطبية: ${FSI}د. هالة عبد الرحمن${PDI}، بتاريخ ${FSI}١ أكتوبر ٢٠٢٦${PDI}.${PDI}`,
    ],
    [
      'a clinic in the Emirates: Latin digits, as CLDR writes ar-AE dates',
      facts({clinicName: 'عيادة لؤلؤ', url: 'https://lulu-dubai.example/articles/x/', locale: 'ar-AE'}),
      `${RLI}المصدر: ${FSI}عيادة لؤلؤ${PDI} (${LRI}https://lulu-dubai.example/articles/x/${PDI})؛ المراجعة الطبية: ${FSI}د. هالة عبد الرحمن${PDI}، بتاريخ ${FSI}1 أكتوبر 2026${PDI}.${PDI}`,
    ],
    [
      'a clinic with no domain yet: its root-relative address would point into the copying site, so none is given',
      facts({url: undefined}),
      `${RLI}المصدر: ${FSI}عيادة نور للجلدية والتجميل${PDI}؛ المراجعة الطبية: ${FSI}د. هالة عبد الرحمن${PDI}، بتاريخ ${FSI}١ أكتوبر ٢٠٢٦${PDI}.${PDI}`,
    ],
    [
      'no review date yet',
      facts({lastReviewed: undefined}),
      `${RLI}المصدر: ${FSI}عيادة نور للجلدية والتجميل${PDI} (${LRI}${URL}${PDI})؛ المراجعة الطبية: ${FSI}د. هالة عبد الرحمن${PDI}.${PDI}`,
    ],
    [
      'a stray PDI and an override pasted into the names are dropped, an RLM kept',
      facts({clinicName: `عيادة نور${PDI}`, reviewerName: 'د. هالة\u202e عبد الرحمن\u200f'}),
      `${RLI}المصدر: ${FSI}عيادة نور${PDI} (${LRI}${URL}${PDI})؛ المراجعة الطبية: ${FSI}د. هالة عبد الرحمن\u200f${PDI}، بتاريخ ${FSI}١ أكتوبر ٢٠٢٦${PDI}.${PDI}`,
    ],
    [
      'a Latin clinic name and a reviewer name with diacritics',
      facts({clinicName: 'Nour Derma Clinic', reviewerName: 'د. هَالة عبدُ الرَّحمن'}),
      `${RLI}المصدر: ${FSI}Nour Derma Clinic${PDI} (${LRI}${URL}${PDI})؛ المراجعة الطبية: ${FSI}د. هَالة عبدُ الرَّحمن${PDI}، بتاريخ ${FSI}١ أكتوبر ٢٠٢٦${PDI}.${PDI}`,
    ],
  ])('%s', (_, input, notice) => {
    expect(attributionNotice(input)).toBe(notice)
  })

  // An isolate left open would swallow the host page's text after the notice.
  it.each([facts(), facts({lastReviewed: undefined}), facts({url: undefined}), facts({clinicName: `نور${PDI}${PDI}`, reviewerName: `${FSI}هالة`})])('closes every isolate it opens, innermost first (%#)', (input) => {
    const depths = [...attributionNotice(input)].flatMap((character) => (character === PDI ? [-1] : [LRI, RLI, FSI].includes(character) ? [1] : []))
    const running = depths.map((_, index) => depths.slice(0, index + 1).reduce((sum, step) => sum + step, 0))
    expect(Math.min(...running)).toBe(0)
    expect(running.at(-1)).toBe(0)
  })
})

// Through the article API: a clinic with no domain yet gets a notice without an address.
describe('articleAttribution', () => {
  const noticeFor = (clinicId: string, raws: unknown[]) => {
    const site = siteInput(clinicId, {graph: graphOf(raws)})
    const article = site.graph.articles.get('article.meso')!
    return articleAttribution(site, article, articleSummary(site, article)).notice
  }
  const withDomain = (domain: string | undefined) =>
    rawDocuments().map((raw) => ((raw as {_id: string})._id === 'clinic.rawda-riyadh' ? {...(raw as object), domain} : raw))

  it.each([
    ['no domain: no address', undefined, false],
    ['a domain: its absolute address', 'rawda.example', true],
  ])('%s', (_, domain, hasAddress) => {
    const notice = noticeFor('clinic.rawda-riyadh', withDomain(domain))
    expect(notice.includes(`(${LRI}https://rawda.example/articles/`)).toBe(hasAddress)
    expect(notice.includes('/articles/')).toBe(hasAddress)
  })
})
