// The machine-readable report: stable keys, findings reduced to what a tool needs.
import type {Finding} from '../findings/finding.ts'
import {clinicOutcome, type RunReport} from './buildReport.ts'

const finding = ({ruleId, severity, message, documentId, path, url}: Finding) => ({ruleId, severity, message, documentId, path, url})

export const formatJsonReport = (report: RunReport): string =>
  JSON.stringify(
    {
      source: report.source,
      documents: report.documents,
      datasetFindings: report.datasetFindings.map(finding),
      invalidClinics: report.invalidClinics,
      clinics: report.clinics.map((clinic) => ({
        slug: clinic.slug,
        name: clinic.name,
        jurisdiction: clinic.jurisdiction,
        published: clinic.published,
        blocked: clinic.blocked.map((article) => ({...article, findings: article.findings.map(finding)})),
        blockedProcedures: clinic.blockedProcedures.map((procedure) => ({...procedure, findings: procedure.findings.map(finding)})),
        clinicFindings: clinic.clinicFindings.map(finding),
        warnings: clinic.warnings.map((article) => ({...article, findings: article.findings.map(finding)})),
        scheduled: clinic.scheduled,
        ...(clinic.release ? {release: clinic.release} : {}),
        ...(clinic.failure ? {failure: clinic.failure, unpublished: clinic.unpublished ?? [], previousSiteLive: clinic.previousSiteLive ?? false} : {}),
        // Held back by its own texts: what passed is unpublished, as with a failure; `check` knows no previous site.
        ...(clinicOutcome(clinic) === 'heldBack'
          ? {unpublished: clinic.unpublished ?? [], ...(clinic.previousSiteLive === undefined ? {} : {previousSiteLive: clinic.previousSiteLive})}
          : {}),
      })),
      durationMs: report.durationMs,
    },
    null,
    2,
  )
