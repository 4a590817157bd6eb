// The import report: for each file, the draft it became and what the linter found in it (legacy
// articles are expected to have findings; they are what the editor fixes before asking for review).
import {revealTerminalControls} from '../checks/formatCharacters.ts'
import {formatLintText} from '../lint/formatLintReport.ts'
import {englishCount as counted} from '../locale/englishCount.ts'
import type {ImportedDraft} from './legacyArticleDraft.ts'

export type ImportTarget = {kind: 'none'} | {kind: 'dataset'; path: string} | {kind: 'sanity'; projectId: string; dataset: string}

const describeTarget = (target: ImportTarget): string => {
  switch (target.kind) {
    case 'none':
      return 'nothing written (pass --dataset <path> or --to-sanity to save the drafts)'
    case 'dataset':
      return `drafts written to ${target.path}`
    case 'sanity':
      return `drafts created in Sanity project ${target.projectId}, dataset ${target.dataset}`
  }
}

export const formatImportText = (drafts: readonly ImportedDraft[], target: ImportTarget): string => {
  const lines: string[] = []
  for (const draft of drafts) {
    lines.push(`${draft.path} → ${draft.document._id} «${draft.title}» (${counted(draft.blocks, 'block', 'blocks')}, ${counted(draft.faqItems, 'FAQ item', 'FAQ items')})`)
    for (const note of draft.skipped) lines.push(`  left out: ${note}`)
  }
  // The lint report is lines of its own, each with its controls already shown: revealed again, its line breaks would show as ⟦U+000A⟧.
  const lint = formatLintText(drafts.map((draft) => ({path: draft.path, findings: draft.findings})))
  return [...lines.map(revealTerminalControls), lint, `${counted(drafts.length, 'draft', 'drafts')}: ${describeTarget(target)}`].join('\n')
}

export const formatImportJson = (drafts: readonly ImportedDraft[], target: ImportTarget): string =>
  JSON.stringify(
    {
      target,
      files: drafts.map((draft) => ({
        path: draft.path,
        draftId: draft.document._id,
        title: draft.title,
        blocks: draft.blocks,
        faqItems: draft.faqItems,
        skipped: draft.skipped,
        findings: draft.findings.map(({ruleId, severity, message, line, column, excerpt}) => ({ruleId, severity, message, line, column, excerpt})),
      })),
    },
    null,
    2,
  )
