// The human report: per clinic, what was published and what was blocked, grouped by article, with
// every finding, its location and where the rule is explained.
import type {Finding} from '../findings/finding.ts'
import {revealTerminalControls} from '../checks/formatCharacters.ts'
import {countOf} from '../locale/arabicCount.ts'
import {FILES} from '../locale/countedNouns.ts'
import {findingLines} from './findingLines.ts'
import {sourceLabelText} from '../sources/arabicSourceLabel.ts'
import {clinicOutcome, failureHeadline, HELD_BACK_REASON, heldBackHeadline, type BlockedArticle, type ClinicFinding, type RunReport} from './buildReport.ts'

const formatFinding = (finding: Finding | ClinicFinding): string[] => findingLines(finding, '    ')


const formatArticle = (article: BlockedArticle): string[] => [
  `  • ${article.title}  (${article.articleId})`,
  ...article.findings.flatMap(formatFinding),
]

export const formatTextReport = (report: RunReport, options: {mode: 'check' | 'build'}): string => {
  const lines: string[] = [`المصدر: ${sourceLabelText(report.sourceLabel)}`]
  const {documents} = report
  const unknown = Object.entries(documents.skippedUnknown)
  lines.push(
    `المستندات: مقروءة ${documents.loaded}، تعديلات غير منشورة مستبعدة ${documents.draftsIgnored ?? '—'}، مستندات نظام متجاهلة ${documents.skippedSystem}` +
      (unknown.length ? `، أنواع غير معروفة متجاهلة: ${unknown.map(([type, count]) => `${type}×${count}`).join('، ')}` : ''),
  )
  const drafts = documents.drafts ?? []
  if (drafts.length) {
    lines.push('تعديلات غير منشورة (لا تدخل البناء قبل نشرها من الاستوديو):')
    for (const draft of drafts) lines.push(`  ◌ ${draft.title ?? draft.type}  (${draft.id})`)
  }
  if (report.datasetFindings.length) {
    lines.push('', 'مشكلات في مستندات المحتوى:')
    for (const finding of report.datasetFindings) lines.push(...formatFinding(finding))
  }
  // Invalid clinic documents get no clinic section: a build did not build them, a check did not check them.
  const leftOut = options.mode === 'build' ? 'لم تُبنَ' : 'لم تُفحص'
  // Adjectives as labels, as «محجوب» beside them (and «منشور» on the report page).
  const publishedLabel = options.mode === 'build' ? 'منشور' : 'جاهز للنشر'
  if (report.invalidClinics.length) {
    lines.push('', `عيادات ${leftOut} لأن مستند العيادة لا يطابق نموذج المحتوى (انظر مشكلاته أعلاه، وأصلحه في الاستوديو؛ يبقى موقعها السابق كما هو):`)
    for (const clinic of report.invalidClinics) lines.push(`  ✗ ${clinic.slug ?? 'بلا معرّف رابط مقروء'}  (${clinic.documentId})`)
  }
  if (report.clinics.length === 0 && report.invalidClinics.length === 0) lines.push('', 'لا توجد عيادات في مجموعة البيانات هذه، فلا شيء يُنشر. (No clinic documents in this dataset: nothing to publish.)')
  for (const clinic of report.clinics) {
    lines.push('', `■ ${clinic.name} (${clinic.slug}, ${clinic.jurisdiction})`)
    lines.push(`  ${publishedLabel}: ${clinic.published.length} · محجوب: ${clinic.blocked.length}`)
    if (clinicOutcome(clinic) === 'heldBack') {
      lines.push(`  ✗ ${heldBackHeadline(clinic)}: ${HELD_BACK_REASON}:`)
      for (const finding of clinic.clinicFindings) lines.push(...formatFinding(finding))
      for (const article of clinic.unpublished ?? []) lines.push(`  ◌ ${article.title}  (${article.articleId}): اجتاز الفحص ولا يصل إلى الموقع ما دام في نصوص العيادة أو عناوين موقعها خطأ`)
    }
    for (const article of clinic.published) lines.push(`  ✓ ${article.title}  → /${article.path}`)
    for (const article of clinic.blocked) lines.push(...formatArticle(article).map((line, index) => (index === 0 ? line.replace('•', '✗') : line)))
    for (const procedure of clinic.blockedProcedures) {
      lines.push(`  ✗ صفحة الإجراء «${procedure.name}»  (${procedure.procedureId}): لم تُنشر`, ...procedure.findings.flatMap(formatFinding))
    }
    for (const article of clinic.scheduled) {
      lines.push(
        article.reason === 'before-publish-at'
          ? `  ⏱ ${article.title}  (${article.articleId}): اجتاز الفحص، ويُنشر في موعده ${article.at}`
          : `  ⏹ ${article.title}  (${article.articleId}): سُحب من الموقع في موعد سحب النشر ${article.at}`,
      )
    }
    if (clinicOutcome(clinic) !== 'heldBack' && clinic.clinicFindings.length) {
      lines.push('  تحذيرات على نصوص العيادة التي تظهر في كل صفحة أو على عناوين موقعها وصفحاته (لا تمنع النشر):')
      for (const finding of clinic.clinicFindings) lines.push(...formatFinding(finding))
    }
    if (clinic.warnings.length) {
      lines.push('  تحذيرات على مقالات اجتازت الفحص (منشورة أو مجدولة):')
      for (const article of clinic.warnings) lines.push(...formatArticle(article))
    }
    if (clinic.failure) {
      lines.push(`  ✗ ${failureHeadline(clinic)}: ${clinic.failure}`)
      for (const article of clinic.unpublished ?? []) lines.push(`  ◌ ${article.title}  (${article.articleId}): اجتاز الفحص ولم يصل إلى الموقع بسبب الخطأ أعلاه`)
    }
    if (clinic.release) {
      // Counts after their labels, as in «منشور: 2» above: the noun and its adjective then need not
      // agree with each number.
      const {rendered, reused, removed, files} = clinic.release
      lines.push(`  الإصدار: ${countOf(files, FILES)} · مقالات أُعيد بناؤها: ${rendered} · لم تتغير: ${reused} · حُذفت: ${removed}`)
    }
  }
  const published = report.clinics.reduce((total, clinic) => total + clinic.published.length, 0)
  const blocked = report.clinics.reduce((total, clinic) => total + clinic.blocked.length, 0)
  const notBuilt = report.invalidClinics.length ? ` · ${leftOut}: ${report.invalidClinics.length}` : ''
  lines.push('', `${publishedLabel}: ${published} · محجوب: ${blocked} · العيادات: ${report.clinics.length}${notBuilt} · ${report.durationMs} ms`)
  // Every line through revealTerminalControls: content's reordering and control characters are
  // spelled out wherever in the line they come from (titles, messages, names, the source's path).
  return lines.map(revealTerminalControls).join('\n')
}
