// What a reviewer's licences lack for a clinic's country, and how to name it in Arabic: the article's
// reviewer (reviewer-licence-jurisdiction) and each cited claim's approver
// (claim-approver-licence-jurisdiction) are judged alike, so the three cases cannot drift apart.
import type {Licence, Person} from '../content/documents/person.ts'
import {licenceIn, licenceStanding} from '../content/personLicences.ts'
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {listFormat} from '../locale/intlCache.ts'
import type {Jurisdiction} from '../presets/preset.ts'

export type LicenceGap =
  /** Identifiable licences whose country is not recorded: nobody can tell where they count. */
  | {kind: 'jurisdiction-unrecorded'; licences: Licence[]}
  /** No licence with a number at all. */
  | {kind: 'unlicensed'}
  /** Licensed, but only in other countries. */
  | {kind: 'licensed-elsewhere'; jurisdictions: Jurisdiction[]}

/** Why `person` holds no licence that counts in `jurisdiction`; undefined when they hold one. */
export const licenceGapIn = (person: Person, jurisdiction: Jurisdiction): LicenceGap | undefined => {
  if (licenceIn(person, jurisdiction)) return undefined
  const {withoutJurisdiction, jurisdictions} = licenceStanding(person)
  // An unrecorded country might be this one: asking for it comes before calling the person unlicensed here.
  if (withoutJurisdiction.length > 0) return {kind: 'jurisdiction-unrecorded', licences: withoutJurisdiction}
  if (jurisdictions.length === 0) return {kind: 'unlicensed'}
  return {kind: 'licensed-elsewhere', jurisdictions}
}

/** Arabic: «مصر والسعودية». */
export const countriesInArabic = (jurisdictions: readonly string[]): string =>
  listFormat('ar', {type: 'conjunction'}).format(jurisdictions.map((jurisdiction) => labelOf(JURISDICTIONS, jurisdiction)))

/** Arabic: «نقابة أطباء مصر رقم EMS-2009-48213، رقم 77», each licence as its regulator knows it. */
export const licenceNumbersInArabic = (licences: readonly Licence[]): string =>
  licences.map((licence) => `${licence.issuingBody ? `${licence.issuingBody} ` : ''}رقم ${licence.number}`).join('، ')
