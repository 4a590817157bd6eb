// Makes equal short strings in freshly parsed JSON one string in memory. JSON.parse gives every
// `_type: "span"`, `style: "normal"`, `_ref` and date its own copy; thousands of articles carry
// hundreds of thousands of them, and they live as long as the content graph built from them.

/** Identifiers, enum values, references and dates fit; prose rarely repeats and is left as it is. */
const MAX_SHARED_LENGTH = 32

/** `_key`s are random per array item: pooling them would only grow the pool. */
const UNIQUE_FIELD = '_key'

/**
 * Rewrites `value` in place so that each short string in it is the one kept in `pool` (the first
 * seen with that text). Use one pool per read and drop it with the read.
 */
export const shareRepeatedStrings = <T>(value: T, pool: Map<string, string>): T => {
  const shared = (text: string): string => {
    if (text.length > MAX_SHARED_LENGTH) return text
    const pooled = pool.get(text)
    if (pooled !== undefined) return pooled
    pool.set(text, text)
    return text
  }
  // Strings are assigned back even when equal: `===` compares contents, copies look the same.
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index]
        if (typeof item === 'string') node[index] = shared(item)
        else if (typeof item === 'object' && item !== null) visit(item)
      }
      return
    }
    const record = node as Record<string, unknown>
    for (const key in record) {
      const field = record[key]
      if (typeof field === 'string') {
        if (key !== UNIQUE_FIELD) record[key] = shared(field)
      } else if (typeof field === 'object' && field !== null) visit(field)
    }
  }
  if (typeof value === 'object' && value !== null) visit(value)
  return value
}
