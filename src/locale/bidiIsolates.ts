// The Unicode bidi isolates Sanad places itself around whole values, so text of the other direction
// keeps its place in a sentence (attributionNotice.ts, the Studio's messages). Content may not carry
// them: the bidi-control rule reports them there.
export const LRI = '\u2066'
export const RLI = '\u2067'
export const FSI = '\u2068'
export const PDI = '\u2069'
