// A clinic's own texts are on every page of its site: an error in them holds back its whole new
// release (its previous site stays live) and the reports say why per field; a warning is reported
// and the site publishes; other clinics publish as usual.
import {readFile, readlink} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {hasErrors} from '../../src/report/buildReport.ts'
import {formatJsonReport} from '../../src/report/formatJson.ts'
import {formatTextReport} from '../../src/report/formatText.ts'
import {renderReportPage} from '../../src/report/reportPage.ts'
import {buildDataset, copyBundledDataset, removedAfterEach, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

const ARTICLE = 'articles/mesotherapy-hair-skin-realistic-results/index.html'
const BANNED_NAME = 'عيادة النتائج المضمونة'
const BANNED_MESSAGE = '«النتائج المضمونة»: وعد بنتائج مضمونة. لا يمكن لأحد أن يضمن نتيجة إجراء طبي أو تجميلي، فالاستجابة تختلف من شخص لآخر؛ وعد الضمان أو النتيجة الفورية أو «100%» ادعاء تسويقي محظور. اقتراح: تختلف النتائج من شخص لآخر، ويناقش الطبيب معك التوقعات الواقعية قبل البدء.'

const editCairo = (edit: (clinic: RawDocument) => RawDocument) => (documents: RawDocument[]) =>
  documents.map((document) => (document._id === 'clinic.nour-cairo' ? edit(document) : document))

/** The bundled dataset published once, then built again from a copy with the clinic edited. */
const builtAgainWith = async (edit: (clinic: RawDocument) => RawDocument) => {
  const dataset = await copyBundledDataset()
  const edited = await copyBundledDataset(editCairo(edit))
  const outDir = await tempDir('sanad-clinic-texts-')
  cleanup(dataset, edited, outDir)
  await buildDataset(dataset, outDir)
  const live = {cairo: await readlink(join(outDir, 'nour-cairo')), riyadh: await readlink(join(outDir, 'rawda-riyadh'))}
  const report = await buildDataset(edited, outDir)
  return {outDir, live, report}
}

describe('a clinic whose own texts fail the gate', () => {
  it('gets no new release, keeps its previous site, and the reports say why; the other clinics publish', async () => {
    const {outDir, live, report} = await builtAgainWith((clinic) => ({...clinic, name: BANNED_NAME}))
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.clinicFindings.map(({ruleId, severity, documentId, path, location}) => [ruleId, severity, documentId, path, location])).toEqual([
      ['banned-claim', 'error', 'clinic.nour-cairo', 'name', `في «${BANNED_NAME}» (عيادة)، الحقل «الاسم»`],
    ])
    expect(cairo.published).toEqual([])
    expect(cairo.unpublished!.map((article) => article.articleId).sort()).toEqual(['article.hair-home-routine', 'article.meso-realistic'])
    expect(cairo.previousSiteLive).toBe(true)
    expect(cairo.release).toBeUndefined()
    expect(cairo.failure).toBeUndefined()
    expect(hasErrors(report)).toBe(true)
    // Nothing written: the live release is the one before, its pages without the new name.
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(live.cairo)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).not.toContain(BANNED_NAME)
    const riyadh = report.clinics.find((clinic) => clinic.slug === 'rawda-riyadh')!
    expect(riyadh.release).toBeDefined()
    expect(riyadh.published.length).toBeGreaterThan(0)
    expect(riyadh.clinicFindings).toEqual([])
    expect(await readlink(join(outDir, 'rawda-riyadh'))).not.toBe(live.riyadh)

    const text = formatTextReport(report, {mode: 'build'})
    expect(text).toContain(
      [
        '  ✗ لم يُنشر إصدار جديد، وبقي الموقع السابق كما هو: في نصوص العيادة التي تظهر في كل صفحة من موقعها، أو في عناوين صفحاته، خطأ يمنع النشر؛ أصلحه في المستند والحقل المذكورين ثم أعد البناء:',
        `    خطأ [banned-claim] ${BANNED_MESSAGE}`,
        `      في «${BANNED_NAME}» (عيادة)، الحقل «الاسم»`,
        '      clinic.nour-cairo › name  (docs/rules/banned-claim.md)',
      ].join('\n'),
    )
    expect(text).toContain('  ◌ الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)  (article.meso-realistic): اجتاز الفحص ولا يصل إلى الموقع ما دام في نصوص العيادة أو عناوين موقعها خطأ')

    const json = JSON.parse(formatJsonReport(report)).clinics.find((clinic: {slug: string}) => clinic.slug === 'nour-cairo')
    expect(json.clinicFindings).toEqual([{ruleId: 'banned-claim', severity: 'error', message: BANNED_MESSAGE, documentId: 'clinic.nour-cairo', path: 'name', url: 'docs/rules/banned-claim.md'}])
    expect(json.published).toEqual([])
    expect(json.previousSiteLive).toBe(true)
    expect(json.unpublished).toHaveLength(2)
    expect(json).not.toHaveProperty('failure')

    const page = renderReportPage(report)
    expect(page).toContain('<p class="error">لم يُنشر إصدار جديد، وبقي الموقع السابق كما هو: في نصوص العيادة التي تظهر في كل صفحة من موقعها، أو في عناوين صفحاته، خطأ يمنع النشر؛ أصلحه في المستند والحقل المذكورين ثم أعد البناء.</p>')
    expect(page).toContain('<h3>نصوص العيادة في كل صفحة وعناوين موقعها (1)</h3>')
    expect(page).toContain(`<div class="where"><bdi>في «${BANNED_NAME}» (عيادة)، الحقل «الاسم»</bdi></div>`)
  })

  it('with an override in its address and no previous site, publishes nothing and says it has none', async () => {
    const dataset = await copyBundledDataset(editCairo((clinic) => ({...clinic, contact: {...(clinic.contact as object), address: '\u202E١٢\u202C شارع المثال، مصر الجديدة'}})))
    const outDir = await tempDir('sanad-clinic-texts-')
    cleanup(dataset, outDir)
    const report = await buildDataset(dataset, outDir)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.clinicFindings.map(({ruleId, severity, path, location}) => [ruleId, severity, path, location])).toEqual([
      ['bidi-control', 'error', 'contact.address', 'في «عيادة نور للجلدية والتجميل» (عيادة)، الحقل «التواصل › العنوان»'],
    ])
    expect(cairo.previousSiteLive).toBe(false)
    await expect(readlink(join(outDir, 'nour-cairo'))).rejects.toThrow()
    const text = formatTextReport(report, {mode: 'build'})
    expect(text).toContain('  ✗ لم يُنشر الموقع، ولا موقع سابق له: في نصوص العيادة')
    // The report spells the control out rather than obeying it.
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect(text).toContain('في «⟦U+202E⟧١٢⟦U+202C⟧ شارع الم…»')
  })
})

describe('a clinic whose own texts only warn', () => {
  it('publishes, and lists the warning for the clinic', async () => {
    const {outDir, live, report} = await builtAgainWith((clinic) => ({...clinic, contact: {...(clinic.contact as object), address: 'خصم ٥٠٪ لزوار فرع مصر الجديدة'}}))
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.clinicFindings.map(({ruleId, severity, path}) => [ruleId, severity, path])).toEqual([['banned-claim', 'warning', 'contact.address']])
    expect(cairo.published.map((article) => article.articleId).sort()).toEqual(['article.hair-home-routine', 'article.meso-realistic'])
    expect(cairo.unpublished).toBeUndefined()
    expect(await readlink(join(outDir, 'nour-cairo'))).not.toBe(live.cairo)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toContain('خصم ٥٠٪ لزوار فرع مصر الجديدة')
    const text = formatTextReport(report, {mode: 'build'})
    expect(text).toContain(
      [
        '  تحذيرات على نصوص العيادة التي تظهر في كل صفحة أو على عناوين موقعها وصفحاته (لا تمنع النشر):',
        '    تحذير [banned-claim] «خصم»: ضغط الاستعجال أو الخصومات. العروض والخصومات وعبارات الاستعجال تدفع المريض إلى قرار طبي متسرّع، ولا مكان لها في محتوى طبي. اقتراح: احذف العرض من المقال، واكتب: «يمكن حجز استشارة لتقييم الحالة ومناقشة الخيارات المناسبة».',
        '      في «عيادة نور للجلدية والتجميل» (عيادة)، الحقل «التواصل › العنوان»',
        '      clinic.nour-cairo › contact.address  (docs/rules/banned-claim.md)',
      ].join('\n'),
    )
    expect(JSON.parse(formatJsonReport(report)).clinics.find((clinic: {slug: string}) => clinic.slug === 'nour-cairo')).not.toHaveProperty('unpublished')
  })
})
