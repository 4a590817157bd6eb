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
  const inRisks = (id: string) => (documents: RawDocument[]) =>
    documents.map((document) =>
      document._id === 'procedure.topical-minoxidil'
        ? {...document, risks: (document.risks as {risk: {_ref: string}}[]).map((entry) => (entry.risk._ref === 'risk.scalp-irritation' ? {...entry, risk: {...entry.risk, _ref: id}} : entry))}
        : document,
    )
  it.each<[name: string, edit: (documents: RawDocument[]) => RawDocument[], id: string, why: string, fix: string]>([
    [
      'deleted',
      (documents) => documents.filter((document) => document._id !== 'risk.scalp-irritation'),
      'risk.scalp-irritation',
      'الربط في «المخاطر» يشير إلى risk.scalp-irritation وهو غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد).',
      'انشر المستند المشار إليه، أو اختر مستندًا آخر، أو احذف الربط.',
    ],
    [
      'invalid (a name of spaces)',
      (documents) => documents.map((document) => (document._id === 'risk.scalp-irritation' ? {...document, name: '  '} : document)),
      'risk.scalp-irritation',
      'الربط في «المخاطر» يشير إلى risk.scalp-irritation، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه).',
      'أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.',
    ],
    // The document is there, as a contraindication: «deleted or not published» would be untrue.
    [
      'of another type',
      inRisks('contraindication.minoxidil-allergy'),
      'contraindication.minoxidil-allergy',
      'الربط في «المخاطر» يشير إلى contraindication.minoxidil-allergy وهو مستند من نوع «مانع استخدام» والمتوقع «خطر / أثر جانبي».',
      'اختر مستندًا من النوع الصحيح.',
    ],
    // Written by an import: publishing the risk would leave the entry on the draft's id.
    [
      'an unpublished copy\'s id',
      inRisks('drafts.risk.scalp-irritation'),
      'drafts.risk.scalp-irritation',
      'الربط في «المخاطر» يشير إلى drafts.risk.scalp-irritation، وهو معرّف نسخة غير منشورة (مسودة أو نسخة إصدار)، والمواقع لا تُبنى إلا من المستندات المنشورة.',
      'اجعل الربط يشير إلى المستند المنشور risk.scalp-irritation (انشره أولًا إن لم يُنشر)، لا إلى نسخته غير المنشورة؛ فهذا الربط كُتب من خارج الاستوديو (استيراد أو نص برمجي).',
    ],
  ])('%s: blocks its page and the article showing it; other articles publish', async (_, edit, id, why, fix) => {
    const {outDir, report} = await builtWith(edit)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    const routine = cairo.blocked.find((article) => article.articleId === 'article.hair-home-routine')!
    const broken = routine.findings.filter((finding) => finding.ruleId === 'reference-broken')
    expect(broken.map(({severity, documentId, path}) => `${severity} ${documentId} ${path}`)).toEqual([expect.stringMatching(/^error procedure\.topical-minoxidil risks\[_key=="[^"]+"\]\.risk$/)])
    expect(broken[0]!.message).toBe(
      `في الإجراء «المينوكسيديل الموضعي»: ${why} لو نُشرت صفحته لغاب عنها ذلك دون أن يعلم القارئ أن شيئًا ينقصها، فلا تُنشر صفحة الإجراء ولا المقالات التي تعرض مخاطره. ${fix}`,
    )
    expect(broken[0]!.message).toContain(id)
    expect(cairo.blockedProcedures.map((procedure) => procedure.procedureId)).toEqual(['procedure.topical-minoxidil'])
    // The procedure page's own finding says the same of the risk as the article's does.
    expect(cairo.blockedProcedures[0]!.findings.filter((finding) => finding.ruleId === 'reference-broken').map((finding) => finding.message)).toEqual([broken[0]!.message])
    expect(cairo.published.map((article) => article.articleId)).toEqual(['article.meso-realistic'])
    const files = Object.keys(await siteFiles(`${outDir}/nour-cairo`))
    expect(files.filter((path) => path.includes('topical-minoxidil') || path.includes('hair-home-routine'))).toEqual([])
  })
})
