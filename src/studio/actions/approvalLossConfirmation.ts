// Publishing or submitting words that changed since their approval ends that approval: every
// article linking the claim stops publishing from the next build until a reviewer approves the new
// words. Asked before, in a confirmation naming those articles: the Publish tooltip that says so is
// in the action menu, where Sanity shows a tooltip only while the action is disabled.
import type {DocumentActionDialogProps} from 'sanity'
import {countOf} from '../../locale/arabicCount.ts'
import {LINKED_ARTICLES, MORE_ARTICLES} from '../../locale/countedNouns.ts'
import {listFormat} from '../../locale/intlCache.ts'
import type {TransitionDecision} from '../../workflow/decideTransition.ts'
import {arabicMessage} from '../messages/ArabicMessage.tsx'

/** The warning itself: said whether or not the articles could be fetched. */
export const APPROVAL_LOSS_WARNING =
  'تغيّر نص هذا الادعاء أو دليله بعد اعتماده: بالمتابعة يعود مسودة، ولن تُنشر المقالات المربوطة به في أي عيادة من البناء القادم حتى يعتمد مراجع طبي النص الجديد.'

/** The published articles linking the claim, as far as the Studio has fetched them. */
export type LinkedArticles = {status: 'loading'} | {status: 'failed'} | {status: 'loaded'; titles: readonly string[]}

/** Titles named before the rest are only counted. */
export const NAMED_ARTICLES = 5

/** Whether running this decision's transition ends an approval the claim still has on record. */
export const losesApproval = (decision: TransitionDecision | null | undefined): boolean =>
  decision?.allowed === true &&
  decision.view.unrecordedChange === true &&
  (decision.view.changed === 'sinceApproval' || decision.view.changed === 'approvalUnbound')

/** The line naming the articles that stop publishing, with their count; or why it cannot name them yet. */
export const linkedArticlesLine = (linked: LinkedArticles): string => {
  if (linked.status === 'loading') return 'جارٍ جلب المقالات المربوطة به لتسميتها…'
  if (linked.status === 'failed') return 'تعذّر جلب المقالات المربوطة به، فلم نسمّها هنا؛ والتحذير يصدق عليها كلها.'
  const {titles} = linked
  if (titles.length === 0) return 'ليس مربوطًا به الآن أي مقال منشور، فلن يتوقف نشر أي مقال.'
  // «ومقال آخر» would take the room of the one title it hides, so that one is named instead.
  const named = titles.length > NAMED_ARTICLES + 1 ? titles.slice(0, NAMED_ARTICLES) : titles
  const rest = titles.length - named.length
  const items = [...named.map((title) => `«${title}»`), ...(rest > 0 ? [countOf(rest, MORE_ARTICLES)] : [])]
  return `مربوط به ${countOf(titles.length, LINKED_ARTICLES)}: ${listFormat('ar', {type: 'conjunction'}).format(items)}.`
}

/** The confirmation's lines: the warning, the articles it concerns, the question. */
export const approvalLossLines = (linked: LinkedArticles): string[] => [APPROVAL_LOSS_WARNING, linkedArticlesLine(linked), 'أتريد المتابعة؟']

/**
 * The confirmation Publish and «إرسال للمراجعة» open when `losesApproval`; confirming runs `proceed`.
 * It can be answered before the articles are fetched, or when fetching them failed.
 */
export const approvalLossDialog = (
  confirming: boolean,
  setConfirming: (open: boolean) => void,
  confirmButtonText: string,
  proceed: () => void,
  linked: LinkedArticles,
): DocumentActionDialogProps | false =>
  confirming && {
    type: 'confirm',
    tone: 'caution',
    message: arabicMessage(...approvalLossLines(linked)),
    confirmButtonText,
    cancelButtonText: 'إلغاء',
    onCancel: () => setConfirming(false),
    onConfirm: () => {
      setConfirming(false)
      proceed()
    },
  }
