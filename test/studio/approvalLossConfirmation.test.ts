// approvalLossConfirmation: publishing or submitting words changed since their approval asks first,
// since every article linking the claim stops publishing until the new words are approved; the
// question names those articles and their count, and still warns while they load or if they cannot be fetched.
import {isValidElement} from 'react'
import {describe, expect, it, test, vi} from 'vitest'
import {approvalLossDialog, approvalLossLines, linkedArticlesLine, losesApproval, type LinkedArticles} from '../../src/studio/actions/approvalLossConfirmation.ts'
import type {ArabicMessageProps} from '../../src/studio/messages/ArabicMessage.tsx'
import {decideTransition} from '../../src/workflow/decideTransition.ts'
import {ACTORS, CLAIMS, EDITED_AFTER_APPROVAL, EDITED_IN_REVIEW, TODAY} from '../workflow/workflowFixtures.ts'

describe('losesApproval', () => {
  it.each([
    ['publish (edit) an approved claim whose words changed', 'edit', EDITED_AFTER_APPROVAL, true],
    ['submit an approved claim whose words changed', 'submit', EDITED_AFTER_APPROVAL, true],
    ['publish (edit) words changed while in review: no approval to lose', 'edit', EDITED_IN_REVIEW, false],
    ['submit a draft', 'submit', CLAIMS.draft, false],
    ['approve a claim in review', 'approve', CLAIMS.inReview, false],
  ] as const)('%s → %s', (_, action, claim, expected) => {
    const actor = action === 'approve' ? ACTORS.reviewer : ACTORS.writer
    expect(losesApproval(decideTransition({action, claim, actor, today: TODAY}))).toBe(expected)
  })

  it('asks nothing while the decision is unknown or refused', () => {
    expect(losesApproval(undefined)).toBe(false)
    expect(losesApproval(null)).toBe(false)
    expect(losesApproval(decideTransition({action: 'withdraw', claim: EDITED_AFTER_APPROVAL, actor: ACTORS.reviewer, today: TODAY}))).toBe(false)
  })
})

// Titles as writers type them: diacritics, tatweel, Arabic-Indic digits, a Latin abbreviation.
const TITLES = [
  'الميزوثيرابي لتساقط الشعر النمطي',
  'حقن البلازما (PRP) للشعر: ما تقوله الأدلة',
  'علاجُ النَّدَبات بالوخز الدقيق',
  'الـتـقـشـيـر الكيميائي في ٣ جلسات',
  'البوتوكس للتعرّق الزائد',
  'الفيلر للشفاه: المخاطر والبدائل',
  'الليزر لإزالة الشعر',
  'النضارة بعد الأربعين',
]
const loaded = (count: number): LinkedArticles => ({status: 'loaded', titles: Array.from({length: count}, (_, at) => TITLES[at] ?? `مقال رقم ${at + 1}`)})
const FIVE = '«الميزوثيرابي لتساقط الشعر النمطي» و«حقن البلازما (PRP) للشعر: ما تقوله الأدلة» و«علاجُ النَّدَبات بالوخز الدقيق» و«الـتـقـشـيـر الكيميائي في ٣ جلسات» و«البوتوكس للتعرّق الزائد»'

describe('linkedArticlesLine', () => {
  test.each([
    [0, 'ليس مربوطًا به الآن أي مقال منشور، فلن يتوقف نشر أي مقال.'],
    [1, 'مربوط به مقال واحد: «الميزوثيرابي لتساقط الشعر النمطي».'],
    [2, 'مربوط به مقالان: «الميزوثيرابي لتساقط الشعر النمطي» و«حقن البلازما (PRP) للشعر: ما تقوله الأدلة».'],
    [3, 'مربوط به 3 مقالات: «الميزوثيرابي لتساقط الشعر النمطي» و«حقن البلازما (PRP) للشعر: ما تقوله الأدلة» و«علاجُ النَّدَبات بالوخز الدقيق».'],
    [5, `مربوط به 5 مقالات: ${FIVE}.`],
    // One more is named rather than counted: «ومقال آخر» would say less in the same room.
    [6, `مربوط به 6 مقالات: ${FIVE} و«الفيلر للشفاه: المخاطر والبدائل».`],
    [7, `مربوط به 7 مقالات: ${FIVE} ومقالان آخران.`],
    [8, `مربوط به 8 مقالات: ${FIVE} و3 مقالات أخرى.`],
    [11, `مربوط به 11 مقالًا: ${FIVE} و6 مقالات أخرى.`],
    [16, `مربوط به 16 مقالًا: ${FIVE} و11 مقالًا آخر.`],
    [105, `مربوط به 105 مقالات: ${FIVE} و100 مقال آخر.`],
  ] as const)('%i articles', (count, line) => {
    expect(linkedArticlesLine(loaded(count))).toBe(line)
  })

  test('while loading, and when fetching failed, it says so', () => {
    expect(linkedArticlesLine({status: 'loading'})).toBe('جارٍ جلب المقالات المربوطة به لتسميتها…')
    expect(linkedArticlesLine({status: 'failed'})).toBe('تعذّر جلب المقالات المربوطة به، فلم نسمّها هنا؛ والتحذير يصدق عليها كلها.')
  })
})

describe('approvalLossDialog', () => {
  const WARNING = 'تغيّر نص هذا الادعاء أو دليله بعد اعتماده: بالمتابعة يعود مسودة، ولن تُنشر المقالات المربوطة به في أي عيادة من البناء القادم حتى يعتمد مراجع طبي النص الجديد.'
  const linesOf = (message: unknown) => (isValidElement<ArabicMessageProps>(message) ? message.props.lines : message)

  test.each([
    {name: 'loading', linked: {status: 'loading'} as const, middle: 'جارٍ جلب المقالات المربوطة به لتسميتها…'},
    {name: 'failed', linked: {status: 'failed'} as const, middle: 'تعذّر جلب المقالات المربوطة به، فلم نسمّها هنا؛ والتحذير يصدق عليها كلها.'},
    {name: 'two articles', linked: loaded(2), middle: 'مربوط به مقالان: «الميزوثيرابي لتساقط الشعر النمطي» و«حقن البلازما (PRP) للشعر: ما تقوله الأدلة».'},
  ])('$name: warns, then names what it can, then asks; confirming proceeds', ({linked, middle}) => {
    expect(approvalLossLines(linked)).toEqual([WARNING, middle, 'أتريد المتابعة؟'])
    const setConfirming = vi.fn()
    const proceed = vi.fn()
    const dialog = approvalLossDialog(true, setConfirming, 'إرسال للمراجعة', proceed, linked)
    if (!dialog || dialog.type !== 'confirm') throw new Error('expected a confirm dialog')
    expect({tone: dialog.tone, lines: linesOf(dialog.message), confirm: dialog.confirmButtonText, cancel: dialog.cancelButtonText}).toEqual({
      tone: 'caution',
      lines: [WARNING, middle, 'أتريد المتابعة؟'],
      confirm: 'إرسال للمراجعة',
      cancel: 'إلغاء',
    })
    dialog.onConfirm()
    expect(setConfirming).toHaveBeenCalledWith(false)
    expect(proceed).toHaveBeenCalledOnce()
  })

  test('closed: no dialog', () => {
    expect(approvalLossDialog(false, () => {}, 'نشر التعديل', () => {}, {status: 'loading'})).toBe(false)
  })
})
