// procedure-safety-missing: a procedure the clinic offers that lists no risk and no contraindication.
// Its page, and every article about it, then shows no safety section at all, and a reader cannot tell
// a procedure with nothing to warn of from one whose risks were never written; for a medical
// procedure it is nearly always the latter. A warning on the clinic's release (clinicFindings), naming
// the procedure to complete: what the pages show is right as far as it goes, so nothing is held back.
// The procedure form shows the same warning while a clinic offers it (studioProcedureFindings.ts). Pure.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import {proceduresOffered} from '../content/proceduresOffered.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'

export const PROCEDURE_SAFETY_MISSING = 'procedure-safety-missing'

/** The finding on one procedure that lists no risk and no contraindication; none when it lists one. */
export const procedureSafetyMissing = (procedure: Procedure): Finding[] =>
  procedure.risks.length > 0 || procedure.contraindications.length > 0
    ? []
    : [
        {
          ruleId: PROCEDURE_SAFETY_MISSING,
          severity: 'warning',
          message: `الإجراء «${procedure.name}» لا يذكر أي مخاطر ولا موانع استخدام، فتُنشر صفحته والمقالات عنه بلا قسم للسلامة، ولا يعرف القارئ أهو إجراء بلا مخاطر أم أنها لم تُكتب. أضف مخاطره في «المخاطر» وموانعه في «موانع الاستخدام».`,
          documentId: procedure._id,
          path: 'risks',
          url: ruleDocsUrl(PROCEDURE_SAFETY_MISSING),
        },
      ]

/** The gate's: each procedure the clinic offers, on the clinic's release. */
export const clinicProcedureSafetyMissing = (clinic: Clinic, graph: ContentGraph): Finding[] => proceduresOffered(clinic, graph).flatMap(procedureSafetyMissing)
