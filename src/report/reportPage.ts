// The build report as an Arabic page: per clinic, what was published (linked to the running site)
// and what was blocked, with every finding and where to read about its rule, and a chart of the
// clinic's claims by GRADE certainty and review state.
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {SEVERITY_LABELS, type Finding} from '../findings/finding.ts'
import {clinicOutcome, failureHeadline, HELD_BACK_REASON, heldBackHeadline, type BlockedArticle, type RunReport} from './buildReport.ts'
import {CLAIM_CHART_CSS, claimChart} from './claimChart.ts'
import {revealReorderingControls as shown} from '../checks/formatCharacters.ts'

// Content text (titles, messages quoting it) is isolated, so its direction does not spill into the
// Arabic around it, and its reordering controls are spelled out rather than obeyed. Technical text
// (ids, paths, operational errors) is English, marked so; the source line is Arabic, its path or
// ids each in a left-to-right isolate.
const content = (text: string) => h('bdi', shown(text))
const english = (text: string) => h('span', {lang: 'en', dir: 'ltr'}, text)


/** A finding; with `location`, its field named in Arabic (no article leads a writer to a clinic's own texts). */
const finding = (item: Finding & {location?: string}) =>
  h('li', {className: ['finding', item.severity]}, [
    h('span', {className: 'severity'}, SEVERITY_LABELS[item.severity]),
    ' ',
    h('code', {lang: 'en', dir: 'ltr'}, item.ruleId),
    ' ',
    content(item.message),
    item.location ? h('div', {className: 'where'}, content(item.location)) : [],
    // Where the rule is explained: a file of the repository, as the text report gives it.
    h('div', {className: 'where', lang: 'en', dir: 'ltr'}, `${item.documentId}${item.path ? ` › ${item.path}` : ''}  (${item.url})`),
  ])

const blockedArticle = (article: BlockedArticle) =>
  h('li', [h('strong', content(article.title)), ' ', h('code', {lang: 'en', dir: 'ltr'}, article.articleId), h('ul', article.findings.map(finding))])

const STYLE = `body{font-family:system-ui,sans-serif;max-width:70rem;margin:auto;padding:1rem;line-height:1.7}
section{border:1px solid #ccc;border-radius:8px;padding:1rem;margin-block:1rem}
.error .severity{color:#a00;font-weight:bold}.warning .severity{color:#8a5a00;font-weight:bold}
.where{font-size:.85em;color:#555}code{background:#f4f4f4;padding:0 .3em}
${CLAIM_CHART_CSS}`

export const renderReportPage = (report: RunReport, clinicUrls: Record<string, string> = {}): string => {
  const tree = h('html', {lang: 'ar', dir: 'rtl'}, [
    h('head', [
      h('meta', {charset: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', 'تقرير البناء — سند'),
      // No icon to fetch: otherwise the browser asks for /favicon.ico and logs the 404.
      h('link', {rel: 'icon', href: 'data:,'}),
      h('style', STYLE),
    ]),
    h('body', [
      h('main', [
        h('h1', 'تقرير البناء'),
        h('p', ['المصدر: ', ...report.sourceLabel.map((part) => (typeof part === 'string' ? part : h('bdi', {dir: 'ltr'}, shown(part.ltr))))]),
        ...((report.documents.drafts ?? []).length
          ? [
              h('section', [
                h('h2', 'تعديلات غير منشورة (لا تدخل البناء قبل نشرها من الاستوديو)'),
                h('ul', report.documents.drafts!.map((draft) => h('li', [content(draft.title ?? draft.type), ' ', h('code', {lang: 'en', dir: 'ltr'}, draft.id)]))),
              ]),
            ]
          : []),
        ...(report.datasetFindings.length
          ? [h('section', [h('h2', 'مشكلات في مستندات المحتوى'), h('ul', report.datasetFindings.map(finding))])]
          : []),
        ...(report.invalidClinics.length
          ? [
              h('section', [
                h('h2', 'عيادات لم تُبنَ'),
                h('p', 'مستند العيادة لا يطابق نموذج المحتوى (انظر مشكلاته أعلاه، وأصلحه في الاستوديو)؛ يبقى موقعها السابق كما هو.'),
                h('ul', report.invalidClinics.map((clinic) => h('li', [h('code', {lang: 'en', dir: 'ltr'}, clinic.slug ?? clinic.documentId), clinic.slug ? [' ', h('code', {lang: 'en', dir: 'ltr'}, `(${clinic.documentId})`)] : []]))),
              ]),
            ]
          : []),
        ...report.clinics.map((clinic) => {
          const url = clinicUrls[clinic.slug]
          return h('section', {id: `clinic-${clinic.slug}`}, [
            // The name is content too: a control in it is what bidi-control holds the release back for.
            h('h2', [content(clinic.name), ' ', h('small', {dir: 'ltr'}, `(${clinic.slug}, ${clinic.jurisdiction})`)]),
            url ? h('p', [h('a', {href: url}, 'افتح موقع العيادة')]) : '',
            clinic.failure
              ? h('p', {className: 'error'}, [`${failureHeadline(clinic)}: `, english(clinic.failure)])
              : '',
            ...(clinicOutcome(clinic) === 'heldBack'
              ? [h('p', {className: 'error'}, `${heldBackHeadline(clinic)}: ${HELD_BACK_REASON}.`)]
              : []),
            ...(clinic.clinicFindings.length
              ? [h('h3', `نصوص العيادة في كل صفحة وعناوين موقعها (${clinic.clinicFindings.length})`), h('ul', clinic.clinicFindings.map(finding))]
              : []),
            clinic.claims ? claimChart(shown(clinic.name), clinic.claims) : '',
            h('h3', `منشور (${clinic.published.length})`),
            h(
              'ul',
              clinic.published.map((article) => h('li', [url ? h('a', {href: `${url}${article.path}`}, content(article.title)) : content(article.title)])),
            ),
            h('h3', `محجوب (${clinic.blocked.length})`),
            h('ul', clinic.blocked.map(blockedArticle)),
            ...(clinic.blockedProcedures.length
              ? [h('h3', `صفحات إجراءات محجوبة (${clinic.blockedProcedures.length})`), h('ul', clinic.blockedProcedures.map((procedure) => blockedArticle({articleId: procedure.procedureId, title: procedure.name, findings: procedure.findings})))]
              : []),
            ...(clinic.warnings.length ? [h('h3', `تحذيرات (${clinic.warnings.length})`), h('ul', clinic.warnings.map(blockedArticle))] : []),
            ...(clinic.scheduled.length
              ? [
                  h('h3', `مجدول (${clinic.scheduled.length})`),
                  h(
                    'ul',
                    clinic.scheduled.map((article) =>
                      h('li', [
                        h('strong', content(article.title)),
                        ' ',
                        article.reason === 'before-publish-at' ? 'يُنشر في ' : 'سُحب في ',
                        h('time', {dir: 'ltr', dateTime: article.at}, article.at),
                      ]),
                    ),
                  ),
                ]
              : []),
          ])
        }),
      ]),
    ]),
  ])
  return `<!doctype html>\n${toHtml(tree)}`
}
