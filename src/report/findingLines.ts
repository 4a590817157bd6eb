// One finding as the text reports print it: what is wrong, then the document, the field and the page
// that explains the rule. The reports spell out its reordering and control characters line by line
// (revealTerminalControls).
import {SEVERITY_LABELS, type Finding} from '../findings/finding.ts'

/**
 * Two lines, the first indented by `indent` and the second two spaces more; with `location` (the
 * field named in Arabic, where no article leads a writer to it), that line between them.
 */
export const findingLines = (finding: Finding & {location?: string}, indent: string): string[] => [
  `${indent}${SEVERITY_LABELS[finding.severity]} [${finding.ruleId}] ${finding.message}`,
  ...(finding.location ? [`${indent}  ${finding.location}`] : []),
  `${indent}  ${finding.documentId}${finding.path ? ` › ${finding.path}` : ''}  (${finding.url})`,
]
