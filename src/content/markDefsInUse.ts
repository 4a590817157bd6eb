// The annotations of a text block that some span of it carries. A markDef no span uses is shown
// nowhere (the Studio's editor drops such leftovers, imported content may keep them), so the gate
// must not block an article over a claim its page never cites, nor count that claim as cited.
import type {MarkDef, TextBlock} from './portableText.ts'

export const markDefsInUse = (block: TextBlock): MarkDef[] => {
  if (block.markDefs.length === 0) return block.markDefs
  const used = new Set<string>()
  for (const span of block.children) for (const mark of span.marks) used.add(mark)
  return block.markDefs.filter((mark) => used.has(mark._key))
}
