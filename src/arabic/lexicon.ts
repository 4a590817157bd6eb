// A clitic-aware word lookup: a character trie over normalised surface forms, walked from every
// place a proclitic sequence may end inside a token. Looking a token up allocates nothing, which is
// what lets the claim linter read millions of words a second.
import {procliticStarts} from './clitics.ts'

export interface LexiconForm {
  /** Normalised surface form without proclitics, e.g. "مضمونه". */
  surface: string
  termId: number
}

export interface Lexicon {
  /**
   * Finds every term `codes[start, end)` is a form of, under every proclitic reading. Calls
   * `found(termId, procliticFlags)` for each; returns how many were found.
   */
  lookup(codes: Uint16Array, start: number, end: number, found: (termId: number, flags: number) => void): number
}

export const compileLexicon = (forms: readonly LexiconForm[]): Lexicon => {
  const symbolOf = new Uint8Array(0x10000)
  let symbols = 0
  for (const {surface} of forms) {
    for (let index = 0; index < surface.length; index++) {
      const code = surface.charCodeAt(index)
      if (symbolOf[code] === 0) {
        if (symbols === 254) throw new Error('Lexicon alphabet is larger than 254 characters')
        symbolOf[code] = ++symbols
      }
    }
  }
  const width = symbols + 1
  // Built with plain arrays, then frozen into one flat Int32Array (child = children[node * width + symbol]).
  const children: number[] = new Array<number>(width).fill(0)
  const terminals: Array<Set<number> | undefined> = [undefined]
  for (const {surface, termId} of forms) {
    let node = 0
    for (let index = 0; index < surface.length; index++) {
      const slot = node * width + symbolOf[surface.charCodeAt(index)]!
      let child = children[slot]!
      if (child === 0) {
        child = terminals.length
        terminals.push(undefined)
        for (let fill = 0; fill < width; fill++) children.push(0)
        children[slot] = child
      }
      node = child
    }
    const set = terminals[node] ?? new Set<number>()
    set.add(termId)
    terminals[node] = set
  }
  const table = Int32Array.from(children)
  const terminalTerms: Int32Array[] = terminals.map((set) => Int32Array.from(set ?? []))

  const offsets = new Int32Array(8)
  const flags = new Uint8Array(8)

  return {
    lookup(codes, start, end, found) {
      let total = 0
      const readings = procliticStarts(codes, start, end, offsets, flags)
      for (let reading = 0; reading < readings; reading++) {
        let node = 0
        for (let index = offsets[reading]!; index < end; index++) {
          const symbol = symbolOf[codes[index]!]!
          if (symbol === 0) {
            node = 0
            break
          }
          node = table[node * width + symbol]!
          if (node === 0) break
        }
        if (node === 0) continue
        const terms = terminalTerms[node]!
        for (let term = 0; term < terms.length; term++) {
          found(terms[term]!, flags[reading]!)
          total++
        }
      }
      return total
    },
  }
}
