// claim-unapproved: every way a linked claim can lack a valid approval, reported at its claimRef.
import {describe, expect, test} from 'vitest'
import {fixForApprovalProblem, type ClaimApprovalProblem} from '../../src/checks/claimApproval.ts'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {claim, claimRefMark, gateFindings, graphWith, ref, seed004Article, seed004Body, span, supportingDocuments, textBlock, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-unapproved'
const AT_M1 = `${RULE} error body[_key=="b1"].markDefs[_key=="m1"]`
const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const review = (extra: Record<string, unknown>) => ({
  review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2026-06-30T09:00:00Z', reviewDue: '2027-06-30', ...extra},
})

const cases = [
  {name: 'approved by a medical reviewer, due in the future', claim: review({}), expected: []},
  {name: 'approval due today still holds', claim: review({reviewDue: '2026-11-21'}), expected: []},
  {name: 'an expired approval is claim-expired, not this rule', claim: review({reviewDue: '2026-01-01'}), expected: []},
  {name: 'draft', claim: review({status: 'draft'}), expected: [AT_M1], says: ['claim.meso-hair-density', '«مسودة»']},
  {name: 'in review', claim: review({status: 'inReview'}), expected: [AT_M1], says: ['«قيد المراجعة»']},
  {name: 'rejected', claim: review({status: 'rejected'}), expected: [AT_M1], says: ['«مرفوض»']},
  {name: 'no review at all counts as draft', claim: {review: undefined}, expected: [AT_M1], says: ['«مسودة»']},
  {name: 'approved without a reviewer', claim: review({reviewer: undefined}), expected: [AT_M1], says: ['لم يُحدَّد له مراجع طبي']},
  {name: 'approved by a writer is claim-reviewer-role, not this rule', claim: review({reviewer: ref('person.mona')}), expected: []},
  {name: 'an approval of other words is claim-changed-since-approval, not this rule', claim: review({approvedHash: 'f'.repeat(64)}), expected: []},
  {name: 'approved by an unknown person', claim: review({reviewer: ref('person.ghost')}), expected: [AT_M1], says: ['person.ghost']},
  {name: 'approved without a review-due date', claim: review({reviewDue: undefined}), expected: [AT_M1], says: ['بلا موعد']},
  {
    name: 'approved with no approval date: no policy period can end it, however far its review-due date',
    claim: review({approvedAt: undefined, reviewDue: '9999-12-31'}),
    expected: [AT_M1],
    says: ['لم يُسجَّل تاريخ اعتماده، فلا يُعرف متى تنتهي صلاحيته', 'ليُسجَّل بتاريخه'],
  },
  {name: 'approved earlier today', claim: review({approvedAt: '2026-11-21T08:00:00Z'}), expected: []},
  {
    name: 'an approval dated tomorrow did not happen as recorded',
    claim: review({approvedAt: '2026-11-22T08:00:00Z'}),
    expected: [AT_M1],
    says: ['سُجِّل اعتماده بتاريخ لم يأتِ بعد (٢٢ نوفمبر ٢٠٢٦)', 'ليُسجَّل بتاريخه الصحيح'],
  },
]

describe(RULE, () => {
  test.each(cases)('$name', ({claim: overrides, expected, says = []}) => {
    const graph = graphWith(seed004Article(), {extra: [claim('claim.meso-hair-density', STATEMENT, overrides)]})
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('approved with neither a reviewer nor a due date: both said, and the one renewal that records them asked for once', () => {
    const graph = graphWith(seed004Article(), {extra: [claim('claim.meso-hair-density', STATEMENT, review({reviewer: undefined, reviewDue: undefined}))]})
    const message = gateFindings(graph).find((f) => f.ruleId === RULE)!.message
    expect(message).toContain('لم يُحدَّد له مراجع طبي، واعتماده بلا موعد لإعادة المراجعة.')
    expect(message.match(/بزر «تجديد الاعتماد»/g)).toHaveLength(1)
  })

  test('a draft claim: the writer is told to submit it, not to ask a reviewer to approve a draft', () => {
    const graph = graphWith(seed004Article(), {extra: [claim('claim.meso-hair-density', STATEMENT, review({status: 'draft'}))]})
    expect(gateFindings(graph).find((f) => f.ruleId === RULE)!.message).toContain('أرسله للمراجعة بزر «إرسال للمراجعة» ليعتمده مراجع طبي بزر «اعتماد»؛ أو احذف الجملة المربوطة به.')
  })

  test('a claim missing from the published graph is reported at its claimRef', () => {
    const findings = gateFindings(graphWith(seed004Article(), {without: ['claim.meso-hair-density']}))
    expect(summarize(findings, RULE)).toEqual([AT_M1])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toContain('غير موجود بين الادعاءات المنشورة')
  })

  // As reference-broken says of the same reference (failsContentModel): broken, not deleted.
  const withInvalid = (id: string, edit: (document: Record<string, unknown>) => Record<string, unknown>) => {
    const raws = [...supportingDocuments().filter((document) => document._id !== 'article.meso-realistic'), seed004Article()]
    const parsed = parseDocuments(raws.map((document) => (document._id === id ? edit(document) : document)))
    return gateFindings(buildContentGraph(parsed.documents), {parseFindings: parsed.findings}).filter((finding) => finding.ruleId === RULE)
  }

  test('a claim that is published but fails the content model is said to be so, not missing', () => {
    const findings = withInvalid('claim.meso-hair-density', (document) => ({...document, statement: 42}))
    expect(summarize(findings)).toEqual([AT_M1])
    expect(findings[0]!.message).toBe(
      'الجملة مربوطة بالادعاء claim.meso-hair-density، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه)، فلا يمكن التحقق من اعتماده. أصلح الادعاء ثم أرسله للمراجعة بزر «إرسال للمراجعة»، أو اربط الجملة بادعاء معتمد، أو احذف الجملة وربطها.',
    )
  })

  test('a reviewer whose person document is published but fails the content model is said to be so, not missing', () => {
    // Both claims of seed 004 were approved by her.
    const findings = withInvalid('person.dr-hala', (document) => ({...document, name: '   '}))
    expect(summarize(findings)).toEqual([AT_M1, `${RULE} error body[_key=="b2"].markDefs[_key=="m2"]`])
    expect(findings[0]!.message).toContain('غير معتمد: ملف من سُجِّل مراجعًا له (person.dr-hala) منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه). أصلح ملف المراجع في «شخص» وأعد نشره،')
    expect(findings[0]!.message).not.toContain('غير موجود')
  })

  test('every claimRef to an unapproved claim is reported, each at its own path', () => {
    const body = [
      ...seed004Body(),
      textBlock('b9', [span('s1', 'كما ذُكر سابقًا، ', []), span('s2', 'تتحسّن الكثافة بعد عدة جلسات', ['m7'])], [claimRefMark('m7', 'claim.meso-hair-density')]),
    ]
    const graph = graphWith(seed004Article({body}), {extra: [claim('claim.meso-hair-density', STATEMENT, review({status: 'draft'}))]})
    expect(summarize(gateFindings(graph), RULE)).toEqual([AT_M1, `${RULE} error body[_key=="b9"].markDefs[_key=="m7"]`])
  })

  test('a claimRef no span carries is shown nowhere and blocks nothing', () => {
    const body = [
      ...seed004Body(),
      textBlock('bx', [span('s1', 'نص عادي بلا ادعاء مُعلَّم.')], [claimRefMark('mx', 'claim.draft-leftover')]),
    ]
    const graph = graphWith(seed004Article({body}), {extra: [claim('claim.draft-leftover', 'ادعاء لم يُراجَع.', review({status: 'draft'}))]})
    expect(summarize(gateFindings(graph))).toEqual([])
  })
})


// The claim's review fields are read-only in the Studio; every fix names the action that does it.
// An approved claim offers «تجديد الاعتماد» (and «سحب الاعتماد»), never «إرسال للمراجعة».
describe('fixForApprovalProblem', () => {
  test.each([
    // Only a claim in review can be approved: a draft or a rejected claim is submitted first.
    {problem: {kind: 'status', status: 'draft'}, fix: 'أرسله للمراجعة بزر «إرسال للمراجعة» ليعتمده مراجع طبي بزر «اعتماد»'},
    {problem: {kind: 'status', status: 'rejected'}, fix: 'أرسله للمراجعة بزر «إرسال للمراجعة» ليعتمده مراجع طبي بزر «اعتماد»'},
    {problem: {kind: 'status', status: 'inReview'}, fix: 'اطلب من مراجع طبي اعتماده بزر «اعتماد»'},
    {problem: {kind: 'reviewer-missing'}, fix: 'هذا الاعتماد لم يُسجَّل بزر «اعتماد»؛ اطلب من مراجع طبي تجديده بزر «تجديد الاعتماد» ليُسجَّل باسمه'},
    {problem: {kind: 'reviewer-unknown', reviewerId: 'person.ghost'}, fix: 'اطلب من مراجع طبي له ملف «شخص» منشور تجديد الاعتماد بزر «تجديد الاعتماد»'},
    {
      problem: {kind: 'reviewer-not-medical', reviewerId: 'person.mona', reviewerName: 'منى'},
      fix: 'اطلب من مراجع له دور «مراجع طبي» تجديد الاعتماد بزر «تجديد الاعتماد»، أو أضف الدور إلى ملف المراجع في «شخص» إن توافرت المؤهلات اللازمة',
    },
    {problem: {kind: 'approval-unbound'}, fix: 'أرسل الادعاء للمراجعة من جديد بزر «إرسال للمراجعة» ليعتمد مراجع طبي النص الحالي'},
    {problem: {kind: 'four-eyes', role: 'writer', approverName: 'منى'}, fix: 'اطلب من مراجع طبي آخر لم يكتبه ولم يعدّله تجديد الاعتماد بزر «تجديد الاعتماد»'},
    {problem: {kind: 'review-due-missing'}, fix: 'اطلب من مراجع طبي تجديد الاعتماد بزر «تجديد الاعتماد» ليُحدَّد موعد إعادة المراجعة'},
    {problem: {kind: 'expired', reviewDue: '2026-06-30'}, fix: 'اطلب من مراجع طبي تجديد الاعتماد بزر «تجديد الاعتماد»'},
  ] satisfies {problem: ClaimApprovalProblem; fix: string}[])('$problem.kind', ({problem, fix}) => {
    expect(fixForApprovalProblem(problem)).toBe(fix)
  })

  test('the full message for an approval recorded without a reviewer', () => {
    const graph = graphWith(seed004Article(), {extra: [claim('claim.meso-hair-density', STATEMENT, review({reviewer: undefined}))]})
    expect(gateFindings(graph).filter((f) => f.ruleId === RULE).map((f) => f.message)).toEqual([
      'الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جل…») غير معتمد: لم يُحدَّد له مراجع طبي. هذا الاعتماد لم يُسجَّل بزر «اعتماد»؛ اطلب من مراجع طبي تجديده بزر «تجديد الاعتماد» ليُسجَّل باسمه؛ أو احذف الجملة المربوطة به.',
    ])
  })
})
