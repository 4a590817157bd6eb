// Latin words outside an article's content (its title, the clinic's and procedures' names, the list
// items of the home and procedure pages) are marked English on every page, as in the content
// (latinRunsInTree.ts); the head and attributes, which cannot hold a span, keep them as typed.
import {describe, expect, it} from 'vitest'
import {renderArticlePage, renderIndexPage, renderProcedurePage} from '../../src/render/index.ts'
import {asText} from '../support/textFile.ts'
import {articleOf, graphOf, rawDocuments, siteInput} from './fixtures.ts'

const EN = (text: string) => `<span lang="en" dir="ltr">${text}</span>`

// Tashkeel and a digit in the title, a registered sign, a Latin name in brackets.
const RENAMED: Record<string, Record<string, unknown>> = {
  'clinic.nour-cairo': {name: 'عيادة نور Skin Care'},
  'article.meso': {title: 'حِقَنُ PRP للشعر: 3 جلسات', excerpt: 'جلسات PRP كل 4 أسابيع.'},
  'article.prp': {title: 'Botox® أم الفيلر؟'},
  'procedure.meso': {name: 'الميزوثيرابي (Mesotherapy)'},
}

const input = siteInput('clinic.nour-cairo', {
  graph: graphOf(rawDocuments().map((raw) => ({...(raw as object), ...RENAMED[(raw as {_id: string})._id]}))),
})
const articlePage = asText(renderArticlePage(input, articleOf(input))).contents
const homePage = asText(renderIndexPage(input)).contents
const procedurePage = asText(renderProcedurePage(input, input.graph.procedures.get('procedure.meso')!)).contents

describe('Latin words outside the article content', () => {
  it.each([
    ['the clinic name in the header', articlePage, `<span class="brand-name">عيادة نور ${EN('Skin Care')}</span>`],
    ['the clinic name in the footer', articlePage, `<p><strong>عيادة نور ${EN('Skin Care')}</strong></p>`],
    ['the article title', articlePage, `<h1>حِقَنُ ${EN('PRP')} للشعر: ٣ جلسات</h1>`],
    ['the procedures the article is about', articlePage, `<a href="/procedures/mesotherapy/">الميزوثيرابي (${EN('Mesotherapy')})</a>`],
    ['a related article', articlePage, `<li><a href="/articles/prp-hair/">${EN('Botox®')} أم الفيلر؟</a></li>`],
    ['the home page heading', homePage, `<h1>عيادة نور ${EN('Skin Care')}</h1>`],
    [
      'an article item of the home page',
      homePage,
      `<li><h3><a href="/articles/mesotherapy-realistic/">حِقَنُ ${EN('PRP')} للشعر: ٣ جلسات</a></h3><p class="excerpt">جلسات ${EN('PRP')} كل ٤ أسابيع.</p>`,
    ],
    ['another article item of the home page', homePage, `<li><h3><a href="/articles/prp-hair/">${EN('Botox®')} أم الفيلر؟</a></h3>`],
    ['a procedure item of the home page', homePage, `<li><h3><a href="/procedures/mesotherapy/">الميزوثيرابي (${EN('Mesotherapy')})</a></h3>`],
    ['the procedure page heading', procedurePage, `<h1>الميزوثيرابي (${EN('Mesotherapy')})</h1>`],
    [
      'the articles about a procedure',
      procedurePage,
      `<h2>مقالات عن الميزوثيرابي (${EN('Mesotherapy')})</h2><ul><li><a href="/articles/mesotherapy-realistic/">حِقَنُ ${EN('PRP')} للشعر: ٣ جلسات</a></li>`,
    ],
  ])('marks %s', (_, page, html) => {
    expect(page).toContain(html)
  })

  it.each([
    ['the page title', articlePage, '<title>حِقَنُ PRP للشعر: ٣ جلسات | عيادة نور Skin Care</title>'],
    ['the description', homePage, '<meta name="description" content="مقالات طبية مراجَعة من عيادة نور Skin Care">'],
    ['the Open Graph title', procedurePage, '<meta property="og:title" content="الميزوثيرابي (Mesotherapy)">'],
  ])('leaves %s as typed', (_, page, html) => {
    expect(page).toContain(html)
  })
})
