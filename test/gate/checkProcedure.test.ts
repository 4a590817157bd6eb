// A procedure's own page passes the clinic's text rules or is not published: the rules with
// runOnTexts run on what the page shows of the procedure, its risks and contraindications.
import {access, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import type {Procedure} from '../../src/content/documents/procedure.ts'
import {checkProcedure} from '../../src/gate/checkProcedure.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {presetFor} from '../../src/presets/index.ts'
import {formatJsonReport} from '../../src/report/formatJson.ts'
import {formatTextReport} from '../../src/report/formatText.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, NOW, tempDir} from '../support/bundledDataset.ts'
import {graphWith, mesotherapyProcedure as procedure, seed004Article} from '../support/gateFixtures.ts'

describe('checkProcedure', () => {
  test.each([
    {name: 'plain texts', extra: {}, clinic: 'clinic.nour-cairo', expected: []},
    {name: 'a promise in the summary', extra: {summary: 'حقن سطحي بنتائج مضمونة.'}, clinic: 'clinic.nour-cairo', expected: ['banned-claim error procedure.mesotherapy summary']},
    {name: 'an override in how it is performed', extra: {howPerformed: 'الجرعة \u202e01\u202c مل'}, clinic: 'clinic.rawda-riyadh', expected: ['bidi-control error procedure.mesotherapy howPerformed']},
    {name: 'a zero-width space only warns', extra: {downtime: 'يوم\u200bواحد'}, clinic: 'clinic.lulu-dubai', expected: ['invisible-char warning procedure.mesotherapy downtime']},
    {name: 'a discount warns in EG', extra: {summary: 'خصم 50% على الجلسة الأولى.'}, clinic: 'clinic.nour-cairo', expected: ['banned-claim warning procedure.mesotherapy summary']},
    {name: 'a discount blocks in AE', extra: {summary: 'خصم 50% على الجلسة الأولى.'}, clinic: 'clinic.lulu-dubai', expected: ['banned-claim error procedure.mesotherapy summary']},
  ])('$name ($clinic)', ({extra, clinic, expected}) => {
    const graph = graphWith(seed004Article(), {extra: [procedure(extra)]})
    const clinicDocument = graph.clinics.get(clinic)!
    const findings = checkProcedure({procedure: graph.procedures.get('procedure.mesotherapy') as Procedure, clinic: clinicDocument, graph, preset: presetFor(clinicDocument.jurisdiction)})
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.documentId} ${finding.path}`)).toEqual(expected)
  })
})

describe('a build whose procedure makes a banned claim', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, {recursive: true, force: true}))))

  test('leaves out its page and the articles showing it, and says why in both reports', async () => {
    const dataset = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'procedure.microneedling' ? {...document, summary: 'ثقوب دقيقة بنتائج مضمونة لكل الحالات.'} : document)),
    )
    const outDir = await tempDir('sanad-procedure-gate-')
    dirs.push(dataset, outDir)
    const source = await openLocalSource(dataset)
    const report = await runBuild({source, outDir, now: NOW})
    await source.close()
    const dubai = report.clinics.find((clinic) => clinic.slug === 'lulu-dubai')!
    expect(dubai.blockedProcedures.map(({procedureId, findings}) => [procedureId, findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.path}`)])).toEqual([
      ['procedure.microneedling', ['banned-claim error summary']],
    ])
    await expect(access(join(outDir, 'lulu-dubai', 'procedures', 'microneedling', 'index.html'))).rejects.toThrow()
    await access(join(outDir, 'lulu-dubai', 'procedures', 'mesotherapy-hair', 'index.html'))
    // The article about it shows its texts too, so the same finding blocks it there.
    const article = dubai.blocked.find((entry) => entry.articleId === 'article.microneedling-basics')!
    expect(article.findings.some((finding) => finding.ruleId === 'banned-claim' && finding.documentId === 'procedure.microneedling')).toBe(true)
    expect(formatTextReport(report, {mode: 'build'})).toContain('✗ صفحة الإجراء «الوخز بالإبر الدقيقة (الميكرونيدلينغ)»  (procedure.microneedling): لم تُنشر')
    expect(JSON.parse(formatJsonReport(report)).clinics.find((clinic: {slug: string}) => clinic.slug === 'lulu-dubai').blockedProcedures[0].procedureId).toBe('procedure.microneedling')
  })
})
