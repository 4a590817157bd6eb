// author-missing: the article names a writer; a warning in Egypt and the UAE, an error in Saudi Arabia.
import {describe, expect, test} from 'vitest'
import {gateFindings, graphWith, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'author-missing'

const cases = [
  {name: 'a writer', author: ref('person.mona'), clinicId: 'clinic.nour-cairo', expected: []},
  {name: 'no author (Egypt: warning)', author: undefined, clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning author`], says: ['لم يُحدَّد كاتب']},
  {name: 'no author (UAE: warning)', author: undefined, clinicId: 'clinic.lulu-dubai', expected: [`${RULE} warning author`]},
  {name: 'no author (Saudi Arabia: error)', author: undefined, clinicId: 'clinic.rawda-riyadh', expected: [`${RULE} error author`]},
  {name: 'a reviewer without the writer role', author: ref('person.dr-hala'), clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning author`], says: ['«د. هالة منصور»']},
  {name: 'an unknown person', author: ref('person.ghost'), clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning author`], says: ['person.ghost']},
]

describe(RULE, () => {
  test.each(cases)('$name', ({author, clinicId, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article({author})), {clinicId}).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })
})
