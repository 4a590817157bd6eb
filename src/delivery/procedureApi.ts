// /api/v1/procedures/<slug>.json: one procedure the clinic offers, with its safety information and
// the clinic's published articles about it.
import type {Procedure} from '../content/documents/procedure.ts'
import {ANAESTHESIA_KINDS, labelOf, PROCEDURE_CATEGORIES} from '../content/vocabulary.ts'
import {articlesAbout} from '../render/lib/siteContents.ts'
import {procedureUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ProcedureDetail} from './apiShapes.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import {procedureUpdatedAt} from './contentDates.ts'
import {articleLink, clinicSummary, procedureContraindications, procedureLink, procedureRisks} from './credits.ts'
import {apiProcedureFile, fileUrlPath, siteUrl} from './deliveryPaths.ts'

export const procedureDetail = (site: RenderSiteInput, procedure: Procedure, articles = articlesAbout(site, procedure)): ProcedureDetail => {
  const sessions = procedure.sessions
  return {
    $schema: apiSchemaUrl(site.clinic, 'procedure'),
    apiVersion: 'v1',
    clinic: clinicSummary(site.clinic),
    procedure: {
      id: procedure._id,
      slug: procedure.slug.current,
      name: procedure.name,
      category: procedure.category,
      categoryLabel: labelOf(PROCEDURE_CATEGORIES, procedure.category),
      summary: procedure.summary,
      howPerformed: procedure.howPerformed ?? null,
      sessions: sessions
        ? {
            countMin: sessions.countMin ?? null,
            countMax: sessions.countMax ?? null,
            intervalWeeksMin: sessions.intervalWeeksMin ?? null,
            intervalWeeksMax: sessions.intervalWeeksMax ?? null,
            durationMinutesMin: sessions.durationMinutesMin ?? null,
            durationMinutesMax: sessions.durationMinutesMax ?? null,
          }
        : null,
      anaesthesia: procedure.anaesthesia ?? null,
      anaesthesiaLabel: procedure.anaesthesia ? labelOf(ANAESTHESIA_KINDS, procedure.anaesthesia) : null,
      downtime: procedure.downtime ?? null,
      alternatives: procedure.alternatives.flatMap((ref) => {
        const alternative = site.graph.procedures.get(ref._ref)
        return alternative ? [procedureLink(site, alternative)] : []
      }),
      risks: procedureRisks(site, procedure),
      contraindications: procedureContraindications(site, procedure),
      articles: articles.map((article) => articleLink(site.clinic, article)),
      updatedAt: procedureUpdatedAt(procedure, site.graph),
      url: siteUrl(site.clinic, procedureUrl(procedure.slug.current)),
      apiUrl: siteUrl(site.clinic, fileUrlPath(apiProcedureFile(procedure.slug.current))),
    },
  }
}
