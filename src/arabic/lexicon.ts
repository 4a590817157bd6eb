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

// Nodes with at least this many children get a dense row, the rest sorted edge runs: a dense row
// for every node took 8.1 MB per phrasebook (24 MB for the three), this 1.0 MB. Measured on 500
// bench articles (claim finder CPU per pass, interleaved runs): rows everywhere 136–144 ms, from 4
// children 149–158 ms, from 2 children 151–163 ms, the root alone ~10 % slower than everywhere. The
// ~0.1 s this costs a 4,000-article build buys 21 MB of its heap, and of every Studio tab's.
const DENSE_ROW_CHILDREN = 4

/** The trie frozen into flat arrays: what a lookup reads, and nothing else. */
interface FrozenTrie {
  symbolOf: Uint8Array
  width: number
  rowOf: Int32Array
  rows: Int32Array
  firstEdge: Int32Array
  edgeSymbols: Uint8Array
  edgeChildren: Int32Array
  /** The terms a node ends: terms[firstTerm[node], firstTerm[node + 1]). */
  firstTerm: Int32Array
  terms: Int32Array
}

// Built in its own function, not inside compileLexicon: V8 keeps one context per function for all
// the closures made in it, so a Map per trie node built beside the returned lookup stayed reachable
// from it for the life of the process (~40,000 Maps and Sets per phrasebook, three phrasebooks: much
// of the ~90 MB a `sanad check` of seven articles held). For the same reason a node's terms are one
// run of a shared array, not an Int32Array each: an empty typed array still costs ~200 bytes.
const freezeTrie = (forms: readonly LexiconForm[]): FrozenTrie => {
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
  // Built as a plain trie, then frozen into flat arrays. A node with many children (the root, which
  // every lookup starts from, and the first letters under it) has a dense row, child =
  // rows[row * width + symbol]; any other node's children are one short run of (symbol, child)
  // pairs sorted by symbol, edges [firstEdge[node], firstEdge[node + 1]): past the first letters a
  // node has one or two children, and a dense row would be nearly all zeros.
  const built: Array<Map<number, number>> = [new Map()]
  const terminals: Array<Set<number> | undefined> = [undefined]
  for (const {surface, termId} of forms) {
    let node = 0
    for (let index = 0; index < surface.length; index++) {
      const symbol = symbolOf[surface.charCodeAt(index)]!
      let child = built[node]!.get(symbol)
      if (child === undefined) {
        child = built.length
        built.push(new Map())
        terminals.push(undefined)
        built[node]!.set(symbol, child)
      }
      node = child
    }
    const set = terminals[node] ?? new Set<number>()
    set.add(termId)
    terminals[node] = set
  }
  const rowOf = new Int32Array(built.length).fill(-1)
  const denseNodes = built.flatMap((children, node) => (node === 0 || children.size >= DENSE_ROW_CHILDREN ? [node] : []))
  const rows = new Int32Array(denseNodes.length * width)
  denseNodes.forEach((node, row) => {
    rowOf[node] = row
    for (const [symbol, child] of built[node]!) rows[row * width + symbol] = child
  })
  const firstEdge = new Int32Array(built.length + 1)
  const edgeSymbols = new Uint8Array(built.length)
  const edgeChildren = new Int32Array(built.length)
  let edges = 0
  for (let node = 0; node < built.length; node++) {
    firstEdge[node] = edges
    if (rowOf[node] !== -1) continue
    for (const [symbol, child] of [...built[node]!].sort(([a], [b]) => a - b)) {
      edgeSymbols[edges] = symbol
      edgeChildren[edges++] = child
    }
  }
  firstEdge[built.length] = edges
  const firstTerm = new Int32Array(built.length + 1)
  const terms = new Int32Array(terminals.reduce((total, set) => total + (set?.size ?? 0), 0))
  let term = 0
  terminals.forEach((set, node) => {
    firstTerm[node] = term
    for (const termId of set ?? []) terms[term++] = termId
  })
  firstTerm[built.length] = term
  return {symbolOf, width, rowOf, rows, firstEdge, edgeSymbols, edgeChildren, firstTerm, terms}
}

export const compileLexicon = (forms: readonly LexiconForm[]): Lexicon => {
  const {symbolOf, width, rowOf, rows, firstEdge, edgeSymbols, edgeChildren, firstTerm, terms} = freezeTrie(forms)

  const childOf = (node: number, symbol: number): number => {
    const row = rowOf[node]!
    if (row !== -1) return rows[row * width + symbol]!
    const last = firstEdge[node + 1]!
    for (let edge = firstEdge[node]!; edge < last; edge++) {
      const at = edgeSymbols[edge]!
      if (at === symbol) return edgeChildren[edge]!
      if (at > symbol) return 0
    }
    return 0
  }

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
          node = childOf(node, symbol)
          if (node === 0) break
        }
        if (node === 0) continue
        const lastTerm = firstTerm[node + 1]!
        for (let term = firstTerm[node]!; term < lastTerm; term++) {
          found(terms[term]!, flags[reading]!)
          total++
        }
      }
      return total
    },
  }
}
