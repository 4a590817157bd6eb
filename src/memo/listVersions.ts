// Lists that come back build after build mostly as they were: a clinic's articles, and what each
// list derives per article (summaries, index entries, page items, remembered verdicts). Each named
// list keeps its last items and the value made for each. A value is taken from there, without a
// lookup, when the item at the same position is the same object, the list's context is the same and
// the caller agrees (`stillGood` per value, or `spoiled` naming the positions that are not); any
// other item gets `make`. On a large site the per-item lookups were a pass's whole cost after one
// edit. The values are the ones `make` would give.
import {sameItems} from './sameItems.ts'

export interface ListVersionOptions<Value> {
  /** What every value of the list depends on besides its item, compared with Object.is. */
  context?: readonly unknown[]
  /** Whether the last version's value at `index` may still be used (its item being the same). */
  stillGood?: (value: Value, index: number) => boolean
  /**
   * The positions of the last version whose values may not be used, when the caller knows them (a
   * memo knows which of its entries an edit spoiled): every other position is good without asking
   * each value, which on a large site meant touching thousands of scattered objects per pass.
   */
  spoiled?: (last: readonly Value[]) => Iterable<number>
}

export type ListVersions<Item, Value> = (list: string, items: readonly Item[], make: (item: Item, index: number) => Value, options?: ListVersionOptions<Value>) => Value[]

const NO_CONTEXT: readonly unknown[] = []
const NO_POSITIONS: ReadonlySet<number> = new Set()

export const listVersions = <Item, Value>(): ListVersions<Item, Value> => {
  const lists = new Map<string, {context: readonly unknown[]; items: readonly Item[]; values: readonly Value[]}>()
  return (list, items, make, {context = NO_CONTEXT, stillGood, spoiled} = {}) => {
    const found = lists.get(list)
    const last = found && sameItems(found.context, context) ? found : undefined
    const bad = last && spoiled ? new Set(spoiled(last.values)) : NO_POSITIONS
    const values = new Array<Value>(items.length)
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!
      const reusable = last !== undefined && last.items[index] === item && !bad.has(index) && (!stillGood || stillGood(last.values[index]!, index))
      values[index] = reusable ? last.values[index]! : make(item, index)
    }
    lists.set(list, {context, items, values})
    return values
  }
}
