// target-clinics-missing: an article whose «العيادات المستهدفة» names no published clinic. The gate
// judges an article once per target clinic, with that clinic's preset, so such an article has no
// verdict at all and reaches no site. Not a check in the registry (those run per article × clinic):
// the Studio makes it the form's only finding, and a build lists it with the dataset's problems.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import {ruleDocsUrl, type Finding, type Severity} from '../findings/finding.ts'
import {failsContentModel} from './articleReferences.ts'

export const TARGET_CLINICS_MISSING = 'target-clinics-missing'

/** Whether none of the article's target clinics is a clinic in the graph (none chosen, or only unknown ones). */
const reachesNoClinic = (article: Article, graph: ContentGraph): boolean =>
  !article.targetClinics.some((target) => graph.clinics.has(target._ref))

// What is wrong and what to do, for an article with no clinic chosen and for one whose chosen ones are not published.
const WORDING = {
  noneChosen: {problem: 'لم تُختر عيادة يُنشر فيها المقال، فلم تُفحص شروط النشر بعد', fix: 'اختر عيادة واحدة على الأقل في «العيادات المستهدفة».'},
  nonePublished: {problem: 'لا عيادة منشورة بين «العيادات المستهدفة»، فلم تُفحص شروط النشر بعد', fix: 'اختر عيادة منشورة، أو انشر العيادة أولًا.'},
  noneValid: {
    problem: 'لا تضم «العيادات المستهدفة» إلا عيادات منشورة لا تطابق مستنداتها نموذج المحتوى (انظر خطأ schema-invalid عليها)، فلا تُبنى مواقعها ولم تُفحص شروط النشر بعد',
    fix: 'أصلح مستند العيادة وأعد نشره، أو اختر عيادة أخرى منشورة.',
  },
} as const

const wordingFor = (article: Article, parseFindings: readonly Finding[]) => {
  if (article.targetClinics.length === 0) return WORDING.noneChosen
  // Published but failing the content model is not «not published» (target-clinic-unknown says the same of each).
  return article.targetClinics.some((target) => failsContentModel(parseFindings, target._ref)) ? WORDING.noneValid : WORDING.nonePublished
}

/**
 * The finding, worded for where it is read: the Studio's form is the article itself; a build's
 * report lists it among other documents, so there it names the article by its title first.
 */
export const targetClinicsMissing = (article: Article, severity: Severity, options: {named?: boolean; parseFindings?: readonly Finding[]} = {}): Finding => {
  const {problem, fix} = wordingFor(article, options.parseFindings ?? [])
  return {
    ruleId: TARGET_CLINICS_MISSING,
    severity,
    message: `${options.named ? `المقال «${article.title}» لا يصل إلى أي موقع: ` : ''}${problem}. ${fix}`,
    documentId: article._id,
    path: 'targetClinics',
    url: ruleDocsUrl(TARGET_CLINICS_MISSING),
  }
}

/**
 * The build's findings: one warning per article that reaches no clinic. A warning, not the Studio's
 * error: it blocks no clinic's site (nothing of the article is on one), and an article parked with no
 * clinic on purpose should not fail `sanad check`; but a writer who expects it online must be told.
 */
export const articlesReachingNoClinic = (graph: ContentGraph, parseFindings: readonly Finding[] = []): Finding[] => {
  const findings: Finding[] = []
  for (const article of graph.articles.values()) if (reachesNoClinic(article, graph)) findings.push(targetClinicsMissing(article, 'warning', {named: true, parseFindings}))
  return findings
}
