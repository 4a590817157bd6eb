// An article body (Portable Text plus Sanad's own blocks) to hast. Builds the tree only; pages run
// it through the sanitizer before anything is serialised.
import {nestLists, type ToolkitPortableTextHtmlList} from '@portabletext/toolkit'
import type {Element} from 'hast'
import {hasVisibleText} from '../../content/fields.ts'
import type {BodyBlock, ProcedureSafetyBlock} from '../../content/portableText.ts'
import type {BodyContext} from './blocks/bodyContext.ts'
import {disclaimerBlockToHast} from './blocks/disclaimerBlock.ts'
import {evidenceNoteToHast} from './blocks/evidenceNote.ts'
import {faqToHast} from './blocks/faq.ts'
import {procedureSafetySections, type SafetyHeadingLevel} from './blocks/procedureSafety.ts'
import {listToHast, textBlockToHast} from './blocks/textBlock.ts'
import {withNoSkippedHeadingLevel} from './headingLevels.ts'

export type {BodyContext} from './blocks/bodyContext.ts'

const blockToHast = (block: BodyBlock | ToolkitPortableTextHtmlList, context: BodyContext, safety: ReadonlyMap<ProcedureSafetyBlock, Element[]>): Element[] => {
  switch (block._type) {
    case '@list':
      return [listToHast(block, context)]
    case 'block':
      return [textBlockToHast(block, context)]
    case 'evidenceNote':
      return [evidenceNoteToHast(block)]
    case 'faq':
      return [faqToHast(block)]
    case 'procedureSafety':
      return safety.get(block) ?? []
    case 'disclaimerBlock':
      return disclaimerBlockToHast(block, context)
  }
}

/**
 * Each of the writer's safety blocks at one level below the writer's last heading before it (h2 →
 * h3, h3 → h4): it is part of that heading's section. Before any heading, a top-level section.
 */
const safetyLevelsUnderHeadings = (blocks: readonly BodyBlock[]): Map<ProcedureSafetyBlock, SafetyHeadingLevel> => {
  const levels = new Map<ProcedureSafetyBlock, SafetyHeadingLevel>()
  let under: SafetyHeadingLevel = 2
  for (const block of blocks) {
    if (block._type === 'block' && (block.style === 'h2' || block.style === 'h3')) under = block.style === 'h2' ? 3 : 4
    else if (block._type === 'procedureSafety') levels.set(block, under)
  }
  return levels
}

/**
 * The body without text blocks that show nothing (no span with a visible character): an empty
 * paragraph the editor left is nothing, but an empty heading is an <h2></h2> a screen reader
 * announces, and an empty list item a bullet with nothing after it.
 */
const withoutBlankText = (blocks: readonly BodyBlock[]): readonly BodyBlock[] => {
  const shown = (block: BodyBlock) => block._type !== 'block' || block.children.some((child) => hasVisibleText(child.text))
  return blocks.every(shown) ? blocks : blocks.filter(shown)
}

/**
 * `appendedSafety`: the safety sections the page adds after the writer's body (missingSafetyBlocks.ts).
 * They follow the body but belong to no heading of the writer's, so they stand at the top level.
 */
export const portableTextToHast = (body: readonly BodyBlock[], context: BodyContext, appendedSafety: readonly ProcedureSafetyBlock[] = []): Element[] => {
  const blocks = withNoSkippedHeadingLevel(withoutBlankText(body))
  const safetyBlocks = [...blocks.filter((block): block is ProcedureSafetyBlock => block._type === 'procedureSafety'), ...appendedSafety]
  // Planned over the whole body: a later block whose lists an earlier one shows adds its name there.
  const safety = procedureSafetySections(safetyBlocks, context, safetyLevelsUnderHeadings(blocks))
  return nestLists([...blocks, ...appendedSafety], 'html').flatMap((block) => blockToHast(block, context, safety))
}
