// reviewer-missing: the article names a medical reviewer who holds that role.
import {describe, expect, test} from 'vitest'
import {gateFindings, graphWith, person, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'reviewer-missing'

const cases = [
  {name: 'a medical reviewer', reviewer: ref('person.dr-hala'), expected: []},
  {name: 'a person with both writer and reviewer roles', reviewer: ref('person.dr-both'), expected: []},
  {name: 'no reviewer', reviewer: undefined, expected: [`${RULE} error medicalReviewer`], says: ['لم يُحدَّد مراجع طبي']},
  {name: 'a writer as reviewer', reviewer: ref('person.mona'), expected: [`${RULE} error medicalReviewer`], says: ['لا يحمل ملف «منى عبد الله» دور «مراجع طبي»']},
  {name: 'an editor as reviewer', reviewer: ref('person.sami'), expected: [`${RULE} error medicalReviewer`]},
  {name: 'an unknown person', reviewer: ref('person.ghost'), expected: [`${RULE} error medicalReviewer`], says: ['person.ghost']},
]

describe(RULE, () => {
  test.each(cases)('$name', ({reviewer, expected, says = []}) => {
    const graph = graphWith(seed004Article({medicalReviewer: reviewer}), {
      extra: [person('person.dr-both', 'د. كريم', ['writer', 'medicalReviewer'])],
    })
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })
})
