// What the banned-claim rule tells a writer to write instead must itself pass the rule: every example
// a category's suggestion quotes («…») is clean in every jurisdiction's phrasebook. Writers paste
// these into articles, so one that trips the gate, or addresses the reader as a man in articles
// that address women, is a defect of the data.
import {describe, expect, it} from 'vitest'
import {findClaims} from '../../src/arabic/claims/findClaims.ts'
import {bannedClaimsByJurisdiction} from '../../src/presets/bannedClaims/index.ts'

const examples = Object.entries(bannedClaimsByJurisdiction).flatMap(([jurisdiction, phrasebook]) =>
  phrasebook.categories.flatMap((category) => [...category.suggestion.matchAll(/«([^»]+)»/g)].map((match) => [jurisdiction, category.id, match[1]!] as const)),
)

describe('banned-claim suggestions', () => {
  it('quote examples', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  it.each(examples)('%s %s: «%s» passes the rule', (jurisdiction, _category, example) => {
    expect(findClaims(example, bannedClaimsByJurisdiction[jurisdiction as keyof typeof bannedClaimsByJurisdiction]).map((match) => match.categoryId)).toEqual([])
  })

  // Imperatives a writer would paste: masculine singular ones («احجز»، «راجع») address a man.
  it.each(examples)('%s %s: «%s» addresses no reader by a gendered imperative', (_jurisdiction, _category, example) => {
    expect(example).not.toMatch(/(^|[\s«(])(احجز|راجع|فراجع|استشر|اتصل|اسأل)(\s|$)/)
  })
})
