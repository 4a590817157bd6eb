// A structure pane that says something instead of listing documents: its Arabic lines (options.lines),
// right to left, identifiers isolated, as the actions' messages are.
import {Card} from '@sanity/ui'
import type {StructureBuilder} from 'sanity/structure'
import {ArabicMessage} from '../messages/ArabicMessage.tsx'

export interface StructureNoticeProps {
  /** As Sanity passes a component pane its builder's options: `{lines}`. */
  options?: Record<string, unknown>
}

export function StructureNotice({options}: StructureNoticeProps) {
  return (
    <Card padding={4} dir="rtl" lang="ar">
      <ArabicMessage lines={(options?.lines as readonly string[] | undefined) ?? []} />
    </Card>
  )
}

export const structureNotice = (S: StructureBuilder, id: string, title: string, lines: readonly string[]) =>
  S.component(StructureNotice).id(id).title(title).options({lines})
