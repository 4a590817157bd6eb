// reviewer-licence-jurisdiction: the article's medical reviewer holds a licence from the country of
// the clinic publishing it.
import {describe, expect, test} from 'vitest'
import {gateFindings, graphWith, licence, person, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'reviewer-licence-jurisdiction'
const CAIRO = 'clinic.nour-cairo'
const RIYADH = 'clinic.rawda-riyadh'
const DUBAI = 'clinic.lulu-dubai'

const egypt = licence('نقابة أطباء مصر', 'EMS-2009-48213', 'EG')
const saudi = licence('الهيئة السعودية للتخصصات الصحية', '14-R-0099120', 'SA')
const reviewer = (extra: Record<string, unknown>) => ({...person('person.dr-nadia', 'د. نادية فؤاد', ['medicalReviewer']), ...extra})

const cases = [
  {name: 'an Egyptian licence, Cairo clinic', who: reviewer({licence: egypt}), clinicId: CAIRO, expected: []},
  {name: 'an Egyptian licence, Riyadh clinic', who: reviewer({licence: egypt}), clinicId: RIYADH, expected: [`${RULE} warning medicalReviewer`], says: ['ترخيص المراجع الطبي «د. نادية فؤاد» من مصر، والمقال يُنشر لعيادة في السعودية', 'اختر مراجعًا مرخّصًا في السعودية']},
  {name: 'a Saudi licence among other licences, Riyadh clinic', who: reviewer({licence: egypt, otherLicences: [saudi]}), clinicId: RIYADH, expected: []},
  {name: 'licences in Egypt and Saudi Arabia, Dubai clinic', who: reviewer({licence: egypt, otherLicences: [saudi]}), clinicId: DUBAI, expected: [`${RULE} warning medicalReviewer`], says: ['من مصر والسعودية، والمقال يُنشر لعيادة في الإمارات']},
  {name: 'the same country twice is named once', who: reviewer({licence: egypt, otherLicences: [licence('وزارة الصحة والسكان', 'MOH-77', 'EG')]}), clinicId: DUBAI, expected: [`${RULE} warning medicalReviewer`], says: ['من مصر، والمقال']},
  {name: 'a Saudi licence with no number counts for nothing', who: reviewer({licence: egypt, otherLicences: [licence('الهيئة السعودية للتخصصات الصحية', '  ', 'SA')]}), clinicId: RIYADH, expected: [`${RULE} warning medicalReviewer`], says: ['من مصر،']},
  {name: 'no licence at all', who: reviewer({}), clinicId: CAIRO, expected: [`${RULE} warning medicalReviewer`], says: ['لا يحمل ملف المراجع الطبي «د. نادية فؤاد» رقم ترخيص مهني', 'مرخّصًا في مصر']},
  {name: 'a licence body without a number', who: reviewer({licence: {issuingBody: 'نقابة أطباء مصر', jurisdiction: 'EG'}}), clinicId: CAIRO, expected: [`${RULE} warning medicalReviewer`], says: ['رقم ترخيص مهني']},
  {name: 'a licence whose country is not recorded', who: reviewer({licence: licence('نقابة أطباء مصر', 'EMS-2009-48213')}), clinicId: CAIRO, expected: [`${RULE} warning medicalReviewer`], says: ['لم تُحدَّد دولة الترخيص (نقابة أطباء مصر رقم EMS-2009-48213)', 'حدّد «دولة الترخيص»']},
  {name: 'an unrecorded country does not matter once the clinic country is held', who: reviewer({licence: licence('نقابة أطباء مصر', 'EMS-2009-48213'), otherLicences: [saudi]}), clinicId: RIYADH, expected: []},
  // Who is not a reviewer at all is reviewer-missing's finding, not a second one here.
  {name: 'a writer as reviewer', who: {...person('person.dr-nadia', 'د. نادية فؤاد', ['writer'])}, clinicId: CAIRO, expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({who, clinicId, expected, says = []}) => {
    const graph = graphWith(seed004Article({medicalReviewer: ref('person.dr-nadia')}), {extra: [who]})
    const findings = gateFindings(graph, {clinicId}).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('no reviewer: reviewer-missing reports it, this rule does not', () => {
    const findings = gateFindings(graphWith(seed004Article({medicalReviewer: undefined})))
    expect(summarize(findings.filter((f) => f.ruleId === RULE || f.ruleId === 'reviewer-missing'))).toEqual(['reviewer-missing error medicalReviewer'])
  })
})
