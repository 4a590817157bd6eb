// claim-approver-licence-jurisdiction: the reviewer who approved each claim an article cites holds a
// licence from the country of the clinic publishing it.
import {describe, expect, test} from 'vitest'
import {claim, claimRefMark, gateFindings, graphWith, licence, person, ref, seed004Article, seed004Body, span, summarize, textBlock} from '../support/gateFixtures.ts'

const RULE = 'claim-approver-licence-jurisdiction'
const CAIRO = 'clinic.nour-cairo'
const RIYADH = 'clinic.rawda-riyadh'
const DUBAI = 'clinic.lulu-dubai'
const M1 = 'body[_key=="b1"].markDefs[_key=="m1"]'
const M2 = 'body[_key=="b2"].markDefs[_key=="m2"]'
const M3 = 'body[_key=="b4"].markDefs[_key=="m3"]'

const HAIR = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const MINOXIDIL = 'يبقى المينوكسيديل الموضعي صاحب الدليل الأقوى كخيار أول.'
// A statement over 60 characters is quoted by its start.
const HAIR_QUOTED = 'الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جل…»)'
const MINOXIDIL_QUOTED = `الادعاء claim.minoxidil-first-line («${MINOXIDIL}»)`
// Tashkeel in the name: the message names the approver exactly as their person document does.
const NADIA = 'د. نادِيَة فُؤاد'

const egypt = licence('نقابة أطباء مصر', 'EMS-2009-48213', 'EG')
// Arabic-Indic digits, as a licence number may be typed: still a number a regulator can look up.
const saudi = licence('الهيئة السعودية للتخصصات الصحية', '١٤-R-٠٠٩٩١٢٠', 'SA')
const approver = (extra: Record<string, unknown>, roles = ['medicalReviewer']) => ({...person('person.dr-nadia', NADIA, roles), ...extra})
const approvedByNadia = (status = 'approved', reviewDue = '2027-06-30') =>
  claim('claim.meso-hair-density', HAIR, {review: {status, reviewer: ref('person.dr-nadia'), approvedAt: '2026-06-30T09:00:00Z', reviewDue}})
const minoxidilByNadia = claim('claim.minoxidil-first-line', MINOXIDIL, {
  evidence: {certainty: 'high', citations: [{_key: 'c1', title: 'Topical minoxidil for androgenetic alopecia', year: 2023, studyType: 'systematicReview', doi: '10.1111/jdv.12345'}]},
  review: {status: 'approved', reviewer: ref('person.dr-nadia'), approvedAt: '2026-06-30T09:00:00Z', reviewDue: '2027-06-30'},
})

const elsewhere = (quoted: string, countries: string, here: string) =>
  `${quoted} معتمَد باسم «${NADIA}»، وترخيص «${NADIA}» من ${countries}، والمقال يُنشر لعيادة في ${here}. ` +
  `اطلب من مراجع طبي مرخّص في ${here} تجديد الاعتماد بزر «تجديد الاعتماد»، أو أضف الترخيص من ${here} إلى «تراخيص أخرى» في الملف إن وُجد.`
const unlicensed = (here: string) =>
  `${HAIR_QUOTED} معتمَد باسم «${NADIA}»، ولا يحمل ملف «${NADIA}» رقم ترخيص مهني، فلا يستطيع القارئ في ${here} التحقق من هذا الاعتماد. ` +
  `اطلب من مراجع طبي مرخّص في ${here} تجديد الاعتماد بزر «تجديد الاعتماد»، أو أضف الترخيص (الرقم وجهة الإصدار ودولة الترخيص) إلى الملف.`
const unrecorded = (licences: string, here: string) =>
  `${HAIR_QUOTED} معتمَد باسم «${NADIA}»، ولم تُحدَّد دولة الترخيص (${licences}) في ملف «${NADIA}»، فلا يُعرف إن كان هذا الاعتماد يُعتدّ به في مقال يُنشر لعيادة في ${here}. ` +
  `حدّد «دولة الترخيص» في الملف، أو اطلب من مراجع طبي مرخّص في ${here} تجديد الاعتماد بزر «تجديد الاعتماد».`

/** Seed 004 with claim.meso-hair-density cited a second time, in a block of its own. */
const citedTwice = () =>
  seed004Article({body: [...seed004Body(), textBlock('b4', [span('s1', HAIR, ['m3'])], [claimRefMark('m3', 'claim.meso-hair-density')])]})

type Expected = readonly (readonly [path: string, message: string])[]

// One row per approver, its verdict in each clinic's country: every row warns somewhere, so it also
// proves the rule runs, and its silent clinics that it does not warn where the licence counts.
const cases: {name: string; article?: ReturnType<typeof seed004Article>; extra: ReturnType<typeof claim>[]; cairo: Expected; riyadh: Expected; dubai: Expected}[] = [
  {
    name: 'an Egyptian licence',
    extra: [approver({licence: egypt}), approvedByNadia()],
    cairo: [],
    riyadh: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'السعودية')]],
    dubai: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'الإمارات')]],
  },
  {
    name: 'a Saudi licence (Arabic-Indic digits) among «تراخيص أخرى»',
    extra: [approver({licence: egypt, otherLicences: [saudi]}), approvedByNadia()],
    cairo: [],
    riyadh: [],
    dubai: [[M1, elsewhere(HAIR_QUOTED, 'مصر والسعودية', 'الإمارات')]],
  },
  {
    name: 'the same country twice is named once',
    extra: [approver({licence: egypt, otherLicences: [licence('وزارة الصحة والسكان', 'MOH-٧٧', 'EG')]}), approvedByNadia()],
    cairo: [],
    riyadh: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'السعودية')]],
    dubai: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'الإمارات')]],
  },
  {
    name: 'no licence at all',
    extra: [approver({}), approvedByNadia()],
    cairo: [[M1, unlicensed('مصر')]],
    riyadh: [[M1, unlicensed('السعودية')]],
    dubai: [[M1, unlicensed('الإمارات')]],
  },
  {
    name: 'a Saudi licence with no number counts for nothing',
    extra: [approver({licence: licence('الهيئة السعودية للتخصصات الصحية', '  ', 'SA')}), approvedByNadia()],
    cairo: [[M1, unlicensed('مصر')]],
    riyadh: [[M1, unlicensed('السعودية')]],
    dubai: [[M1, unlicensed('الإمارات')]],
  },
  {
    name: 'a licence whose country is not recorded',
    extra: [approver({licence: licence('نقابة أطباء مصر', '٤٨٢١٣')}), approvedByNadia()],
    cairo: [[M1, unrecorded('نقابة أطباء مصر رقم ٤٨٢١٣', 'مصر')]],
    riyadh: [[M1, unrecorded('نقابة أطباء مصر رقم ٤٨٢١٣', 'السعودية')]],
    dubai: [[M1, unrecorded('نقابة أطباء مصر رقم ٤٨٢١٣', 'الإمارات')]],
  },
  {
    name: 'an unrecorded country does not matter where the clinic country is held',
    extra: [approver({licence: licence('نقابة أطباء مصر', '٤٨٢١٣'), otherLicences: [saudi]}), approvedByNadia()],
    cairo: [[M1, unrecorded('نقابة أطباء مصر رقم ٤٨٢١٣', 'مصر')]],
    riyadh: [],
    dubai: [[M1, unrecorded('نقابة أطباء مصر رقم ٤٨٢١٣', 'الإمارات')]],
  },
  {
    name: 'two claims by the same approver: one finding each, naming its claim',
    extra: [approver({licence: egypt}), approvedByNadia(), minoxidilByNadia],
    cairo: [],
    riyadh: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'السعودية')], [M2, elsewhere(MINOXIDIL_QUOTED, 'مصر', 'السعودية')]],
    dubai: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'الإمارات')], [M2, elsewhere(MINOXIDIL_QUOTED, 'مصر', 'الإمارات')]],
  },
  {
    name: 'one claim cited twice: one finding at each citation',
    article: citedTwice(),
    extra: [approver({licence: egypt, otherLicences: [saudi]}), approvedByNadia()],
    cairo: [],
    riyadh: [],
    dubai: [[M1, elsewhere(HAIR_QUOTED, 'مصر والسعودية', 'الإمارات')], [M3, elsewhere(HAIR_QUOTED, 'مصر والسعودية', 'الإمارات')]],
  },
  // A lapsed approval is still shown under its approver's name until renewed: both problems are said.
  {
    name: 'an expired approval is still checked',
    extra: [approver({licence: egypt}), approvedByNadia('approved', '2026-06-30')],
    cairo: [],
    riyadh: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'السعودية')]],
    dubai: [[M1, elsewhere(HAIR_QUOTED, 'مصر', 'الإمارات')]],
  },
]

describe(RULE, () => {
  test.each(cases)('$name', ({article = seed004Article(), extra, cairo, riyadh, dubai}) => {
    const graph = graphWith(article, {extra})
    const findingsIn = (clinicId: string) => gateFindings(graph, {clinicId}).filter((f) => f.ruleId === RULE)
    const verdicts = Object.fromEntries([CAIRO, RIYADH, DUBAI].map((clinicId) => [clinicId, findingsIn(clinicId)]))
    expect(Object.fromEntries(Object.entries(verdicts).map(([clinicId, findings]) => [clinicId, summarize(findings)]))).toEqual({
      [CAIRO]: cairo.map(([path]) => `${RULE} warning ${path}`),
      [RIYADH]: riyadh.map(([path]) => `${RULE} warning ${path}`),
      [DUBAI]: dubai.map(([path]) => `${RULE} warning ${path}`),
    })
    expect(Object.fromEntries(Object.entries(verdicts).map(([clinicId, findings]) => [clinicId, findings.map((f) => [f.path, f.message])]))).toEqual({
      [CAIRO]: cairo,
      [RIYADH]: riyadh,
      [DUBAI]: dubai,
    })
    expect(Object.values(verdicts).flat().every((f) => f.documentId === 'article.meso-realistic')).toBe(true)
  })

  // Who approved, and whether they may, is another rule's finding at m1; the licence is the next
  // question. The article's other claim, approved by the Egypt-only Nadia, is still checked at m2.
  test.each([
    {name: 'an approver missing from the published people', hair: claim('claim.meso-hair-density', HAIR, {review: {status: 'approved', reviewer: ref('person.ghost'), approvedAt: '2026-06-30T09:00:00Z', reviewDue: '2027-06-30'}}), other: ['claim-unapproved error']},
    {name: 'an approver without the medical reviewer role', hair: claim('claim.meso-hair-density', HAIR, {review: {status: 'approved', reviewer: ref('person.mona'), approvedAt: '2026-06-30T09:00:00Z', reviewDue: '2027-06-30'}}), other: ['claim-reviewer-role error']},
    {name: 'a claim still in review by an Egypt-only reviewer', hair: approvedByNadia('inReview'), other: ['claim-unapproved error']},
  ])('$name: reported by the other rule, not this one', ({hair, other}) => {
    const findings = gateFindings(graphWith(seed004Article(), {extra: [approver({licence: egypt}), hair, minoxidilByNadia]}), {clinicId: RIYADH})
    expect(summarize(findings.filter((f) => f.ruleId === RULE || other.includes(`${f.ruleId} ${f.severity}`)))).toEqual([
      ...other.map((rule) => `${rule} ${M1}`),
      `${RULE} warning ${M2}`,
    ])
  })

  test('a claim missing from the graph: reference-broken and claim-unapproved report it, this rule only the other claim', () => {
    const findings = gateFindings(graphWith(seed004Article(), {extra: [approver({licence: egypt}), minoxidilByNadia], without: ['claim.meso-hair-density']}), {clinicId: RIYADH})
    expect(summarize(findings.filter((f) => [RULE, 'reference-broken', 'claim-unapproved'].includes(f.ruleId)))).toEqual([
      `reference-broken error ${M1}.claim`,
      `claim-unapproved error ${M1}`,
      `${RULE} warning ${M2}`,
    ])
  })

  test("the article's reviewer and a claim's approver are two rules: each reports its own person", () => {
    const findings = gateFindings(graphWith(seed004Article({medicalReviewer: ref('person.dr-nadia')}), {extra: [approver({licence: egypt}), approvedByNadia()]}), {clinicId: RIYADH})
    expect(summarize(findings.filter((f) => f.ruleId === RULE || f.ruleId === 'reviewer-licence-jurisdiction'))).toEqual([
      `${RULE} warning ${M1}`,
      'reviewer-licence-jurisdiction warning medicalReviewer',
    ])
  })
})
