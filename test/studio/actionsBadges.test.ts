// The badges: a claim's workflow state and GRADE certainty, an article's gate verdict.
import type {DocumentBadgeComponent} from 'sanity'
import {describe, expect, test} from 'vitest'
import type {Finding} from '../../src/findings/finding.ts'
import {articleGateBadge} from '../../src/studio/badges/articleBadgeDescription.ts'
import {claimCertaintyBadge, claimStateBadge} from '../../src/studio/badges/claimBadges.ts'
import {resolveDocumentBadges} from '../../src/studio/badges/index.ts'
import {claimRefMark, seed004Article, span, textBlock} from '../support/gateFixtures.ts'
import {sameNameBranchesLeftOut} from '../support/sameNameClinics.ts'
import {claimPolicyFor} from '../../src/workflow/reviewDue.ts'
import {CLAIMS, EDITED_AFTER_APPROVAL, EDITED_IN_REVIEW, TODAY} from '../workflow/workflowFixtures.ts'

describe('claim state badge', () => {
  test.each([
    {name: 'draft', claim: CLAIMS.draft, expected: {label: 'مسودة', title: 'حالة المراجعة: مسودة'}},
    {name: 'in review', claim: CLAIMS.inReview, expected: {label: 'قيد المراجعة', title: 'حالة المراجعة: قيد المراجعة', color: 'primary'}},
    {name: 'approved', claim: CLAIMS.approved, expected: {label: 'معتمد', title: 'معتمد حتى ٣٠ يونيو ٢٠٢٧', color: 'success'}},
    {name: 'rejected', claim: CLAIMS.rejected, expected: {label: 'مرفوض', title: 'سبب الرفض: الصياغة جازمة أكثر مما تسمح به الأدلة.', color: 'danger'}},
    {name: 'expired', claim: CLAIMS.expired, expected: {label: 'منتهي الصلاحية', title: 'انتهت صلاحية الاعتماد في ٣٠ يونيو ٢٠٢٦', color: 'warning'}},
    {name: 'approved, then edited', claim: EDITED_AFTER_APPROVAL, expected: {label: 'مسودة (عُدّل)', title: expect.stringContaining('بعد الاعتماد'), color: 'warning'}},
    {name: 'in review, then edited', claim: EDITED_IN_REVIEW, expected: {label: 'مسودة (عُدّل)', title: expect.stringContaining('بعد إرساله للمراجعة'), color: 'warning'}},
  ])('$name', ({claim, expected}) => {
    expect(claimStateBadge(claim, TODAY)).toEqual(expected)
  })

  // Approved 2026-09-03, recorded as due 2027-06-30: within twelve months, past two.
  test.each([
    {name: "within the strictest country's period, the recorded date", months: 12, expected: {label: 'معتمد', title: 'معتمد حتى ٣٠ يونيو ٢٠٢٧', color: 'success'}},
    {name: "a period ending first sets the last day", months: 8, expected: {label: 'معتمد', title: 'معتمد حتى ٣ مايو ٢٠٢٧', color: 'success'}},
    {name: 'a period already over: expired on its last day', months: 2, expected: {label: 'منتهي الصلاحية', title: 'انتهت صلاحية الاعتماد في ٣ نوفمبر ٢٠٢٦', color: 'warning'}},
  ])('$name', ({months, expected}) => {
    expect(claimStateBadge(CLAIMS.approved, TODAY, {months, locale: 'ar-EG'})).toEqual(expected)
  })

  test('an approval date the workflow view cannot read leaves the recorded date alone', () => {
    const claim = {...CLAIMS.approved, review: {...CLAIMS.approved.review!, approvedAt: 'yesterday'}}
    expect(claimStateBadge(claim, TODAY, {months: 2, locale: 'ar-EG'})).toEqual({label: 'معتمد', title: 'معتمد حتى ٣٠ يونيو ٢٠٢٧', color: 'success'})
  })

  // The day as the country whose period binds the claim writes it (claimPolicyFor, as the approve dialog): Arabic-Indic in Egypt and Saudi Arabia, Latin in the Emirates.
  test.each([
    {jurisdictions: ['EG'], approved: 'معتمد حتى ٣٠ يونيو ٢٠٢٧', expired: 'انتهت صلاحية الاعتماد في ٣٠ يونيو ٢٠٢٦'},
    {jurisdictions: ['SA'], approved: 'معتمد حتى ٣٠ يونيو ٢٠٢٧', expired: 'انتهت صلاحية الاعتماد في ٣٠ يونيو ٢٠٢٦'},
    {jurisdictions: ['AE'], approved: 'معتمد حتى 30 يونيو 2027', expired: 'انتهت صلاحية الاعتماد في 30 يونيو 2026'},
  ] as const)('$jurisdictions', ({jurisdictions, approved, expired}) => {
    const policy = claimPolicyFor(jurisdictions)
    expect([claimStateBadge(CLAIMS.approved, TODAY, policy).title, claimStateBadge(CLAIMS.expired, TODAY, policy).title]).toEqual([approved, expired])
  })
})

describe('claim certainty badge', () => {
  test.each([
    {certainty: 'high', label: 'درجة اليقين (GRADE): مرتفعة', color: 'success'},
    {certainty: 'moderate', label: 'درجة اليقين (GRADE): متوسطة', color: 'primary'},
    {certainty: 'low', label: 'درجة اليقين (GRADE): منخفضة', color: 'warning'},
    {certainty: 'veryLow', label: 'درجة اليقين (GRADE): منخفضة جدًا', color: 'danger'},
    {certainty: undefined, label: 'درجة اليقين (GRADE): غير محددة', color: 'danger'},
    {certainty: 'certain', label: 'درجة اليقين (GRADE): غير محددة', color: 'danger'},
  ])('$certainty → $label', ({certainty, label, color}) => {
    expect(claimCertaintyBadge({evidence: {certainty}})).toMatchObject({label, color})
  })
})

describe('article gate badge', () => {
  const article = seed004Article({body: [textBlock('b1', [span('s1', 'جملة', ['m1'])], [claimRefMark('m1', 'claim.a')])]})
  const error = (ruleId: string, path: string): Finding => ({ruleId, severity: 'error', message: '…', documentId: 'article.meso-realistic', path, url: ''})
  test.each([
    {name: 'still loading', findings: undefined, expected: null},
    {name: 'ready', findings: [], expected: {label: 'جاهز للنشر', title: 'يجتاز فحوص النشر لكل عياداته.', color: 'success'}},
    {name: 'blocked by an unapproved claim', findings: [error('claim-unapproved', 'body[_key=="b1"].markDefs[_key=="m1"]')], expected: {label: 'محجوب · ادعاء واحد غير معتمد', title: expect.stringContaining('مشكلة واحدة'), color: 'danger'}},
    {
      name: 'ready for some clinics',
      findings: [{...error('disclaimer-missing', 'body'), severity: 'warning' as const, blocksClinics: [{_id: 'clinic.rawda-riyadh', label: 'مركز روضة للأمراض الجلدية'}]}],
      expected: {label: 'جاهز لبعض عياداته', title: 'يُنشر في عياداته الأخرى، ولا يُنشر في: مركز روضة للأمراض الجلدية حتى تُصلَح التحذيرات التي تسمّيها في النموذج.', color: 'warning'},
    },
    {name: 'blocked for another reason', findings: [error('disclaimer-missing', 'body'), error('author-missing', 'author')], expected: {label: 'محجوب', title: 'تحجبه مشكلتان في فحوص النشر؛ تظهر في النموذج عند حقولها.', color: 'danger'}},
  ])('$name', ({findings, expected}) => {
    expect(articleGateBadge(findings, article)).toEqual(expected)
  })

  test('ready for some clinics, two branches of one name left out: both named, told apart by slug', () => {
    expect(articleGateBadge(sameNameBranchesLeftOut(), seed004Article())).toEqual({
      label: 'جاهز لبعض عياداته',
      title: 'يُنشر في عياداته الأخرى، ولا يُنشر في: عيادة نور (nour-dubai)، عيادة نور (nour-abudhabi) حتى تُصلَح التحذيرات التي تسمّيها في النموذج.',
      color: 'warning',
    })
  })
})

describe('resolveDocumentBadges', () => {
  const previous: DocumentBadgeComponent[] = []
  test.each([
    {schemaType: 'claim', expected: ['ClaimStateBadge', 'ClaimCertaintyBadge']},
    {schemaType: 'article', expected: ['ArticleGateBadge']},
    {schemaType: 'clinic', expected: []},
  ])('$schemaType → $expected', ({schemaType, expected}) => {
    expect(resolveDocumentBadges(previous, {schemaType}).map((badge) => badge.displayName)).toEqual(expected)
  })
})
