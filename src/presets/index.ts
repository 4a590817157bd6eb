// Which preset governs a clinic (one per jurisdiction), the countries a shared document answers to,
// and "today" on a preset's calendar, as the gate and everything that must agree with it reads it.
import {calendarDateIn, latest} from '../locale/calendarDates.ts'
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

/**
 * The jurisdictions a document shown by clinics in `jurisdictions` answers to, each once; every
 * one of `presets` while none is known (a claim or person no article links yet could go anywhere).
 */
export const governingJurisdictions = (jurisdictions: readonly Jurisdiction[], presets: Readonly<Record<Jurisdiction, unknown>> = presetsByJurisdiction): Jurisdiction[] =>
  jurisdictions.length > 0 ? [...new Set(jurisdictions)] : (Object.keys(presets) as Jurisdiction[])

/**
 * "Today" as the gate sees it for a jurisdiction (`YYYY-MM-DD` on its preset's calendar). Anything
 * that must agree with the gate about which disclaimer is current or which date has passed (the
 * renderer, the Studio) should ask this rather than take the UTC day.
 */
export const todayFor = (jurisdiction: Jurisdiction, now: Date): string => calendarDateIn(now, presetFor(jurisdiction).timeZone)

/**
 * "Today" for a claim's approval, which serves clinics in several jurisdictions: the latest of their
 * calendar days, so an approval reads as lapsed from the first midnight at which the gate blocks it
 * for one of them (never "approved" while a clinic's articles are held back). Without jurisdictions
 * (a claim no article links yet, or a caller that does not know them), every preset's.
 */
export const claimToday = (now: Date, jurisdictions: Iterable<Jurisdiction> = Object.keys(presetsByJurisdiction) as Jurisdiction[]): string => {
  const days = [...jurisdictions].map((jurisdiction) => todayFor(jurisdiction, now))
  return latest(days) ?? claimToday(now)
}

export {aePreset, egPreset, saPreset}
export {definePreset, type Jurisdiction, type Preset, type PresetSeverity, type RuleSetting} from './preset.ts'
