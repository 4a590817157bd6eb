// Studio adapter: tells the user, in a toast, how a workflow action ended. Sanity lays toasts out left
// to right; each line goes in as ArabicText so it reads right to left, identifiers isolated.
import type {useToast} from '@sanity/ui/toast'
import type {PlanResult} from '../../workflow/planTransition.ts'
import {arabicText} from '../messages/ArabicMessage.tsx'

type Toast = ReturnType<typeof useToast>

export const reportOutcome = (toast: Toast, done: string) => (result: PlanResult): void => {
  if (result.ok) toast.push({status: 'success', title: arabicText(done)})
  else toast.push({status: 'error', title: arabicText('لم يُنفَّذ الإجراء'), description: arabicText(result.message)})
}

export const reportFailure = (toast: Toast) => (error: unknown): void => {
  toast.push({status: 'error', title: arabicText('تعذّر تنفيذ الإجراء'), description: arabicText(error instanceof Error ? error.message : String(error))})
}
