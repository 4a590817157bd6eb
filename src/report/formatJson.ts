// The machine-readable report: stable keys, findings reduced to what a tool needs.
import type {Finding} from '../findings/finding.ts'
import type {RunReport} from './buildReport.ts'

const finding = ({ruleId, severity, message, documentId, path, url}: Finding) => ({ruleId, severity, message, documentId, path, url})

export const formatJsonReport = (report: RunReport): string =>
  JSON.stringify(
    {
      source: report.source,
      documents: report.documents,
      datasetFindings: report.datasetFindings.map(finding),
      clinics: report.clinics.map((clinic) => ({
        slug: clinic.slug,
        name: clinic.name,
        jurisdiction: clinic.jurisdiction,
        published: clinic.published,
        blocked: clinic.blocked.map((article) => ({...article, findings: article.findings.map(finding)})),
        blockedProcedures: clinic.blockedProcedures.map((procedure) => ({...procedure, findings: procedure.findings.map(finding)})),
        warnings: clinic.warnings.map((article) => ({...article, findings: article.findings.map(finding)})),
        scheduled: clinic.scheduled,
        ...(clinic.release ? {release: clinic.release} : {}),
        ...(clinic.failure ? {failure: clinic.failure, unpublished: clinic.unpublished ?? [], previousSiteLive: clinic.previousSiteLive ?? false} : {}),
      })),
      durationMs: report.durationMs,
    },
    null,
    2,
  )
