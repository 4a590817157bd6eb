// The publish gate for every clinic in the graph, each under its own jurisdiction's preset.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {InvalidDisclaimer} from '../content/parseDocuments.ts'
import type {Finding} from '../findings/finding.ts'
import {presetsByJurisdiction} from '../presets/index.ts'
import type {Jurisdiction, Preset} from '../presets/preset.ts'
import {runGate, type ClinicGateResult} from './runGate.ts'

export interface AllClinicsGateInput {
  graph: ContentGraph
  now: Date
  parseFindings?: readonly Finding[]
  invalidDisclaimers?: readonly InvalidDisclaimer[]
  /** Defaults to Sanad's presets; tests and what-if runs pass their own. */
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

export const runGateForAllClinics = ({graph, now, parseFindings = [], invalidDisclaimers = [], presets = presetsByJurisdiction}: AllClinicsGateInput): ClinicGateResult[] =>
  [...graph.clinics.values()]
    .sort((a, b) => (a.slug.current < b.slug.current ? -1 : a.slug.current > b.slug.current ? 1 : 0))
    .map((clinic) => runGate({graph, clinic, now, preset: presets[clinic.jurisdiction], parseFindings, invalidDisclaimers}))
