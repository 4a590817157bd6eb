// /api/v1/procedures/<slug>.json: one procedure the clinic offers, with its safety information and
// the clinic's published articles about it.
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {clinicVisitDetails} from '../content/clinicVisitDetails.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import {oncePerObject, type OncePerObject} from '../memo/oncePerObject.ts'
import {jsonItemBytes, jsonWithListBytes} from './jsonListBytes.ts'
import {ANAESTHESIA_KINDS, labelOf, PROCEDURE_CATEGORIES, PROCEDURE_SETTINGS} from '../content/vocabulary.ts'
import {alternativesWithPages, articlesAbout} from '../render/lib/siteContents.ts'
import {procedureUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ProcedureDetail} from './apiShapes.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import {procedureUpdatedAt} from './contentDates.ts'
import {articleLink, clinicSummary, procedureContraindications, procedureLink, procedureRisks} from './credits.ts'
import {apiProcedureFile, fileUrlPath, siteUrl} from './deliveryPaths.ts'

export const procedureDetail = (site: RenderSiteInput, procedure: Procedure, articles: readonly Article[] = articlesAbout(site, procedure)): ProcedureDetail =>
  procedureDocument(site, procedure, articles, articles)

/** The document listing `listed` of the procedure's `articles` (all, or none when the caller splices in their bytes); dated by all of them. */
const procedureDocument = (site: RenderSiteInput, procedure: Procedure, articles: readonly Article[], listed: readonly Article[]): ProcedureDetail => {
  const {sessions, anaesthesia} = clinicVisitDetails(procedure)
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
      setting: procedure.setting,
      settingLabel: labelOf(PROCEDURE_SETTINGS, procedure.setting),
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
      anaesthesia: anaesthesia ?? null,
      anaesthesiaLabel: anaesthesia ? labelOf(ANAESTHESIA_KINDS, anaesthesia) : null,
      downtime: procedure.downtime ?? null,
      alternatives: alternativesWithPages(site, procedure).map((alternative) => procedureLink(site, alternative)),
      risks: procedureRisks(site, procedure),
      contraindications: procedureContraindications(site, procedure),
      articles: listed.map((article) => articleLink(site.clinic, article)),
      updatedAt: procedureUpdatedAt(site, procedure, articles),
      url: siteUrl(site.clinic, procedureUrl(procedure.slug.current)),
      apiUrl: siteUrl(site.clinic, fileUrlPath(apiProcedureFile(procedure.slug.current))),
    },
  }
}

// Each article link's JSON, indented for its place in a procedure document and UTF-8 encoded, made
// once per article object and clinic. A procedure of a large site lists hundreds of articles, and
// after an edit to one of them the document is written again with every other link as it was.
// procedure.articles sits two levels deep.
const linkBytes = new WeakMap<Clinic, OncePerObject<Article, Uint8Array>>()
const linksOf = (clinic: Clinic): OncePerObject<Article, Uint8Array> => {
  let links = linkBytes.get(clinic)
  if (!links) linkBytes.set(clinic, (links = oncePerObject((article: Article) => jsonItemBytes(articleLink(clinic, article), 2))))
  return links
}

/** `JSON.stringify(procedureDetail(…), null, 2)` and a newline, UTF-8 encoded byte for byte, its article links from cached bytes. */
export const procedureDetailJson = (site: RenderSiteInput, procedure: Procedure, articles: readonly Article[]): Uint8Array => {
  const detail = procedureDocument(site, procedure, articles, [])
  const links = linksOf(site.clinic).each(articles, `${site.clinic._id}:${procedure._id}`)
  return jsonWithListBytes((list) => ({...detail, procedure: {...detail.procedure, articles: list}}), links, 2)
}
