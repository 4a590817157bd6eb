// A disclaimer that fails the content model may be the one in force: the gate then cannot say which
// disclaimer a clinic's pages must show, and holds the clinic's release back rather than fall back to
// the previous year's text (and tell writers to add that one).
import {readlink} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {InvalidDisclaimer} from '../../src/content/parseDocuments.ts'
import {disclaimerInForceUnknown} from '../../src/gate/disclaimerInForceUnknown.ts'
import {egPreset} from '../../src/presets/eg.ts'
import {presetFor} from '../../src/presets/index.ts'
import {buildDataset, copyBundledDataset, loadDataset, removedAfterEach, tempDir, BUNDLED_DATASET} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

describe('disclaimer-missing when the disclaimer in force is unknown', async () => {
  const {graph} = await loadDataset(BUNDLED_DATASET)
  const cairo = graph.clinics.get('clinic.nour-cairo')!
  const today = '2026-11-21'
  // With eg-2026 valid, in force since 2026-01-01, beside it.
  it.each<[name: string, invalid: InvalidDisclaimer, concerned: boolean]>([
    ['its date unreadable', {id: 'disclaimer.eg-new', jurisdiction: 'EG'}, true],
    ['in force after the valid one', {id: 'disclaimer.eg-new', jurisdiction: 'EG', effectiveDate: '2026-06-01'}, true],
    ['in force from the same day', {id: 'disclaimer.eg-new', jurisdiction: 'EG', effectiveDate: '2026-01-01'}, true],
    ['its country unreadable', {id: 'disclaimer.eg-new', effectiveDate: '2026-06-01'}, true],
    ['not in force yet', {id: 'disclaimer.eg-new', jurisdiction: 'EG', effectiveDate: '2026-12-01'}, false],
    ['replaced by the valid one', {id: 'disclaimer.eg-old', jurisdiction: 'EG', effectiveDate: '2025-06-01'}, false],
    ['of another country', {id: 'disclaimer.sa-new', jurisdiction: 'SA'}, false],
  ])('an invalid disclaimer %s', (_, invalid, concerned) => {
    const findings = disclaimerInForceUnknown(cairo, graph, [invalid], today, egPreset)
    expect(findings.map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(concerned ? [`disclaimer-missing error ${invalid.id} `] : [])
  })

  // currentDisclaimer picks between two disclaimers in force from the same day by id alone.
  it.each<[name: string, copy: {jurisdiction: string; effectiveDate: string}, reported: string[]]>([
    ['in force from the same day as the one in force', {jurisdiction: 'EG', effectiveDate: '2026-01-01'}, ['disclaimer.eg-2026', 'disclaimer.eg-2026b']],
    ['in force from a later day', {jurisdiction: 'EG', effectiveDate: '2026-06-01'}, []],
    ['from the same day as one it replaced', {jurisdiction: 'EG', effectiveDate: '2025-01-01'}, []],
    ['from the same day in another country', {jurisdiction: 'SA', effectiveDate: '2026-01-01'}, []],
  ])('a second valid disclaimer %s', (_, copy, reported) => {
    const eg2026 = graph.disclaimers.get('disclaimer.eg-2026')!
    const second = {...eg2026, ...copy, _id: 'disclaimer.eg-2026b', version: '2026.2'} as typeof eg2026
    const withSecond = {...graph, disclaimers: new Map([...graph.disclaimers, [second._id, second]])}
    const findings = disclaimerInForceUnknown(cairo, withSecond, [], today, egPreset)
    expect(findings.map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(reported.map((id) => `disclaimer-missing error ${id} effectiveDate`))
    if (reported.length > 0) {
      expect(findings[0]!.message).toBe(
        'إخلاء المسؤولية الطبية «إخلاء المسؤولية الطبية — مصر (2026)» (disclaimer.eg-2026، الإصدار 2026.1) يسري في مصر منذ ١ يناير ٢٠٢٦، وهو اليوم نفسه الذي يسري منه «إخلاء المسؤولية الطبية — مصر (2026)» (disclaimer.eg-2026b، الإصدار 2026.2). لا يُعرف إذن أيهما الساري الذي يجب أن تعرضه صفحات العيادة، فلا يُنشر لها إصدار جديد ويبقى موقعها المنشور كما كان. يُصحَّح «تاريخ السريان» لأحدهما، أو يُحذف المكرَّر، ثم يُعاد النشر.',
      )
    }
  })

  // The day as the clinic's country writes it: Arabic-Indic digits in Egypt and Saudi Arabia, Latin in the Emirates.
  it.each([
    {clinicId: 'clinic.nour-cairo', id: 'disclaimer.eg-2026', country: 'مصر', since: '١ يناير ٢٠٢٦'},
    {clinicId: 'clinic.rawda-riyadh', id: 'disclaimer.sa-2026', country: 'السعودية', since: '١ يناير ٢٠٢٦'},
    {clinicId: 'clinic.lulu-dubai', id: 'disclaimer.ae-2026', country: 'الإمارات', since: '1 يناير 2026'},
  ])('two disclaimers in force from the same day, as $clinicId writes the day', ({clinicId, id, country, since}) => {
    const inForce = graph.disclaimers.get(id)!
    const second = {...inForce, _id: `${id}b`, version: '2026.2'}
    const withSecond = {...graph, disclaimers: new Map([...graph.disclaimers, [second._id, second]])}
    const clinic = graph.clinics.get(clinicId)!
    expect(disclaimerInForceUnknown(clinic, withSecond, [], today, presetFor(clinic.jurisdiction))[0]!.message).toBe(
      `إخلاء المسؤولية الطبية «${inForce.title}» (${id}، الإصدار 2026.1) يسري في ${country} منذ ${since}، وهو اليوم نفسه الذي يسري منه «${inForce.title}» (${id}b، الإصدار 2026.2). لا يُعرف إذن أيهما الساري الذي يجب أن تعرضه صفحات العيادة، فلا يُنشر لها إصدار جديد ويبقى موقعها المنشور كما كان. يُصحَّح «تاريخ السريان» لأحدهما، أو يُحذف المكرَّر، ثم يُعاد النشر.`,
    )
  })

  it('holds back only the clinics of its country; their live sites stay', async () => {
    const dataset = await copyBundledDataset()
    const edited = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'disclaimer.eg-2026' ? {...document, effectiveDate: '٢٠٢٦-٠١-٠١'} : document)),
    )
    const outDir = await tempDir('sanad-disclaimer-unknown-')
    cleanup(dataset, edited, outDir)
    await buildDataset(dataset, outDir)
    const liveCairo = await readlink(join(outDir, 'nour-cairo'))
    const liveRiyadh = await readlink(join(outDir, 'rawda-riyadh'))
    const report = await buildDataset(edited, outDir)
    const cairoReport = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairoReport.clinicFindings.map(({ruleId, documentId}) => `${ruleId} ${documentId}`)).toEqual(['disclaimer-missing disclaimer.eg-2026'])
    expect(cairoReport.clinicFindings[0]!.message).toBe(
      'إخلاء المسؤولية الطبية disclaimer.eg-2026 لا يطابق نموذج المحتوى (انظر خطأ schema-invalid عليه)، وقد يكون هو الساري الآن في مصر: تاريخ سريانه غير مقروء، بعد «إخلاء المسؤولية الطبية — مصر (2025)» (disclaimer.eg-2025). لا يُعرف إذن أي إخلاء مسؤولية يجب أن تعرضه صفحات العيادة، فلا يُنشر لها إصدار جديد ويبقى موقعها المنشور كما كان. يُصحَّح المستند ويُعاد نشره.',
    )
    expect(cairoReport.published).toEqual([])
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(liveCairo)
    const riyadh = report.clinics.find((clinic) => clinic.slug === 'rawda-riyadh')!
    expect(riyadh.clinicFindings).toEqual([])
    // Its article, which also holds Egypt's disclaimer block, still publishes in Riyadh.
    expect(riyadh.published.map((article) => article.articleId)).toEqual(['article.meso-realistic'])
    expect(await readlink(join(outDir, 'rawda-riyadh'))).not.toBe(liveRiyadh)
  })
})
