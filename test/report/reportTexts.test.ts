// The text report and the report page show a title or message carrying a reordering control with
// the control spelled out, so the report about "Trojan Source" text is not reordered by it; the page
// isolates content, marks English text, names each rule's docs and lists the unpublished drafts.
import {describe, expect, it} from 'vitest'
import {revealReorderingControls, revealTerminalControls} from '../../src/checks/formatCharacters.ts'
import {CLAIM_STATES, GRADE_CERTAINTY} from '../../src/content/vocabulary.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {formatTextReport} from '../../src/report/formatText.ts'
import {renderReportPage} from '../../src/report/reportPage.ts'

const TITLE = 'الجرعة \u202E01\u202C مل'

const report: RunReport = {
  source: 'local dataset /data/export (52 documents, 1 draft ignored)',
  sourceLabel: ['مجموعة بيانات محلية (تصدير Sanity): ', {ltr: '/data/\u202Eexport'}],
  documents: {loaded: 52, skippedSystem: 0, skippedUnknown: {}, draftsIgnored: 1, drafts: [{id: 'drafts.article.meso', type: 'article', title: 'مسودة \u2067معدّلة\u2069'}]},
  datasetFindings: [],
  invalidClinics: [],
  clinics: [
    {
      slug: 'nour-cairo',
      name: 'عيادة نور',
      jurisdiction: 'EG',
      published: [{articleId: 'article.ok', title: TITLE, slug: 'ok', path: 'articles/ok/'}],
      blocked: [
        {
          articleId: 'article.bad',
          title: TITLE,
          findings: [{ruleId: 'claim-changed-since-approval', severity: 'error', message: `تغيّر نص الادعاء «${TITLE}» بعد اعتماده.`, documentId: 'claim.x', path: 'statement', url: 'docs/rules/claim-changed-since-approval.md'}],
        },
      ],
      blockedProcedures: [
        {
          procedureId: 'procedure.x',
          name: TITLE,
          findings: [{ruleId: 'bidi-control', severity: 'error', message: `محارف تحكّم في «${TITLE}».`, documentId: 'procedure.x', path: 'name', url: 'docs/rules/bidi-control.md'}],
        },
      ],
      clinicFindings: [],
      warnings: [],
      scheduled: [],
    },
  ],
  durationMs: 12,
}

describe('reports and reordering controls', () => {
  it('spells out embedding, override and isolate controls but keeps LRM/RLM', () => {
    expect(revealReorderingControls('أ\u202Eب\u2066ج\u200Fد\u200E')).toBe('أ⟦U+202E⟧ب⟦U+2066⟧ج\u200Fد\u200E')
  })

  // A title is content: it must not set the terminal's title or colours, nor forge a line of the report.
  it('the text report and the review report spell out control characters, each line on its own', () => {
    const hostile = 'روتين \u001b]0;PWNED\u0007\u001b[31mRED\u001b[0m \r\nFAKE: ✓ all good\u009b2J'
    const text = formatTextReport({...report, clinics: [{...report.clinics[0]!, published: [{articleId: 'article.ok', title: hostile, slug: 'ok', path: 'articles/ok/'}]}]}, {mode: 'build'})
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
    expect(text.split('\n').filter((line) => line.includes('FAKE'))).toEqual([
      '  ✓ روتين ⟦U+001B⟧]0;PWNED⟦U+0007⟧⟦U+001B⟧[31mRED⟦U+001B⟧[0m ⟦U+000D⟧⟦U+000A⟧FAKE: ✓ all good⟦U+009B⟧2J  → /articles/ok/',
    ])
    expect(revealTerminalControls('سطر\tمع مسافة جدولة')).toBe('سطر\tمع مسافة جدولة')
  })

  it('the text report carries no reordering control', () => {
    const text = formatTextReport(report, {mode: 'check'})
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect(text).toContain('✓ الجرعة ⟦U+202E⟧01⟦U+202C⟧ مل')
    expect(text).toContain('✗ صفحة الإجراء «الجرعة ⟦U+202E⟧01⟦U+202C⟧ مل»  (procedure.x): لم تُنشر')
    expect(text).toContain('«الجرعة ⟦U+202E⟧01⟦U+202C⟧ مل»')
    expect(text).toContain('◌ مسودة ⟦U+2067⟧معدّلة⟦U+2069⟧')
  })

  it('counts a release\'s files with the noun form the number takes, and its articles after labels', () => {
    const withRelease = (files: number): string =>
      formatTextReport({...report, clinics: [{...report.clinics[0]!, release: {dir: '/out/nour-cairo', rendered: 2, contentKept: 0, reused: 11, removed: 1, files}}]}, {mode: 'build'})
    expect(withRelease(2)).toContain('  الإصدار: ملفان · مقالات أُعيد بناؤها: 2 · لم تتغير: 11 · حُذفت: 1')
    expect(withRelease(7)).toContain('  الإصدار: 7 ملفات ·')
    expect(withRelease(39)).toContain('  الإصدار: 39 ملفًا ·')
    expect(withRelease(8078)).toContain('  الإصدار: 8078 ملفًا ·')
    expect(formatTextReport(report, {mode: 'check'}).split('\n')[0]).toBe('المصدر: مجموعة بيانات محلية (تصدير Sanity): \u200E/data/⟦U+202E⟧export')
    expect(formatTextReport(report, {mode: 'check'})).toContain('المستندات: مقروءة 52، تعديلات غير منشورة مستبعدة 1، مستندات نظام متجاهلة 0')
  })

  it('the report page isolates content, marks English text, names the rule docs and lists drafts', () => {
    const page = renderReportPage(report)
    expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    // The path stays left to right in the Arabic sentence: its leading slash does not jump to its end.
    expect(page).toContain('<p>المصدر: مجموعة بيانات محلية (تصدير Sanity): <bdi dir="ltr">/data/⟦U+202E⟧export</bdi></p>')
    expect(page).toContain('<strong><bdi>الجرعة ⟦U+202E⟧01⟦U+202C⟧ مل</bdi></strong>')
    expect(page).not.toContain('local dataset')
    expect(page).toContain('(docs/rules/claim-changed-since-approval.md)')
    expect(page).toContain('<code lang="en" dir="ltr">drafts.article.meso</code>')
    expect(page).not.toContain('عيادات لم تُبنَ')
  })

  // A clinic name with a reordering control is what holds its release back (bidi-control in
  // clinicFindings): the page naming it, in its heading and its claim chart, must not obey it.
  it('the report page spells out the controls of a clinic\'s name, in its heading and its claim chart', () => {
    const name = 'عيادة \u202Eنور'
    const claims = {
      total: 1,
      byCertainty: {...Object.fromEntries(GRADE_CERTAINTY.map(({value}) => [value, 0])), unknown: 1},
      byState: {...Object.fromEntries(CLAIM_STATES.map(({value}) => [value, 0])), approved: 1},
    } as NonNullable<RunReport['clinics'][number]['claims']>
    const page = renderReportPage({...report, clinics: [{...report.clinics[0]!, name, claims}]})
    expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect(page).toContain('<h2><bdi>عيادة ⟦U+202E⟧نور</bdi> ')
    expect(page).toContain('ادعاءات عيادة ⟦U+202E⟧نور حسب حالة المراجعة')
    expect(formatTextReport({...report, clinics: [{...report.clinics[0]!, name}]}, {mode: 'check'})).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it('the report page names a clinic whose document fails the content model, by slug and id, or by id when no slug can be read', () => {
    const page = renderReportPage({...report, invalidClinics: [{documentId: 'clinic.rawda-riyadh', slug: 'rawda-riyadh'}, {documentId: 'clinic.unnamed'}]})
    expect(page).toContain('<h2>عيادات لم تُبنَ</h2>')
    expect(page).toContain('<li><code lang="en" dir="ltr">rawda-riyadh</code> <code lang="en" dir="ltr">(clinic.rawda-riyadh)</code></li>')
    expect(page).toContain('<li><code lang="en" dir="ltr">clinic.unnamed</code></li>')
  })
})
