// The words a reader's page uses for procedures, which follow their setting: a home treatment is
// «علاج» that is «يُستعمل», an in-clinic procedure «إجراء» that is «يُجرى». The words are data in
// vocabulary.ts (PROCEDURE_WORDING); this picks them for one procedure or for several named together.
import type {Procedure} from '../../content/documents/procedure.ts'
import {MIXED_PROCEDURES_LABEL, PROCEDURE_WORDING, type ProcedureWording} from '../../content/vocabulary.ts'

export const procedureWording = (procedure: Pick<Procedure, 'setting'>): ProcedureWording => PROCEDURE_WORDING[procedure.setting]

const pluralLabel = (procedures: readonly Pick<Procedure, 'setting'>[]): string => {
  const settings = new Set(procedures.map((procedure) => procedure.setting))
  return settings.size > 1 ? MIXED_PROCEDURES_LABEL : PROCEDURE_WORDING[procedures[0]?.setting ?? 'inClinic'].several
}

/** What stands before the names of these procedures: «الإجراء», «العلاجات», «الإجراءات والعلاجات»… */
export const proceduresLabel = (procedures: readonly Pick<Procedure, 'setting'>[]): string =>
  procedures.length === 1 ? procedureWording(procedures[0]!).one : pluralLabel(procedures)

/** The heading over a clinic's list of what it offers: «الإجراءات المتاحة», or «الإجراءات والعلاجات المتاحة». */
export const offeredProceduresHeading = (procedures: readonly Pick<Procedure, 'setting'>[]): string => `${pluralLabel(procedures)} المتاحة`
