// A transition plan as Sanity patches on the claim document. The audit trail only ever grows: new
// entries are inserted after the last one, so a concurrent transition cannot erase another's. Pure.
import type {TransitionPlan} from '../../workflow/planTransition.ts'

export type SanityPatch =
  | {setIfMissing: Record<string, unknown>}
  | {set: Record<string, unknown>}
  | {unset: string[]}
  | {insert: {after: string; items: unknown[]}}

export const workflowPatches = (plan: TransitionPlan): SanityPatch[] => [
  {setIfMissing: {review: {_type: 'review'}}},
  ...(plan.unset.length > 0 ? [{unset: plan.unset.map((field) => `review.${field}`)}] : []),
  {set: Object.fromEntries(Object.entries(plan.set).map(([field, value]) => [`review.${field}`, value]))},
  {setIfMissing: {'review.audit': []}},
  {insert: {after: 'review.audit[-1]', items: plan.append}},
]
