// A risk or contraindication a procedure lists that is missing or invalid would be left off its page
// and off every article showing its safety section, and a patient could not tell: reference-broken,
// at the procedure's entry, on the procedure's page and on those articles.
import {describe, expect, it} from 'vitest'
import {buildDataset, copyBundledDataset, removedAfterEach, siteFiles, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

const builtWith = async (edit: (documents: RawDocument[]) => RawDocument[]) => {
  const dataset = await copyBundledDataset(edit)
  const outDir = await tempDir('sanad-safety-references-')
  cleanup(dataset, outDir)
  return {outDir, report: await buildDataset(dataset, outDir)}
}

describe('a procedure listing a risk that is not there', () => {
  it.each<[name: string, edit: (documents: RawDocument[]) => RawDocument[], state: string]>([
    ['deleted', (documents) => documents.filter((document) => document._id !== 'risk.scalp-irritation'), 'غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد)'],
    ['invalid (a name of spaces)', (documents) => documents.map((document) => (document._id === 'risk.scalp-irritation' ? {...document, name: '  '} : document)), 'منشور لكنه لا يطابق نموذج المحتوى'],
  ])('%s: blocks its page and the article showing it; other articles publish', async (_, edit, state) => {
    const {outDir, report} = await builtWith(edit)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    const routine = cairo.blocked.find((article) => article.articleId === 'article.hair-home-routine')!
    const broken = routine.findings.filter((finding) => finding.ruleId === 'reference-broken')
    expect(broken.map(({severity, documentId, path}) => `${severity} ${documentId} ${path}`)).toEqual([expect.stringMatching(/^error procedure\.topical-minoxidil risks\[_key=="[^"]+"\]\.risk$/)])
    expect(broken[0]!.message).toContain(`«المخاطر» في الإجراء «المينوكسيديل الموضعي» تضم risk.scalp-irritation، وهو ${state}`)
    expect(cairo.blockedProcedures.map((procedure) => procedure.procedureId)).toEqual(['procedure.topical-minoxidil'])
    // The procedure page's own finding says the same of the risk as the article's does.
    expect(cairo.blockedProcedures[0]!.findings.filter((finding) => finding.ruleId === 'reference-broken').map((finding) => finding.message)).toEqual([broken[0]!.message])
    expect(cairo.published.map((article) => article.articleId)).toEqual(['article.meso-realistic'])
    const files = Object.keys(await siteFiles(`${outDir}/nour-cairo`))
    expect(files.filter((path) => path.includes('topical-minoxidil') || path.includes('hair-home-routine'))).toEqual([])
  })
})
