// Which body blocks the page moves to the end of the article (FAQ and disclaimer), and the body
// they leave behind, without the writer's headings that only introduced them.
import type {BodyBlock} from '../../content/portableText.ts'

const isTrailingBlock = (block: BodyBlock): boolean => block._type === 'faq' || block._type === 'disclaimerBlock'

const HEADING_RANKS: Readonly<Record<string, number>> = {h2: 2, h3: 3}

const headingRank = (block: BodyBlock): number | undefined =>
  block._type === 'block' && !block.listItem ? HEADING_RANKS[block.style] : undefined

/**
 * Where the section `body[at]` heads ends (the next heading of its rank or above, or the body's
 * end) when it holds nothing but moved blocks and subheadings, at least one moved block; else -1.
 */
const onlyMovedBlocksUntil = (body: readonly BodyBlock[], at: number, rank: number): number => {
  let moved = false
  let end = at + 1
  for (; end < body.length; end++) {
    const block = body[end]!
    const other = headingRank(block)
    if (other !== undefined && other <= rank) break
    if (isTrailingBlock(block)) moved = true
    else if (other === undefined) return -1
  }
  return moved ? end : -1
}

/**
 * The body without its trailing blocks. A heading whose section (subsections included) held
 * nothing but them goes too, with any subheading in it: the FAQ and disclaimer carry their own
 * <h2>, so moving it with them would title them twice. A heading the writer left empty before
 * another heading stays; it is not the move's doing.
 */
export const bodyWithoutTrailingBlocks = (body: readonly BodyBlock[]): BodyBlock[] => {
  const kept: BodyBlock[] = []
  for (let at = 0; at < body.length; at++) {
    const block = body[at]!
    if (isTrailingBlock(block)) continue
    const rank = headingRank(block)
    const end = rank === undefined ? -1 : onlyMovedBlocksUntil(body, at, rank)
    if (end < 0) kept.push(block)
    else at = end - 1
  }
  return kept
}
