// The params `pickableDisclaimerFilter` compares each disclaimer's effectiveDate with: one day per
// jurisdiction, on that jurisdiction's calendar, so the picker offers the version the gate accepts
// from local midnight, not from UTC midnight. Pure: the caller passes the clock.
import {presetsByJurisdiction, todayFor} from '../presets/index.ts'
import type {Jurisdiction} from '../presets/preset.ts'

/** `$todayEG`, `$todaySA`, …: a type, not an interface, so it spreads into the picker's params. */
export type DisclaimerPickerDays = {[J in Jurisdiction as `today${J}`]: string}

export const disclaimerPickerDays = (now: Date): DisclaimerPickerDays =>
  Object.fromEntries(
    (Object.keys(presetsByJurisdiction) as Jurisdiction[]).map((jurisdiction) => [`today${jurisdiction}`, todayFor(jurisdiction, now)]),
  ) as DisclaimerPickerDays
