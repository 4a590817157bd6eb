// What a reader is told of a procedure's visits to the clinic, which follows its setting.
import type {Procedure} from './documents/procedure.ts'

/**
 * The session plan and anaesthesia a reader is told of: none for a home treatment, whatever its
 * fields still hold from before its setting changed (the Studio hides them then). The procedure
 * page and its API document both read them here.
 */
export const clinicVisitDetails = (procedure: Procedure): Pick<Procedure, 'sessions' | 'anaesthesia'> =>
  procedure.setting === 'home'
    ? {}
    : {...(procedure.sessions ? {sessions: procedure.sessions} : {}), ...(procedure.anaesthesia ? {anaesthesia: procedure.anaesthesia} : {})}
