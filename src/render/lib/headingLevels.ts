// A writer marks each heading of the body «عنوان رئيسي» (h2) or «عنوان فرعي» (h3). A body whose first
// headings are subheadings went from the page's h1 straight to an h3, which a screen reader's list of
// headings presents as a missing level (WCAG 1.3.1): nothing comes before them for them to be under.
import type {BodyBlock} from '../../content/portableText.ts'

const isSubheading = (block: BodyBlock): boolean => block._type === 'block' && block.style === 'h3'

/** The body with the h3 blocks before its first h2 as h2; the same array when there are none. */
export const withNoSkippedHeadingLevel = (blocks: readonly BodyBlock[]): readonly BodyBlock[] => {
  const firstHeading = blocks.findIndex((block) => block._type === 'block' && block.style === 'h2')
  const end = firstHeading < 0 ? blocks.length : firstHeading
  if (!blocks.slice(0, end).some(isSubheading)) return blocks
  return blocks.map((block, index) => (index < end && isSubheading(block) ? {...block, style: 'h2'} : block) as BodyBlock)
}
