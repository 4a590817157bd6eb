// A workflow action while the Studio cannot tell who the user is to the workflow (their person
// documents could not be fetched): an action that does not apply to the claim's state stays hidden;
// the edit Publish records is decided as before, anyone may take it and Sanity knows the user's id;
// every other action is disabled with what failed and what to do, instead of a reason about roles or
// person documents that is not true. Pure.
import {decideTransition, type TransitionDecision, type TransitionRequest} from '../../workflow/decideTransition.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'
import type {ActorLookupFailed} from './useWorkflowActor.ts'

export const actorUnknownDecision = (request: Omit<TransitionRequest, 'actor'>, {failed: error, user}: ActorLookupFailed): TransitionDecision => {
  const decision = decideTransition({...request, actor: user})
  if (request.action === 'edit' || (!decision.allowed && decision.reason === 'state')) return decision
  return {
    allowed: false,
    reason: 'actorUnknown',
    message: `تعذّر التعرّف على دورك في سير المراجعة، فلا يُتاح هذا الإجراء الآن؛ تُعاد المحاولة تلقائيًا خلال دقيقة على الأكثر. ${requestFailureSentence(error)}`,
    view: decision.view,
  }
}
