// Which preset governs a clinic: one per jurisdiction.
import {aePreset} from './ae.ts'
import {egPreset} from './eg.ts'
import type {Jurisdiction, Preset} from './preset.ts'
import {saPreset} from './sa.ts'

export const presetsByJurisdiction: Readonly<Record<Jurisdiction, Preset>> = {
  EG: egPreset,
  SA: saPreset,
  AE: aePreset,
}

export const presetFor = (jurisdiction: Jurisdiction): Preset => presetsByJurisdiction[jurisdiction]

export {aePreset, egPreset, saPreset}
export {definePreset, type Jurisdiction, type Preset, type PresetSeverity, type RuleSetting} from './preset.ts'
