// The two outputs of `sanad lint`: compiler-style lines (`file:line:col  severity  message  rule-id`,
// which editors and CI logs link to the place) and a stable JSON shape for tools.
import {revealTerminalControls} from '../checks/formatCharacters.ts'
import {englishCount} from '../locale/englishCount.ts'
import type {LintFinding} from './lintLegacyText.ts'

export interface LintedFile {
  path: string
  findings: LintFinding[]
}

export const formatLintText = (files: readonly LintedFile[]): string => {
  const lines = files.flatMap(({path, findings}) =>
    findings.map((finding) => `${path}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`),
  )
  const all = files.flatMap((file) => file.findings)
  const errors = all.filter((finding) => finding.severity === 'error').length
  const warnings = all.length - errors
  lines.push(`${englishCount(errors, 'error', 'errors')}, ${englishCount(warnings, 'warning', 'warnings')} in ${englishCount(files.length, 'file', 'files')}`)
  return lines.map(revealTerminalControls).join('\n')
}

export const formatLintJson = (files: readonly LintedFile[]): string =>
  JSON.stringify(
    {
      files: files.map(({path, findings}) => ({
        path,
        findings: findings.map(({ruleId, severity, message, line, column, excerpt}) => ({ruleId, severity, message, line, column, excerpt})),
      })),
    },
    null,
    2,
  )

export const hasLintErrors = (files: readonly LintedFile[]): boolean =>
  files.some((file) => file.findings.some((finding) => finding.severity === 'error'))
