// The text rules (bidi-control, invisible-char, banned-claim) on the texts a linked document adds to
// every article showing it (a person's byline, a claim's statement and evidence: textsShown.ts), as
// each article's gate runs them there, under every jurisdiction given (every one while none is known),
// each problem once at its strictest severity. The person and claim forms show these. Pure.
import type {ShownText} from '../../checks/textsShown.ts'
import type {ContentGraph} from '../../content/contentGraph.ts'
import type {Finding} from '../../findings/finding.ts'
import {runTextRules} from '../../gate/runPresetRules.ts'
import {governingJurisdictions, presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {mergeClinicFindings} from './mergeClinicFindings.ts'

export interface LinkedTextsInput {
  texts: readonly ShownText[]
  graph: ContentGraph
  /** The countries of the clinics whose articles show the texts; none while that is not known. */
  jurisdictions?: readonly Jurisdiction[]
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

export const linkedTextFindings = ({texts, graph, jurisdictions = [], presets = presetsByJurisdiction}: LinkedTextsInput): Finding[] => {
  const verdicts = governingJurisdictions(jurisdictions, presets).map((jurisdiction) => ({clinics: [], findings: runTextRules({texts, jurisdiction, graph, preset: presets[jurisdiction]})}))
  return mergeClinicFindings(verdicts).map(({finding}) => finding)
}
