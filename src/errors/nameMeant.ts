// The known name a mistyped one was most likely meant to be: the nearest by edit distance (a letter
// dropped, added, changed, or two swapped), when it is near enough to be a slip of the keyboard and
// not another name altogether. Pure.

/** The most edits a slip makes: SANITY_PROJECTID, SANITY_DATSET, SANAD_CLINC are one each. */
const MAX_EDITS = 2

// Optimal string alignment distance: Levenshtein's with a swap of two neighbours as one edit
// (SANITY_DATAEST), the mistake a typist makes most. Not fastest-levenshtein: with it imported here,
// a one-off `sanad build` of the 4,000-article bench corpus peaked at 870–1,313 MB of RSS instead of
// 656–717 MB, run after run (its cause not found); a dozen short names need no library.
const editDistance = (a: string, b: string): number => {
  const rows: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[a.length]![b.length]!
}

/** `undefined` when `name` is one of `known` or near none of them; letter case counts as no edit. */
export const nameMeant = <T extends string>(name: string, known: readonly T[]): T | undefined => {
  if ((known as readonly string[]).includes(name)) return undefined
  let meant: T | undefined
  let fewest = MAX_EDITS + 1
  for (const candidate of known) {
    const distance = editDistance(name.toUpperCase(), candidate.toUpperCase())
    if (distance < fewest) [meant, fewest] = [candidate, distance]
  }
  return meant
}
