// Open Graph tags in the head of every page a link to may be shared from (openGraph.ts): what a link
// preview in WhatsApp or Facebook shows, in the text's own locale and the clinic's digits. None on
// pages kept out of search (404, search) or without a domain, where no address is absolute.
import {describe, expect, it} from 'vitest'
import {renderArticlePage, renderIndexPage, renderNotFoundPage, renderProcedurePage, renderSearchPage} from '../../src/render/index.ts'
import {asText} from '../support/textFile.ts'
import {articleOf, graphOf, mesoArticle, rawDocuments, siteInput} from './fixtures.ts'

/** The page's og: properties, in order, with their content. */
const openGraphOf = (html: string): [string, string][] =>
  [...html.slice(0, html.indexOf('</head>')).matchAll(/<meta property="(og:[^"]+)" content="([^"]*)">/g)].map(([, property, content]) => [property!, content!])

const withHeroAlt = (alt: string) =>
  graphOf(rawDocuments().map((raw) => ((raw as {_id: string})._id === 'article.meso' ? {...mesoArticle, heroImage: {...mesoArticle.heroImage, alt}} : raw)))

const articlePage = (clinicId: string) => {
  const site = siteInput(clinicId, {graph: withHeroAlt('فروة الرأس بعد 3–6 جلسات')})
  return renderArticlePage(site, articleOf(site)).contents
}

describe('Open Graph', () => {
  it.each([
    ['clinic.nour-cairo', 'https://nour.example', 'عيادة نور', 'فروة الرأس بعد ٣–٦ جلسات'],
    ['clinic.lulu-dubai', 'https://lulu.example', 'عيادة لؤلؤ', 'فروة الرأس بعد 3–6 جلسات'],
  ])('an article page on %s: the article, in its own variety (ar_EG), its absolute hero image', (clinicId, origin, clinicName, alt) => {
    expect(openGraphOf(articlePage(clinicId))).toEqual([
      ['og:type', 'article'],
      ['og:site_name', clinicName],
      ['og:title', 'الميزوثيرابي للشعر والبشرة: نتائج واقعية'],
      ['og:description', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
      ['og:url', `${origin}/articles/mesotherapy-realistic/`],
      ['og:locale', 'ar_EG'],
      ['og:image', `${origin}/images/meso-hero.jpg`],
      ['og:image:alt', alt],
    ])
  })

  it('the home page and a procedure page: a website in the clinic’s locale', () => {
    const site = siteInput('clinic.lulu-dubai')
    expect(openGraphOf(asText(renderIndexPage(site)).contents)).toEqual([
      ['og:type', 'website'],
      ['og:site_name', 'عيادة لؤلؤ'],
      ['og:title', 'عيادة لؤلؤ'],
      ['og:description', 'مقالات طبية مراجَعة من عيادة لؤلؤ'],
      ['og:url', 'https://lulu.example/'],
      ['og:locale', 'ar_AE'],
    ])
    const procedure = asText(renderProcedurePage(siteInput(), siteInput().graph.procedures.get('procedure.meso')!)).contents
    expect(openGraphOf(procedure)).toEqual([
      ['og:type', 'website'],
      ['og:site_name', 'عيادة نور'],
      ['og:title', 'الميزوثيرابي'],
      ['og:description', 'حقن سطحي لمكوّنات خفيفة داخل الأدمة لتحفيز منطقة محدّدة.'],
      ['og:url', 'https://nour.example/procedures/mesotherapy/'],
      ['og:locale', 'ar_EG'],
    ])
  })

  it.each([
    ['the 404 page', renderNotFoundPage(siteInput()).contents],
    ['the search page', renderSearchPage(siteInput()).contents],
    ['an article page of a clinic without a domain', articlePage('clinic.rawda-riyadh')],
  ])('none on %s', (_, html) => {
    expect(openGraphOf(html)).toEqual([])
  })
})
