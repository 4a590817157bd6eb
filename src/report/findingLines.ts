// One finding as the text reports print it: what is wrong (its bidi controls shown, not obeyed), then
// the document, the field and the page that explains the rule.
import {revealReorderingControls as shown} from '../checks/formatCharacters.ts'
import {SEVERITY_LABELS, type Finding} from '../findings/finding.ts'

/**
 * Two lines, the first indented by `indent` and the second two spaces more; with `location` (the
 * field named in Arabic, where no article leads a writer to it), that line between them.
 */
export const findingLines = (finding: Finding & {location?: string}, indent: string): string[] => [
  `${indent}${SEVERITY_LABELS[finding.severity]} [${finding.ruleId}] ${shown(finding.message)}`,
  ...(finding.location ? [`${indent}  ${shown(finding.location)}`] : []),
  `${indent}  ${finding.documentId}${finding.path ? ` › ${finding.path}` : ''}  (${finding.url})`,
]
