// Array items of one document that share a `_key`. Sanity keeps every item's key unique within its
// array, and the Studio shows a list with a repeated one as broken; an import or a script can write
// two. Every finding path names an item by its key (body[_key=="b1"]), so with two items of one key
// it points at whichever comes first, not always the one at fault. Pure.

export interface DuplicateArrayKey {
  key: string
  /** The raw path of the later item, by position: its key names two. */
  path: (string | number)[]
  /** Position of the first item with that key in the same array. */
  firstIndex: number
}

// Where a value sits, built only for a duplicate found: one link per value walked, no path copied.
interface Trail {
  parent: Trail | undefined
  segment: string | number
}

const pathOf = (trail: Trail | undefined): (string | number)[] => {
  const path: (string | number)[] = []
  for (let at = trail; at; at = at.parent) path.unshift(at.segment)
  return path
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null

/** Each item whose `_key` an earlier item of its array already has. */
export const duplicateArrayKeys = (raw: unknown): DuplicateArrayKey[] => {
  const found: DuplicateArrayKey[] = []
  // A stack, not recursion: a document's depth is whatever its writer made it.
  const pending: {node: object; trail: Trail | undefined}[] = isContainer(raw) ? [{node: raw, trail: undefined}] : []
  while (pending.length > 0) {
    const {node, trail} = pending.pop()!
    if (Array.isArray(node)) {
      const seen = new Map<string, number>()
      node.forEach((item: unknown, index) => {
        if (!isContainer(item)) return
        const itemTrail = {parent: trail, segment: index}
        const key = (item as {_key?: unknown})._key
        if (typeof key === 'string' && key !== '') {
          const firstIndex = seen.get(key)
          if (firstIndex === undefined) seen.set(key, index)
          else found.push({key, path: pathOf(itemTrail), firstIndex})
        }
        pending.push({node: item, trail: itemTrail})
      })
    } else {
      for (const [name, value] of Object.entries(node)) if (isContainer(value)) pending.push({node: value, trail: {parent: trail, segment: name}})
    }
  }
  return found
}
