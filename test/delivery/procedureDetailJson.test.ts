// A procedure's API document is assembled from per-article link bytes cached across builds; it must be
// byte for byte what serialising the whole document gives, before and after an article is edited.
import {describe, expect, it} from 'vitest'
import {procedureDetail, procedureDetailJson} from '../../src/delivery/procedureApi.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {articlesAbout} from '../../src/render/lib/siteContents.ts'
import {siteInput} from '../render/fixtures.ts'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)
const expectSerialised = (site: RenderSiteInput, procedureId: string) => {
  const procedure = site.graph.procedures.get(procedureId)!
  const articles = articlesAbout(site, procedure)
  expect(text(procedureDetailJson(site, procedure, articles))).toBe(`${JSON.stringify(procedureDetail(site, procedure, articles), null, 2)}\n`)
  return articles
}

describe('procedureDetailJson', () => {
  it('equals the serialised document, with articles and without', () => {
    expect(expectSerialised(siteInput(), 'procedure.meso').length).toBeGreaterThan(0)
    expect(expectSerialised(siteInput('clinic.nour-cairo', {published: new Set()}), 'procedure.meso')).toEqual([])
  })

  it('follows an edited title, "$" patterns and Arabic marks included, in every clinic', () => {
    const base = siteInput()
    expectSerialised(base, 'procedure.meso')
    const article = base.graph.articles.get('article.meso')!
    const graph = {...base.graph, articles: new Map(base.graph.articles).set(article._id, {...article, title: "الميزوثيرابي ـ مُحدَّث $& $1 \u200F"})}
    expectSerialised({...base, graph}, 'procedure.meso')
    expect(text(procedureDetailJson({...base, graph}, graph.procedures.get('procedure.meso')!, articlesAbout({...base, graph}, graph.procedures.get('procedure.meso')!)))).toContain('مُحدَّث $& $1')
    for (const clinicId of ['clinic.lulu-dubai', 'clinic.rawda-riyadh']) expectSerialised(siteInput(clinicId, {graph}), 'procedure.meso')
  })
})
