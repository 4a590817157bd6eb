// Studio adapter: tells the user, in a toast, how a workflow action ended.
import type {useToast} from '@sanity/ui/toast'
import type {PlanResult} from '../../workflow/planTransition.ts'

type Toast = ReturnType<typeof useToast>

export const reportOutcome = (toast: Toast, done: string) => (result: PlanResult): void => {
  if (result.ok) toast.push({status: 'success', title: done})
  else toast.push({status: 'error', title: 'لم يُنفَّذ الإجراء', description: result.message})
}

export const reportFailure = (toast: Toast) => (error: unknown): void => {
  toast.push({status: 'error', title: 'تعذّر تنفيذ الإجراء', description: error instanceof Error ? error.message : String(error)})
}
