// Which Studio inputs hold Latin or technical values and so stay left-to-right inside the Arabic
// Studio. Data, not conditionals: add a field here and the form follows (see inputDirection.ts).

/** Schema types whose value is Latin/technical wherever the type is used. */
export const LATIN_SCHEMA_TYPES: readonly string[] = [
  'slug',
  'url',
  'email',
  // Date pickers show ISO digits and a calendar grid that is laid out left-to-right.
  'date',
  'datetime',
]

/**
 * Fields typed as plain `string` whose value is Latin/technical. Each entry is a dotted suffix of the
 * field path with array items left out: `licence.number` matches `licence.number` on a person,
 * `citations.pmid` matches `evidence.citations[_key=="…"].pmid` on a claim.
 */
export const LATIN_FIELDS: readonly string[] = [
  'email',
  'domain',
  'netlifySiteId',
  'licence.number',
  'otherLicences.number',
  'contact.phone',
  'contact.whatsapp',
  'branding.primaryColor',
  'branding.accentColor',
  'citations.pmid',
  'citations.doi',
  // The review workflow's identifiers: Sanity user ids and sha256 hashes.
  'review.approvedBy',
  'review.approvedHash',
  'audit.userId',
  'audit.hash',
]
