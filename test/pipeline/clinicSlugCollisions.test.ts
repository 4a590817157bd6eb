// slug-duplicate beyond articles: two clinics with one slug would build into one folder, and two
// procedures a clinic offers with one slug would share one page («PRP» showing microneedling's
// risks). Either holds the clinic's release back: its live site stays as it was, the reports name
// every document involved, and clinics not involved publish as usual.
import {readFile, readlink} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatTextReport} from '../../src/report/formatText.ts'
import {buildDataset, copyBundledDataset, removedAfterEach, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

/** The bundled dataset published once, then built again from a copy with `edit` applied. */
const builtAgainWith = async (edit: (documents: RawDocument[]) => RawDocument[]) => {
  const dataset = await copyBundledDataset()
  const edited = await copyBundledDataset(edit)
  const outDir = await tempDir('sanad-slug-collisions-')
  cleanup(dataset, edited, outDir)
  await buildDataset(dataset, outDir)
  const live = {cairo: await readlink(join(outDir, 'nour-cairo')), riyadh: await readlink(join(outDir, 'rawda-riyadh')), dubai: await readlink(join(outDir, 'lulu-dubai'))}
  return {outDir, live, report: await buildDataset(edited, outDir)}
}

const withSlug = (id: string, slug: string) => (documents: RawDocument[]) =>
  documents.map((document) => (document._id === id ? {...document, slug: {...(document.slug as object), current: slug}} : document))

const summary = (findings: readonly {ruleId: string; documentId: string; path: string}[]) => findings.map(({ruleId, documentId, path}) => `${ruleId} ${documentId} ${path}`)

describe('slug-duplicate on clinics and procedures', () => {
  it("holds back both clinics that share a slug; neither's site is replaced by the other's", async () => {
    const {outDir, live, report} = await builtAgainWith(withSlug('clinic.rawda-riyadh', 'nour-cairo'))
    const sharing = report.clinics.filter((clinic) => clinic.slug === 'nour-cairo')
    expect(sharing).toHaveLength(2)
    expect(sharing.map((clinic) => summary(clinic.clinicFindings))).toEqual([['slug-duplicate clinic.nour-cairo slug'], ['slug-duplicate clinic.rawda-riyadh slug']])
    for (const clinic of sharing) {
      expect(clinic.published).toEqual([])
      expect(clinic.previousSiteLive).toBe(true)
    }
    expect(sharing[0]!.clinicFindings[0]!.message).toContain(
      'المعرّف في الرابط «nour-cairo» لهذه العيادة تستخدمه عيادة أخرى أيضًا: «مركز روضة',
    )
    // Cairo's site is Cairo's, as it was; Riyadh's old folder is left alone, Dubai publishes anew.
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(live.cairo)
    expect(await readFile(join(outDir, 'nour-cairo', 'index.html'), 'utf8')).toContain('<html lang="ar-EG"')
    expect(await readlink(join(outDir, 'rawda-riyadh'))).toBe(live.riyadh)
    expect(await readlink(join(outDir, 'lulu-dubai'))).not.toBe(live.dubai)
  })

  it('holds back a clinic offering two procedures with one slug, naming both, and says why in the text report', async () => {
    const {outDir, live, report} = await builtAgainWith(withSlug('procedure.prp-hair', 'microneedling'))
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    // In the order the clinic offers them.
    expect(summary(cairo.clinicFindings)).toEqual(['slug-duplicate procedure.prp-hair slug', 'slug-duplicate procedure.microneedling slug'])
    expect(cairo.clinicFindings[0]!.message).toMatch(/^الرابط \/procedures\/microneedling\/ يستخدمه أكثر من إجراء تقدّمه هذه العيادة: «حقن البلازما [^»]+» \(procedure\.prp-hair\)، «الوخز بالإبر الدقيقة \(الميكرونيدلينغ\)» \(procedure\.microneedling\)\. /)
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(live.cairo)
    expect(formatTextReport(report, {mode: 'build'})).toContain('في نصوص العيادة التي تظهر في كل صفحة من موقعها، أو في عناوين صفحاته، خطأ يمنع النشر')
    // Riyadh offers PRP but not microneedling, Dubai the reverse: neither is concerned, both publish.
    for (const slug of ['rawda-riyadh', 'lulu-dubai']) {
      const clinic = report.clinics.find((entry) => entry.slug === slug)!
      expect(clinic.clinicFindings, slug).toEqual([])
      expect(await readlink(join(outDir, slug)), slug).not.toBe(live[slug === 'rawda-riyadh' ? 'riyadh' : 'dubai'])
    }
  })
})
