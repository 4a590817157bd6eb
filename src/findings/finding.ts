// The one shape every content problem takes (vfile-message style): a rule id, a severity, an Arabic
// message a writer can act on, and where it is (document id + Sanity path).

export type Severity = 'error' | 'warning' | 'info'

/** How a severity is named to writers, in every report. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {error: 'خطأ', warning: 'تحذير', info: 'ملاحظة'}

export interface Finding {
  ruleId: string
  severity: Severity
  /** Arabic, for writers and reviewers: what is wrong and what to do. */
  message: string
  documentId: string
  /** Sanity path notation, e.g. `body[_key=="a1"].items[_key=="q2"].answer`; `''` for the whole document. */
  path: string
  /** Where the rule is documented, relative to the repository root. */
  url: string
  /**
   * Of a line of a dataset export that could not be read (documentId `(line N)`): the document its
   * text names, when no later line holds it. A reference to that document is then said to point to
   * an unreadable line, not to a deleted document, which would send the writer to mend the Studio.
   */
  unreadableDocument?: {id: string; line: number}
}

/** Higher is stricter: where several presets judge one problem, the strictest verdict is shown. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {info: 0, warning: 1, error: 2}

/** What a report is shown as: the rule's setting, or the report's own severity where that is lower (a hedged phrase is only a warning). */
export const cappedSeverity = <S extends Severity>(reported: S | undefined, setting: S): S =>
  reported !== undefined && SEVERITY_RANK[reported] < SEVERITY_RANK[setting] ? reported : setting

export const ruleDocsUrl = (ruleId: string): string => `docs/rules/${ruleId}.md`

export const isError = (finding: Finding): boolean => finding.severity === 'error'

/** `body[_key=="k1"].children[_key=="s2"]` from `['body', {_key: 'k1'}, 'children', {_key: 's2'}]`. */
export type PathSegment = string | number | {_key: string}

export const formatPath = (segments: readonly PathSegment[]): string =>
  segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`
      if (typeof segment === 'object') return `[_key=="${segment._key}"]`
      return index === 0 ? segment : `.${segment}`
    })
    .join('')
