// The Unicode bidi isolates Sanad places itself around whole values, so text of the other direction
// keeps its place in a sentence (attributionNotice.ts, the Studio's messages). Content may not carry
// them: the bidi-control rule reports them there.
export const LRI = '\u2066'
export const RLI = '\u2067'
export const FSI = '\u2068'
export const PDI = '\u2069'

/**
 * LEFT-TO-RIGHT MARK: an implicit mark, not a reordering control, so it may stand in the text report,
 * which carries none (it reports them in content). Put before a path or flag that follows Arabic, it
 * keeps the leading «/», «-» or «.» with the value: «…: /data/export» shown right to left otherwise
 * reads «data/export/», and «--no-assets» reads «no-assets--».
 */
export const LRM = '\u200E'
