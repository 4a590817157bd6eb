// A patient must see the risks and contraindications of every procedure an article is about, and its
// JSON-LD lists them all. The writer places them with `procedureSafety` blocks; what no block shows
// is added at the end of the body as the blocks that would show it, so it renders exactly as a
// writer's block does, under headings that name the procedure.
import type {Article} from '../../content/documents/article.ts'
import type {ProcedureSafetyBlock} from '../../content/portableText.ts'

export type SafetyPart = 'risks' | 'contraindications'

/** The parts a `procedureSafety` block shows, in the order it shows them. */
export const SAFETY_PARTS: Readonly<Record<ProcedureSafetyBlock['show'], readonly SafetyPart[]>> = {
  both: ['risks', 'contraindications'],
  risks: ['risks'],
  contraindications: ['contraindications'],
}

/** The safety blocks the body lacks, one per procedure of `article.procedures` (in that order) with anything unshown. */
export const missingSafetyBlocks = (article: Article): ProcedureSafetyBlock[] => {
  const shown = new Map<string, Set<SafetyPart>>()
  for (const block of article.body) {
    if (block._type !== 'procedureSafety') continue
    const parts = shown.get(block.procedure._ref) ?? new Set()
    for (const part of SAFETY_PARTS[block.show]) parts.add(part)
    shown.set(block.procedure._ref, parts)
  }
  const added = new Set<string>()
  return article.procedures.flatMap((ref): ProcedureSafetyBlock[] => {
    if (added.has(ref._ref)) return []
    added.add(ref._ref)
    const parts = shown.get(ref._ref)
    const show = !parts ? 'both' : !parts.has('risks') ? 'risks' : !parts.has('contraindications') ? 'contraindications' : undefined
    // Nothing renders or looks up the key; it is there because every body block has one.
    return show ? [{_type: 'procedureSafety', _key: `added-safety:${ref._ref}`, procedure: {_type: 'reference', _ref: ref._ref}, show}] : []
  })
}
