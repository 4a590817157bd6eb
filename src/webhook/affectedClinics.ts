// Which clinics' sites a changed document can alter. Asked of the content before the change and
// after it (a deleted claim exists only before, a new target clinic only after), so a clinic an
// article just left is rebuilt too. Pure; reuses the incremental build's articleDependencies.
import {articleDependsOn} from '../content/articleDependencies.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {isPublishedDocumentId} from '../sources/publishedPerspective.ts'

export interface DocumentChange {
  documentId: string
  documentType: string
  /** Clinic ids the webhook reported for an article, after and before the change. */
  targetClinicIds?: readonly string[]
}

const clinicsAffectedIn = (graph: ContentGraph, change: DocumentChange): Set<Clinic> => {
  const affected = new Set<Clinic>()
  const addClinic = (id: string) => {
    const clinic = graph.clinics.get(id)
    if (clinic) affected.add(clinic)
  }
  const {documentId: id, documentType: type} = change
  if (type === 'clinic') addClinic(id)
  // A new or edited disclaimer can change which one is in force for the whole jurisdiction.
  const disclaimer = type === 'disclaimer' ? graph.disclaimers.get(id) : undefined
  for (const clinic of graph.clinics.values()) {
    if (clinic.disclaimer?._ref === id || (disclaimer && clinic.jurisdiction === disclaimer.jurisdiction)) affected.add(clinic)
    // Procedure pages show the procedure, its risks and contraindications and its alternatives.
    for (const ref of clinic.proceduresOffered) {
      // A deleted procedure is matched by the id the clinic still lists.
      if (ref._ref === id) affected.add(clinic)
      const procedure = graph.procedures.get(ref._ref)
      if (!procedure) continue
      if (
        procedure.risks.some((entry) => entry.risk._ref === id) ||
        procedure.contraindications.some((entry) => entry.contraindication._ref === id) ||
        procedure.alternatives.some((alternative) => alternative._ref === id)
      ) {
        affected.add(clinic)
      }
    }
  }
  // The changed article's own clinics first: once every clinic is affected (an article that
  // targets them all, say), no other article can add one, and the walk over every article is skipped.
  const changedArticle = graph.articles.get(id)
  if (changedArticle) for (const ref of changedArticle.targetClinics) addClinic(ref._ref)
  if (affected.size === graph.clinics.size) return affected
  for (const article of graph.articles.values()) {
    // Every targeting article counts, published or not: the change may unblock a blocked one.
    // By id, not by document: a deleted document is in no graph, but the article still names it.
    if (articleDependsOn(article, graph, id, type)) for (const ref of article.targetClinics) addClinic(ref._ref)
  }
  return affected
}

/** Slugs of the affected clinics, sorted; none for drafts, which never reach a site. */
export const affectedClinics = (change: DocumentChange, graphs: readonly ContentGraph[]): string[] => {
  if (!isPublishedDocumentId(change.documentId)) return []
  const slugs = new Set<string>()
  for (const graph of graphs) {
    for (const clinic of clinicsAffectedIn(graph, change)) slugs.add(clinic.slug.current)
    for (const id of change.targetClinicIds ?? []) {
      const clinic = graph.clinics.get(id)
      if (clinic) slugs.add(clinic.slug.current)
    }
  }
  return [...slugs].sort()
}

export const changeFromPayload = (payload: {_id: string; _type: string; targetClinics?: string[] | null | undefined; previousTargetClinics?: string[] | null | undefined}): DocumentChange => ({
  documentId: payload._id,
  documentType: payload._type,
  targetClinicIds: [...(payload.targetClinics ?? []), ...(payload.previousTargetClinics ?? [])],
})
