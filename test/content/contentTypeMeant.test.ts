// A document whose _type is one of ours mistyped (`Article`, `rsk` on `risk.pain`) is reported at the
// boundary, naming it and the type meant, instead of being counted among foreign types and vanishing
// from every site; foreign and system documents are still only counted.
import {describe, expect, it} from 'vitest'
import {contentTypeMeant} from '../../src/content/contentTypeMeant.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {buildDataset, copyBundledDataset, loadDataset, removedAfterEach, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const TYPES = ['article', 'claim', 'clinic', 'disclaimer', 'person', 'risk'] as const

describe('contentTypeMeant', () => {
  it.each<[id: string, type: string, meant: string | undefined]>([
    ['a14182bd-ee42-46db-a256-383fb725783a', 'Article', 'article'],
    ['a14182bd-ee42-46db-a256-383fb725783a', 'ARTICLE', 'article'],
    ['disclaimer.eg-2026', 'dis_claimer', 'disclaimer'],
    ['3cbb297f-3e80-471d-a4e5-a2b92dfe8bc2', 'Person ', 'person'],
    ['risk.pain', 'rsk', 'risk'],
    ['clinic.nour-cairo', 'clinics', 'clinic'],
    // Foreign documents of the sample export of another schema.
    ['1b417722-89a9-40c8-a2c4-736ce2551460', 'post', undefined],
    ['siteSettings', 'settings', undefined],
    ['a14182bd-ee42-46db-a256-383fb725783a', 'page', undefined],
    ['riskmatrix-1', 'riskMatrix', undefined],
  ])('%s of type «%s» was meant to be %s', (id, type, meant) => {
    expect(contentTypeMeant(id, type, TYPES)).toBe(meant)
  })
})

describe('a document of a mistyped content type at the boundary', () => {
  it.each<[id: string, type: string, findings: string[], counted: Record<string, number>]>([
    ['risk.pain', 'Risk', ['schema-invalid error risk.pain _type'], {}],
    ['risk.pain', 'rsk', ['schema-invalid error risk.pain _type'], {}],
    ['siteSettings', 'settings', [], {settings: 1}],
  ])('%s typed «%s»: findings %j, counted as foreign %j', (id, type, findings, counted) => {
    const parsed = parseDocuments([{_id: id, _type: type, name: 'ألم موضعي'}])
    expect(parsed.findings.map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(findings)
    expect(parsed.skippedUnknown).toEqual(counted)
  })

  it('says which type it is, which was meant, and where to correct it', () => {
    expect(parseDocuments([{_id: 'x1', _type: 'Article'}]).findings[0]!.message).toBe(
      'المستند لا يطابق نموذج المحتوى في الحقل _type: النوع «Article» لا يعرفه نموذج المحتوى، والمقصود على الأرجح «article» (مقال)، فلم يُحمَّل المستند ولا يظهر في أي موقع، ولا يجده ما يشير إليه. لا يُعدَّل هذا الحقل في الاستوديو، فقيمته كُتبت من خارجه (استيراد أو نص برمجي أو واجهة Sanity البرمجية): صحّحها حيث كُتبت، أو اطلب ذلك من المسؤول التقني عن المحتوى.',
    )
  })

  it('still only counts a system document, even one named after a content type', () => {
    const parsed = parseDocuments([{_id: 'image-abc', _type: 'sanity.imageAsset'}, {_id: 'risk.pain', _type: 'sanity.risk'}])
    expect(parsed.findings).toEqual([])
    expect(parsed.skippedSystem).toBe(2)
  })
})

describe('a mistyped document in a dataset export', () => {
  const cleanup = removedAfterEach()
  const typed = (id: string, type: string) => (documents: RawDocument[]) => documents.map((document) => (document._id === id ? {...document, _type: type} : document))

  it('is a dataset finding, and what references it says it fails the content model, not that it was deleted', async () => {
    const dataset = await copyBundledDataset(typed('risk.pain', 'rsk'))
    cleanup(dataset)
    const loaded = await loadDataset(dataset)
    expect(loaded.findings.map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(['schema-invalid error risk.pain _type'])
    expect(loaded.skippedUnknown).toEqual({})
    const outDir = await tempDir('sanad-mistyped-')
    cleanup(outDir)
    const report = await buildDataset(dataset, outDir)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    const broken = cairo.blockedProcedures.find((procedure) => procedure.procedureId === 'procedure.mesotherapy-hair')!.findings[0]!
    expect(broken.message).toContain('يشير إلى risk.pain، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه)')
  })

  it('a clinic typed «Clinic» is an invalid clinic, its site kept, not one deleted from the content', async () => {
    const dataset = await copyBundledDataset(typed('clinic.lulu-dubai', 'Clinic'))
    cleanup(dataset)
    const loaded = await loadDataset(dataset)
    expect(loaded.invalidClinics).toEqual([{id: 'clinic.lulu-dubai'}])
  })
})
