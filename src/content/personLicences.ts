// Which of a practitioner's licences count where: the reviewer-licence-jurisdiction and
// claim-approver-licence-jurisdiction rules, the byline and the API credits ask the same question, so
// a page never names a licence the gate did not accept for that clinic's country.
import type {Jurisdiction} from '../presets/preset.ts'
import type {Licence, Person} from './documents/person.ts'

/** Every licence recorded on the person, the main one first. */
export const licencesOf = (person: Person): Licence[] => [...(person.licence ? [person.licence] : []), ...(person.otherLicences ?? [])]

/** A licence without a number identifies no one to the regulator: it is not counted. */
export const isIdentifiable = (licence: Pick<Licence, 'number'>): boolean => (licence.number?.trim() ?? '') !== ''

/** The person's licence from a regulator of `jurisdiction`, if they hold one. */
export const licenceIn = (person: Person, jurisdiction: Jurisdiction): Licence | undefined =>
  licencesOf(person).find((licence) => isIdentifiable(licence) && licence.jurisdiction === jurisdiction)

/** The licence a clinic's pages name: the one valid in its country, or else the main one. */
export const licenceShownIn = (person: Person, jurisdiction: Jurisdiction): Licence | undefined =>
  licenceIn(person, jurisdiction) ?? person.licence

export interface LicenceStanding {
  /** Identifiable licences whose country is not recorded: the rule cannot tell where they count. */
  withoutJurisdiction: Licence[]
  /** The countries the person holds an identifiable licence in. */
  jurisdictions: Jurisdiction[]
}

export const licenceStanding = (person: Person): LicenceStanding => {
  const identifiable = licencesOf(person).filter(isIdentifiable)
  return {
    withoutJurisdiction: identifiable.filter((licence) => licence.jurisdiction === undefined),
    jurisdictions: [...new Set(identifiable.flatMap((licence) => (licence.jurisdiction ? [licence.jurisdiction] : [])))],
  }
}
