// A JSON document with one long array, as `JSON.stringify(document, null, 2)` and a newline would
// write it, UTF-8 encoded, with the array's items taken from bytes encoded earlier. The API index
// and every procedure document list hundreds or thousands of articles; after an edit nearly every
// item is the same, and serialising and encoding the whole document again was most of its cost.
import {joinedRuns, spliceBytes} from '../publish/spliceBytes.ts'

const SLOT = '\u0000sanad:list\u0000'

const indent = (depth: number): string => `\n${'  '.repeat(depth)}`

/** `value` as JSON.stringify(…, null, 2) writes it as an item of an array `depth` levels deep, UTF-8 encoded. */
export const jsonItemBytes = (value: unknown, depth: number): Uint8Array => Buffer.from(JSON.stringify(value, null, 2).replaceAll('\n', indent(depth + 1)))

/**
 * `document(items)` serialised, where `document` puts its argument `depth` levels deep and `items`
 * come from jsonItemBytes at the same depth. `list` names the array from build to build, so runs of
 * unchanged items are joined once (joinedRuns); without it nothing is kept.
 */
export const jsonWithListBytes = (document: (list: unknown) => unknown, items: readonly Uint8Array[], depth: number, list?: string): Uint8Array => {
  if (items.length === 0) return Buffer.from(`${JSON.stringify(document([]), null, 2)}\n`)
  const text = `${JSON.stringify(document(SLOT), null, 2)}\n`
  const parts = [Buffer.from(`[${indent(depth + 1)}`), ...joinedRuns(items, Buffer.from(`,${indent(depth + 1)}`), list), Buffer.from(`${indent(depth)}]`)]
  return spliceBytes(text, [{token: JSON.stringify(SLOT), parts}])
}
