// The publish gate for a procedure's own page: the clinic preset's text rules (those with
// `runOnTexts`: bidi-control, invisible-char, banned-claim) on what the page shows of the
// procedure, its risks and contraindications. Articles showing the procedure are checked on the same
// texts by the same functions (textsShown.ts); this covers the page that shows them alone. Pure.
import {checkFor} from '../checks/registry.ts'
import {procedureTexts} from '../checks/textsShown.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'
import type {Preset} from '../presets/preset.ts'
import {presetFor} from '../presets/index.ts'
import {isPublishable, stampSeverity} from './checkArticle.ts'

export interface ProcedureCheckInput {
  procedure: Procedure
  clinic: Clinic
  graph: ContentGraph
  preset: Preset
}

export const checkProcedure = ({procedure, clinic, graph, preset}: ProcedureCheckInput): Finding[] => {
  const texts = procedureTexts(procedure, graph)
  return preset.rules.flatMap(([ruleId, severity, options]) => {
    const check = checkFor(ruleId)
    if (severity === 'off' || !check.runOnTexts) return []
    const reports = check.runOnTexts(texts, {clinic, graph, options: {...(check.defaultOptions as object), ...options}})
    return reports.map((report): Finding => ({ruleId, ...stampSeverity(report, severity), url: ruleDocsUrl(ruleId)}))
  })
}

/**
 * Whether the clinic may show the procedure's own page. Called by the site with the graph it renders
 * from, so an incremental build records what the verdict read (graphReadMemo.ts).
 */
export const isProcedurePublishable = (procedure: Procedure, clinic: Clinic, graph: ContentGraph): boolean =>
  isPublishable(checkProcedure({procedure, clinic, graph, preset: presetFor(clinic.jurisdiction)}))
