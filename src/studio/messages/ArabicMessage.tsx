// An Arabic message where Sanity takes React (document action tooltips and confirm dialogs): a
// right-to-left block with one Text per line, each identifier in it isolated left to right. Sanity
// lays these out in the Studio's own left-to-right direction otherwise, reordering the sentence. In a
// slot that sets its own type (a toast's title and description), ArabicText does the same for one
// line in that slot's type, and ArabicTextLines for several.
import {Stack, Text} from '@sanity/ui'
import type {CSSProperties, ReactElement, ReactNode} from 'react'
import {splitLatinRuns} from './bidiIsolates.ts'

// An identifier moves to the next line whole instead of breaking at its hyphens or dots, which
// reads as two ids: as an inline-block the line breaks around it, not inside. No wider than the line,
// one too long for the tooltip still wraps inside its box (at a hyphen, else anywhere) rather than
// run out of it; `white-space: nowrap` would let it overflow, overflow-wrap having no effect there.
const IDENTIFIER: CSSProperties = {display: 'inline-block', maxWidth: '100%', overflowWrap: 'anywhere'}

export interface ArabicMessageProps {
  /** One paragraph each, in reading order. */
  lines: readonly string[]
}

/** A line's Arabic, with each identifier in it isolated left to right. */
const isolatedRuns = (line: string): ReactNode[] =>
  splitLatinRuns(line).map((run, at) => (run.ltr ? <bdi key={at} dir="ltr" style={IDENTIFIER}>{run.text}</bdi> : run.text))

export function ArabicMessage({lines}: ArabicMessageProps) {
  return (
    <Stack gap={2} dir="rtl" lang="ar">
      {lines.map((line, index) => (
        <Text key={index} size={1}>
          {isolatedRuns(line)}
        </Text>
      ))}
    </Stack>
  )
}

// A block, so the line also starts at the right of the slot, as Arabic does.
const RIGHT_TO_LEFT_LINE: CSSProperties = {display: 'block'}

export interface ArabicTextProps {
  text: string
}

export function ArabicText({text}: ArabicTextProps) {
  return (
    <span dir="rtl" lang="ar" style={RIGHT_TO_LEFT_LINE}>
      {isolatedRuns(text)}
    </span>
  )
}

export interface ArabicTextLinesProps {
  /** One line each, in reading order. */
  lines: readonly string[]
}

export function ArabicTextLines({lines}: ArabicTextLinesProps) {
  return (
    <span dir="rtl" lang="ar" style={RIGHT_TO_LEFT_LINE}>
      {lines.map((line, index) => (
        <span key={index} style={RIGHT_TO_LEFT_LINE}>
          {isolatedRuns(line)}
        </span>
      ))}
    </span>
  )
}

/** For the action modules, which are plain `.ts`: the message as a React element. */
export const arabicMessage = (...lines: readonly string[]): ReactElement<ArabicMessageProps> => <ArabicMessage lines={lines} />

/** The same, for one line in a slot that sets its own type. */
export const arabicText = (text: string): ReactElement<ArabicTextProps> => <ArabicText text={text} />

/** Several lines, in a slot that sets its own type. */
export const arabicTextLines = (lines: readonly string[]): ReactElement<ArabicTextLinesProps> => <ArabicTextLines lines={lines} />
