// An Arabic message where Sanity takes React (document action tooltips and confirm dialogs): a
// right-to-left block with one Text per line, each identifier in it isolated left to right. Sanity
// lays these out in the Studio's own left-to-right direction otherwise, reordering the sentence.
import {Stack, Text} from '@sanity/ui'
import type {ReactElement} from 'react'
import {splitLatinRuns} from './bidiIsolates.ts'

export interface ArabicMessageProps {
  /** One paragraph each, in reading order. */
  lines: readonly string[]
}

export function ArabicMessage({lines}: ArabicMessageProps) {
  return (
    <Stack gap={2} dir="rtl" lang="ar">
      {lines.map((line, index) => (
        <Text key={index} size={1}>
          {splitLatinRuns(line).map((run, at) => (run.ltr ? <bdi key={at} dir="ltr">{run.text}</bdi> : run.text))}
        </Text>
      ))}
    </Stack>
  )
}

/** For the action modules, which are plain `.ts`: the message as a React element. */
export const arabicMessage = (...lines: readonly string[]): ReactElement<ArabicMessageProps> => <ArabicMessage lines={lines} />
