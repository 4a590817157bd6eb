// An article body (Portable Text plus Sanad's own blocks) to hast. Builds the tree only; pages run
// it through the sanitizer before anything is serialised.
import {nestLists, type ToolkitPortableTextHtmlList} from '@portabletext/toolkit'
import type {Element} from 'hast'
import type {BodyBlock, ProcedureSafetyBlock} from '../../content/portableText.ts'
import type {BodyContext} from './blocks/bodyContext.ts'
import {disclaimerBlockToHast} from './blocks/disclaimerBlock.ts'
import {evidenceNoteToHast} from './blocks/evidenceNote.ts'
import {faqToHast} from './blocks/faq.ts'
import {procedureSafetySections} from './blocks/procedureSafety.ts'
import {listToHast, textBlockToHast} from './blocks/textBlock.ts'

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

export const portableTextToHast = (blocks: readonly BodyBlock[], context: BodyContext): Element[] => {
  // Planned over the whole body: a later block whose lists an earlier one shows adds its name there.
  const safety = procedureSafetySections(blocks.filter((block): block is ProcedureSafetyBlock => block._type === 'procedureSafety'), context)
  return nestLists([...blocks], 'html').flatMap((block) => blockToHast(block, context, safety))
}
