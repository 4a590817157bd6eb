// One form shows the verdicts of several clinics' gates: a problem several of them report is kept
// once, at the strictest severity any gave it, with the clinics it concerns and those it blocks. The
// article and procedure forms both merge through this. Pure.
import {SEVERITY_RANK, type Finding} from '../../findings/finding.ts'

/** A clinic as a form names it: told apart by id (two clinics may share a name), shown by name (clinicLabels.ts). */
export interface NamedClinic {
  _id: string
  name: string
}

/** What one run of the gate found, and the clinics it speaks for: one clinic, or every clinic judged under one preset. */
export interface ClinicVerdict {
  clinics: readonly NamedClinic[]
  findings: readonly Finding[]
}

export interface MergedFinding {
  /** The finding at the strictest severity any verdict gave it. */
  finding: Finding
  /** The clinics whose verdicts report it, each once, in the order first reported. */
  clinics: NamedClinic[]
  /** Those of them for which it is an error. */
  blocking: NamedClinic[]
}

/** One problem: the same rule, in the same document and field, saying the same thing. */
const problemKey = ({ruleId, documentId, path, message}: Finding): string => `${ruleId}\u0000${documentId}\u0000${path}\u0000${message}`

export const mergeClinicFindings = (verdicts: Iterable<ClinicVerdict>): MergedFinding[] => {
  const merged = new Map<string, {finding: Finding; clinics: Map<string, NamedClinic>; blocking: Map<string, NamedClinic>}>()
  for (const {clinics, findings} of verdicts) {
    for (const finding of findings) {
      const key = problemKey(finding)
      const seen = merged.get(key) ?? {finding, clinics: new Map(), blocking: new Map()}
      merged.set(key, seen)
      for (const clinic of clinics) {
        seen.clinics.set(clinic._id, clinic)
        if (finding.severity === 'error') seen.blocking.set(clinic._id, clinic)
      }
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[seen.finding.severity]) seen.finding = {...seen.finding, severity: finding.severity}
    }
  }
  return [...merged.values()].map(({finding, clinics, blocking}) => ({finding, clinics: [...clinics.values()], blocking: [...blocking.values()]}))
}
