// Findings to Sanity custom-validation results: one marker per finding at its path (a span's at its
// block: markerPath), for one severity level (a Sanity rule has a single level, so errors and
// warnings are two rules). A marker takes only a string, which the Studio lays out left to right,
// so the message goes in bidi isolates here (bidiIsolates.ts); the finding's own message stays plain
// for the pipeline and its reports. A required field left empty is marked by its own required rule,
// not again here (markedByField). Pure.
import {fromString} from '@sanity/util/paths'
import type {Path, ValidationError} from 'sanity'
import type {Finding} from '../../findings/finding.ts'
import {isolateArabicMessage} from '../messages/bidiIsolates.ts'
import type {StudioFinding} from './studioFinding.ts'

export type MarkerLevel = 'error' | 'warning'

const levelOf = (finding: Finding): MarkerLevel => (finding.severity === 'error' ? 'error' : 'warning')

/**
 * Where the form marks a finding: at its path, except that a finding in a Portable Text span is marked
 * on the span's block. Sanity names a span's path in its own English («فقرة / Content / Span / Text»);
 * the block is where the writer looks, and the message quotes the words.
 */
export const markerPath = (path: string): Path => {
  const segments = fromString(path)
  const children = segments.findIndex((segment, index) => segment === 'children' && index > 0 && typeof segments[index - 1] === 'object')
  return children === -1 ? segments : segments.slice(0, children)
}

export const toValidationErrors = (findings: readonly StudioFinding[], level: MarkerLevel): ValidationError[] =>
  findings
    .filter((finding) => levelOf(finding) === level && !finding.markedByField)
    .map((finding) => ({
      message: isolateArabicMessage(`${finding.message} [${finding.ruleId}]`),
      ...(finding.path ? {path: markerPath(finding.path)} : {}),
    }))

/** Sanity's custom validator contract: `true` when there is nothing to say. */
export const toCustomValidatorResult = (findings: readonly StudioFinding[], level: MarkerLevel): true | ValidationError[] => {
  const errors = toValidationErrors(findings, level)
  return errors.length === 0 ? true : errors
}
