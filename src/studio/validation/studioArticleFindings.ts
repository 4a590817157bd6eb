// The publish gate as the Studio runs it for one (possibly draft) article: parse it at the zod
// boundary, build a graph from the fetched context, check it for every target clinic with that
// clinic's preset, and merge the findings into one list for the form. Pure.
import {buildContentGraph} from '../../content/contentGraph.ts'
import {parseDocument, parseDocuments} from '../../content/parseDocuments.ts'
import {SEVERITY_RANK, type Finding} from '../../findings/finding.ts'
import {checkArticle} from '../../gate/checkArticle.ts'
import {presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'

/** The result of `articleGateContextQuery`. */
export interface ArticleGateContext {
  referenced: unknown[]
  disclaimers: unknown[]
  claimReviewers: unknown[]
}

export interface StudioArticleInput {
  document: unknown
  context: ArticleGateContext
  now: Date
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

/**
 * A finding about a document the form's document shows (an article's claim, a procedure page's risk)
 * has no field in that form: it is shown on the whole document, naming where to fix it and, in
 * `shownWhere`, why it concerns this one.
 */
export const inLinkedDocument = (finding: Finding, shownWhere: string): Finding => ({
  ...finding,
  path: '',
  message: `${finding.message} (في المستند ${finding.documentId}، الحقل ${finding.path}؛ ${shownWhere})`,
})

/** A finding as the Studio shows it; `blocksClinics` names the clinics it keeps the article from while others pass. */
export interface StudioFinding extends Finding {
  blocksClinics?: readonly string[]
}

export const studioArticleFindings = ({document, context, now, presets = presetsByJurisdiction}: StudioArticleInput): StudioFinding[] => {
  const parsed = parseDocument(document)
  if ('findings' in parsed) return parsed.findings
  if (!('document' in parsed) || parsed.document._type !== 'article') return []
  const article = parsed.document
  const supporting = parseDocuments([...context.referenced, ...context.disclaimers, ...context.claimReviewers]).documents
  const graph = buildContentGraph([...supporting, article])

  const clinics = article.targetClinics.flatMap((target) => {
    const clinic = graph.clinics.get(target._ref)
    return clinic ? [clinic] : []
  })
  // One form shows every clinic's verdict: the same problem found for several clinics is shown
  // once at its strictest severity, and a problem only some clinics have says which.
  const merged = new Map<string, {finding: Finding; clinics: string[]; blocking: string[]}>()
  const blockedClinics = new Set<string>()
  for (const clinic of clinics) {
    for (const finding of checkArticle({article, clinic, graph, now, preset: presets[clinic.jurisdiction]})) {
      const key = `${finding.ruleId}\u0000${finding.path}\u0000${finding.message}`
      const seen = merged.get(key) ?? {finding, clinics: [], blocking: []}
      merged.set(key, seen)
      seen.clinics.push(clinic.name)
      if (finding.severity === 'error') {
        seen.blocking.push(clinic.name)
        blockedClinics.add(clinic.name)
      }
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[seen.finding.severity]) seen.finding = {...seen.finding, severity: finding.severity}
    }
  }
  // The build publishes to every clinic the gate passes, so while one clinic passes the article may
  // be published: what blocks the others is shown as a warning naming them, not an error, which
  // Sanity would take for a reason to disable Publish for every clinic.
  const someClinicPasses = clinics.some((clinic) => !blockedClinics.has(clinic.name))
  return [...merged.values()].map(({finding: found, clinics: names, blocking}): StudioFinding => {
    const finding = found.documentId === article._id ? found : inLinkedDocument(found, 'يظهر مع هذا المقال')
    if (blocking.length > 0 && someClinicPasses) {
      return {...finding, severity: 'warning', message: `${finding.message} (لا يُنشر في: ${blocking.join('، ')} حتى يُصلَح؛ يُنشر في بقية عياداته)`, blocksClinics: blocking}
    }
    return names.length < clinics.length ? {...finding, message: `${finding.message} (يخصّ: ${names.join('، ')})`} : finding
  })
}
