// Text with placeholder tokens, as UTF-8 bytes with each token replaced by parts encoded earlier.
// The long outputs (a home page of thousands of items, the API index, a release manifest) are
// serialised around placeholders and their items, each encoded once and cached, are joined as
// bytes: copying bytes is cheap, encoding megabytes of Arabic text again on every build is not.

export interface ByteSlot {
  /** Appears once in the text; a token the text does not hold is left out. */
  token: string
  parts: readonly Uint8Array[]
}

export const spliceBytes = (text: string, slots: Iterable<ByteSlot>): Uint8Array => {
  const found = [...slots].map((slot) => ({...slot, at: text.indexOf(slot.token)})).filter((slot) => slot.at >= 0)
  found.sort((a, b) => a.at - b.at)
  const out: Uint8Array[] = []
  let from = 0
  for (const slot of found) {
    out.push(Buffer.from(text.slice(from, slot.at)), ...slot.parts)
    from = slot.at + slot.token.length
  }
  out.push(Buffer.from(text.slice(from)))
  return Buffer.concat(out)
}

/** `items` with `separator` between them, as parts for a slot. */
export const joinedParts = (items: Iterable<Uint8Array>, separator: Uint8Array): Uint8Array[] => {
  const parts: Uint8Array[] = []
  for (const item of items) {
    if (parts.length > 0 && separator.length > 0) parts.push(separator)
    parts.push(item)
  }
  return parts
}

// Items per run: big enough that a site-sized list is a few dozen parts, small enough that the run
// holding an edited item is cheap to join again.
const RUN_ITEMS = 128

// Per named list, its items at the last join and the bytes of each run of them.
const lastRuns = new Map<string, {items: readonly Uint8Array[]; runs: readonly Uint8Array[]}>()

/**
 * The same bytes as `joinedParts(items, separator)`, as a few large parts: runs of RUN_ITEMS items
 * joined once. Copying thousands of small parts one by one was the largest cost left in joining a
 * site's home page, API index and manifest after one edit. With `list` (a name for the list from
 * build to build), a run whose items are the very same objects as last time is taken as it was;
 * without it nothing is kept (a one-off build joins each list once).
 */
export const joinedRuns = (items: readonly Uint8Array[], separator: Uint8Array, list?: string): Uint8Array[] => {
  const last = list === undefined ? undefined : lastRuns.get(list)
  const runs: Uint8Array[] = []
  for (let start = 0, run = 0; start < items.length; start += RUN_ITEMS, run++) {
    const end = Math.min(start + RUN_ITEMS, items.length)
    let same = last !== undefined && Math.min(start + RUN_ITEMS, last.items.length) === end
    for (let index = start; same && index < end; index++) same = last!.items[index] === items[index]
    runs.push(same ? last!.runs[run]! : Buffer.concat(joinedParts(items.slice(start, end), separator)))
  }
  if (list !== undefined) lastRuns.set(list, {items, runs})
  return joinedParts(runs, separator)
}
