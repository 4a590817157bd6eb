// Studio adapter: tells the user, in a toast, how a workflow action ended. Sanity lays toasts out left
// to right; each line goes in as ArabicText so it reads right to left, identifiers isolated.
import type {useToast} from '@sanity/ui/toast'
import type {ReviewAction} from '../../workflow/claimWorkflow.ts'
import type {PlanResult} from '../../workflow/planTransition.ts'
import {arabicText, arabicTextLines} from '../messages/ArabicMessage.tsx'
import {requestFailureLines} from '../messages/requestFailure.ts'

type Toast = ReturnType<typeof useToast>

export const reportOutcome = (toast: Toast, done: string) => (result: PlanResult): void => {
  if (result.ok) toast.push({status: 'success', title: arabicText(done)})
  else toast.push({status: 'error', title: arabicText('لم يُنفَّذ الإجراء'), description: arabicText(result.message)})
}

/**
 * What the toast names as failed when an action's request fails. Every such failure comes before the
 * action writes anything (its patches are only queued once its reads succeed), so each says so.
 */
export const ACTION_FAILED: Readonly<Record<ReviewAction, string>> = {
  submit: 'تعذّر إرسال الادعاء للمراجعة، ولم يتغيّر فيه شيء',
  approve: 'تعذّر اعتماد الادعاء، ولم يتغيّر فيه شيء',
  reject: 'تعذّر رفض الادعاء، ولم يتغيّر فيه شيء',
  renew: 'تعذّر تجديد اعتماد الادعاء، ولم يتغيّر فيه شيء',
  withdraw: 'تعذّر سحب اعتماد الادعاء، ولم يتغيّر فيه شيء',
  edit: 'تعذّر نشر تعديل الادعاء، ولم يتغيّر فيه شيء',
}

/** The toast's words for `action` failing with `error`: what failed, then what happened and what to do, then the error's own words. */
const actionFailure = (action: ReviewAction, error: unknown): {title: string; lines: string[]} => ({
  title: ACTION_FAILED[action],
  lines: requestFailureLines(error),
})

export const reportFailure = (toast: Toast, action: ReviewAction) => (error: unknown): void => {
  const {title, lines} = actionFailure(action, error)
  toast.push({status: 'error', title: arabicText(title), description: arabicTextLines(lines)})
}
