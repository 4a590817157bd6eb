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
    if (parts.length > 0) parts.push(separator)
    parts.push(item)
  }
  return parts
}
