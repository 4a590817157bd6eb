// A line of the export that cannot be read (cut short, hand-edited) leaves its document out of the
// build, and the articles pointing to it are held back. What they are told must be the cause: the
// line, which a fresh export mends, not a document «deleted or not yet published» (which sends the
// writer to the Studio to publish something already published) nor one failing the content model.
// The document each line names is the one its text gives; a later line holding it whole wins.
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/pipeline/runCheck.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, NOW, removedAfterEach, tempDir} from '../support/bundledDataset.ts'

const removeLater = removedAfterEach()

/** The bundled export with the lines of `ids` cut to their first 80 characters, then `extra` lines. */
const withCutLines = async (ids: readonly string[], extra: readonly string[] = []): Promise<string> => {
  const dir = await tempDir('sanad-cut-line-')
  removeLater(dir)
  const lines = (await readFile(join(BUNDLED_DATASET, 'data.ndjson'), 'utf8')).split('\n').filter(Boolean)
  const cut = lines.map((line) => (ids.some((id) => line.includes(`"_id":"${id}"`)) ? line.slice(0, 80) : line))
  await writeFile(join(dir, 'data.ndjson'), `${[...cut, ...extra].join('\n')}\n`)
  return dir
}

const check = async (dataset: string): Promise<RunReport> => {
  const source = await openLocalSource(dataset)
  try {
    return await runCheck({source, now: NOW})
  } finally {
    await source.close()
  }
}

/** Every message of `ruleId` on the report's blocked and warned articles that names `id`. */
const messagesAbout = (report: RunReport, ruleId: string, id: string): string[] => [
  ...new Set(
    report.clinics
      .flatMap((clinic) => [...clinic.blocked, ...clinic.warnings])
      .flatMap((article) => article.findings)
      .filter((finding) => finding.ruleId === ruleId && finding.message.includes(id))
      .map((finding) => finding.message),
  ),
]

describe('references to a document whose export line could not be read', () => {
  it('say the line was not read and to export again: a risk, a claim and a target clinic', async () => {
    const report = await check(await withCutLines(['risk.allergy', 'claim.meso-hair-density', 'clinic.nour-cairo']))
    const lineOf = async (id: string) => (await readFile(join(BUNDLED_DATASET, 'data.ndjson'), 'utf8')).split('\n').findIndex((line) => line.includes(`"_id":"${id}"`)) + 1

    for (const [ruleId, id] of [['reference-broken', 'risk.allergy'], ['claim-unapproved', 'claim.meso-hair-density'], ['target-clinic-unknown', 'clinic.nour-cairo']] as const) {
      const messages = messagesAbout(report, ruleId, id)
      expect(messages.length, `${ruleId} on ${id}`).toBeGreaterThan(0)
      for (const message of messages) {
        expect(message).toContain(`لم يُقرأ سطره (${await lineOf(id)}) في ملف التصدير فلم يُحمَّل (انظر خطأ schema-invalid على ذلك السطر)`)
        expect(message).toContain('أعد تصدير مجموعة البيانات أو صحّح ذلك السطر')
        expect(message).not.toMatch(/لم يُنشر بعد|غير موجود بين|لا يطابق نموذج المحتوى/)
      }
    }
    // The line's own finding, which the messages point to, names the document.
    expect(report.datasetFindings.filter((finding) => finding.message.includes('يبدو من نصه أنه المستند risk.allergy'))).toHaveLength(1)
  })

  it('holds nothing back when a later line holds the document whole', async () => {
    const whole = (await readFile(join(BUNDLED_DATASET, 'data.ndjson'), 'utf8')).split('\n').find((line) => line.includes('"_id":"risk.allergy"'))!
    const report = await check(await withCutLines(['risk.allergy'], [whole]))
    expect(report.clinics.flatMap((clinic) => clinic.blocked).flatMap((article) => article.findings).filter((finding) => finding.message.includes('risk.allergy'))).toEqual([])
  })
})
