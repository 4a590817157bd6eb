// Small value builders the API documents share: people, clinics, procedure and article links.
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Person} from '../content/documents/person.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import {licenceShownIn} from '../content/personLicences.ts'
import type {Jurisdiction} from '../presets/preset.ts'
import {CONTRAINDICATION_KINDS, labelOf, RISK_FREQUENCIES, RISK_SEVERITIES} from '../content/vocabulary.ts'
import {hasProcedurePage} from '../render/lib/siteContents.ts'
import {articleUrl, procedureUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ArticleLink, ClinicSummary, ContraindicationEntry, PersonCredit, ProcedureLink, RiskEntry} from './apiShapes.ts'
import {apiArticleFile, apiProcedureFile, fileUrlPath, siteUrl} from './deliveryPaths.ts'

/** The licence credited is the one the clinic's pages show (personLicences.ts): from its country if the person holds one. */
export const personCredit = (person: Person, jurisdiction: Jurisdiction): PersonCredit => {
  const licence = licenceShownIn(person, jurisdiction)
  return {
    name: person.name,
    credentials: person.credentials ?? null,
    licence: licence ? {number: licence.number ?? null, issuingBody: licence.issuingBody ?? null, jurisdiction: licence.jurisdiction ?? null} : null,
  }
}

export const clinicSummary = (clinic: Clinic): ClinicSummary => ({
  slug: clinic.slug.current,
  name: clinic.name,
  jurisdiction: clinic.jurisdiction,
  locale: clinic.locale,
  url: siteUrl(clinic, '/'),
})

export const procedureLink = (site: RenderSiteInput, procedure: Procedure): ProcedureLink => {
  const offered = hasProcedurePage(site, procedure._id)
  return {
    slug: procedure.slug.current,
    name: procedure.name,
    url: offered ? siteUrl(site.clinic, procedureUrl(procedure.slug.current)) : null,
    apiUrl: offered ? siteUrl(site.clinic, fileUrlPath(apiProcedureFile(procedure.slug.current))) : null,
  }
}

export const articleLink = (clinic: Clinic, article: Article): ArticleLink => ({
  slug: article.slug.current,
  title: article.title,
  url: siteUrl(clinic, articleUrl(article.slug.current)),
  apiUrl: siteUrl(clinic, fileUrlPath(apiArticleFile(article.slug.current))),
})

export const procedureRisks = (site: RenderSiteInput, procedure: Procedure): RiskEntry[] =>
  procedure.risks.flatMap((entry) => {
    const risk = site.graph.risks.get(entry.risk._ref)
    if (!risk) return []
    return [{
      procedure: procedure.slug.current,
      name: risk.name,
      explanation: risk.explanation ?? null,
      whatToDo: risk.whatToDo ?? null,
      frequency: entry.frequency,
      frequencyLabel: labelOf(RISK_FREQUENCIES, entry.frequency),
      severity: entry.severity,
      severityLabel: labelOf(RISK_SEVERITIES, entry.severity),
    }]
  })

export const procedureContraindications = (site: RenderSiteInput, procedure: Procedure): ContraindicationEntry[] =>
  procedure.contraindications.flatMap((entry) => {
    const contraindication = site.graph.contraindications.get(entry.contraindication._ref)
    if (!contraindication) return []
    return [{
      procedure: procedure.slug.current,
      name: contraindication.name,
      explanation: contraindication.explanation ?? null,
      whatToDo: contraindication.whatToDo ?? null,
      kind: entry.kind,
      kindLabel: labelOf(CONTRAINDICATION_KINDS, entry.kind),
    }]
  })
