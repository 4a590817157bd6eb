// The publish gate for a clinic's own texts (its name, place and phone numbers, and the disclaimer in
// force), which every page of its site shows: the clinic preset's text rules on them, as on a
// procedure's page (checkProcedure.ts). An error holds back the clinic's whole new release
// (src/pipeline/runBuild.ts); a warning is reported and holds back nothing. Pure.
import {clinicTexts} from '../checks/textsShown.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Finding} from '../findings/finding.ts'
import type {Preset} from '../presets/preset.ts'
import {runTextRules} from './runPresetRules.ts'

export interface ClinicTextsCheckInput {
  clinic: Clinic
  graph: ContentGraph
  /** `YYYY-MM-DD` in the preset's time zone: it picks the disclaimer the pages show. */
  today: string
  preset: Preset
}

export const checkClinicTexts = ({clinic, graph, today, preset}: ClinicTextsCheckInput): Finding[] =>
  runTextRules({texts: clinicTexts(clinic, graph, today), jurisdiction: clinic.jurisdiction, graph, preset})
