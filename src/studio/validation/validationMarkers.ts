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

/** Where a Sanity slug keeps its text. */
const SLUG_TEXT = 'current'

/**
 * Where the form marks a finding: at its path, except where Sanity would name the place in its own
 * English. A finding in a Portable Text span is marked on the span's block («فقرة / Content / Span /
 * Text»): the block is where the writer looks, and the message quotes the words. A finding in a
 * slug's text is marked on the slug field («المعرّف في الرابط / Current slug»): `current` is the
 * slug type's own sub-field, and no field of Sanad's schema has that name (test/checks/validationMarkers.test.ts).
 */
const markerPath = (path: string): Path => {
  const segments = fromString(path)
  const children = segments.findIndex((segment, index) => segment === 'children' && index > 0 && typeof segments[index - 1] === 'object')
  if (children !== -1) return segments.slice(0, children)
  return segments.length > 1 && segments.at(-1) === SLUG_TEXT ? segments.slice(0, -1) : segments
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
