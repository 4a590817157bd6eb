// Documents grouped by what one of their reference lists points at: a clinic's articles by
// procedure, every article by the clinics it targets. Each document appears once per id however
// many times its list names that id, and groups keep the documents' order.
import type {Reference} from './fields.ts'

type References<Item> = (item: Item) => readonly Pick<Reference, '_ref'>[]

export const groupByReference = <Item>(items: Iterable<Item>, references: References<Item>): Map<string, Item[]> => {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    for (const id of distinctIds(references(item))) {
      let group = groups.get(id)
      if (!group) groups.set(id, (group = []))
      group.push(item)
    }
  }
  return groups
}

const distinctIds = (refs: readonly Pick<Reference, '_ref'>[]): string[] => {
  const ids: string[] = []
  for (const {_ref} of refs) if (!ids.includes(_ref)) ids.push(_ref)
  return ids
}

/** A list and its grouping, kept so the next version of the list can be grouped from it. */
export interface Grouping<Item> {
  readonly items: readonly Item[]
  readonly groups: ReadonlyMap<string, readonly Item[]>
  /** Worked out from the last grouping (every group is either the same array or a copy with items replaced in place). */
  readonly patched: boolean
}

// Past this many replaced items, grouping afresh is as cheap as patching.
const MOST_REPLACED = 64

/**
 * `groupByReference(items)`, worked out from `last` when the new list is the old one with a few
 * items replaced in place, each by one naming the same ids: after an edit
 * that is the usual case, and a pass reading every item's references was a large part of the
 * rebuild. The groups those items are in are copied with them replaced; every other group is the
 * very same array as before. Shared: do not change the groups.
 */
export const regroupByReference = <Item>(
  last: Grouping<Item> | undefined,
  items: readonly Item[],
  references: References<Item>,
): Grouping<Item> => {
  const replaced = last && last.items.length === items.length ? replacedPositions(last.items, items) : undefined
  const patchable =
    replaced !== undefined &&
    replaced.every((index) => {
      const [before, after] = [last!.items[index]!, items[index]!]
      const ids = distinctIds(references(before))
      const next = distinctIds(references(after))
      return ids.length === next.length && ids.every((id, at) => id === next[at])
    })
  if (!patchable) return {items, groups: groupByReference(items, references), patched: false}
  const groups = new Map(last!.groups)
  const copied = new Set<string>()
  for (const index of replaced) {
    const [before, after] = [last!.items[index]!, items[index]!]
    for (const id of distinctIds(references(after))) {
      let group = groups.get(id) as Item[]
      if (!copied.has(id)) {
        groups.set(id, (group = [...group]))
        copied.add(id)
      }
      // The slot is found in the last group, which is not being written: when items move (an edit
      // changed an article's place in the list), an item replaced at one position may be the new
      // item at another, and in the copy it would be found where it was just written.
      group[last!.groups.get(id)!.indexOf(before)] = after
    }
  }
  return {items, groups, patched: true}
}

/** Where the two lists (of one length) hold different items; undefined past MOST_REPLACED. */
const replacedPositions = <Item>(before: readonly Item[], after: readonly Item[]): number[] | undefined => {
  const positions: number[] = []
  for (let index = 0; index < after.length; index++) {
    if (before[index] === after[index]) continue
    if (positions.length === MOST_REPLACED) return undefined
    positions.push(index)
  }
  return positions
}
