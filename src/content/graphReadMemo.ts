// Remembers a value computed from the content graph together with exactly what the computation
// read from it, so a rebuild after a small edit recomputes only what the edit can have changed.
// What is read is recorded, not declared: every lookup and every whole-collection read goes
// through a recording view of the graph, so a new gate check or page input is covered without
// anyone listing its dependencies. Reuse is decided by object identity, which is sound because
// graphs and their documents are never changed after they are built (contentGraph.ts): an edit
// makes new objects for what it touched and shares the rest.
import {listVersions, type ListVersions} from '../memo/listVersions.ts'
import {sameItems} from '../memo/sameItems.ts'
import type {ContentGraph} from './contentGraph.ts'
import {graphChanges, type Collection} from './graphChanges.ts'

/**
 * One read: a lookup by id and what it returned, or (no id) the collection as a whole. `key` is its
 * entry in GraphReadMemo.readers, made once when the read is recorded: a page listing every article
 * reads thousands of documents, and making each key again to unindex the page was most of the cost
 * of forgetting it after an edit.
 */
type GraphRead = ({collection: Collection; id: string; value: unknown} | {collection: Collection; whole: ReadonlyMap<string, unknown>}) & {key: string}

interface Remembered {
  /** The list scope it belongs to: an edit that invalidates it tells that list (GraphReadMemo.spoiled). */
  scope: string
  keys: readonly unknown[]
  reads: GraphRead[]
  value: unknown
  /** Cleared when a document it read changes; such an entry is computed again on its next use. */
  valid: boolean
  /** Where it stood in its scope's list when that list was last made (rememberEachGraphReads); -1 if never. */
  index: number
}

type Positioned = {entry: Remembered; own: unknown}

interface LastList {
  positioned: readonly Positioned[]
  values: readonly unknown[]
  itemKeyFrom: readonly unknown[] | undefined
}

export interface GraphReadMemo {
  /** Per owner object (an article), per scope (e.g. "gate:<clinic id>"). Weak: a replaced article takes its entries with it. */
  readonly byOwner: WeakMap<object, Map<string, Remembered>>
  /** The entries that read each document (`collection\0id`) or each whole collection (`collection`). */
  readonly readers: Map<string, Set<Remembered>>
  /** The graph the entries are valid for; a different graph is diffed against it once, not per entry. */
  graph: ContentGraph | undefined
  /** Reuses and computations since the memo was made. */
  readonly stats: {reused: number; computed: number}
  /** Per scope, the list rememberEachGraphReads was last given and the entry (with its item key) at each position. */
  readonly lists: ListVersions<object, Positioned>
  /**
   * Per list scope, the entries invalidated since its list was last made: the only positions that
   * list cannot carry over, so it need not look at every entry to find them.
   */
  readonly spoiled: Map<string, Remembered[]>
  /** Per list scope, what its list last gave, so an unchanged position's value is copied without touching its entry. */
  readonly lastLists: Map<string, LastList>
}

export const createGraphReadMemo = (): GraphReadMemo => ({
  byOwner: new WeakMap(),
  readers: new Map(),
  graph: undefined,
  stats: {reused: 0, computed: 0},
  lists: listVersions(),
  spoiled: new Map(),
  lastLists: new Map(),
})

const documentKey = (collection: Collection, id: string): string => `${collection}\u0000${id}`

const forget = (memo: GraphReadMemo, entry: Remembered) => {
  if (entry.valid) memo.spoiled.get(entry.scope)?.push(entry)
  entry.valid = false
  for (const read of entry.reads) memo.readers.get(read.key)?.delete(entry)
}

/**
 * Moves the memo to `graph`: every entry that read a document which differs between the two graphs
 * (or a collection that changed at all, for whole-collection reads) is invalidated (graphChanges).
 */
const moveTo = (memo: GraphReadMemo, graph: ContentGraph) => {
  const before = memo.graph
  memo.graph = graph
  if (!before) return
  for (const {collection, changes} of graphChanges(before, graph)) {
    const changed = [collection, ...changes.map(({id}) => documentKey(collection, id))]
    for (const key of changed) for (const entry of [...(memo.readers.get(key) ?? [])]) forget(memo, entry)
    // A replaced document's own entries can never be asked for again; unindex them so they can go.
    for (const {before: old} of changes) if (old) for (const entry of memo.byOwner.get(old)?.values() ?? []) forget(memo, entry)
  }
}

const recordingCollection = <Value>(collection: Collection, map: Map<string, Value>, record: (read: GraphRead) => void): Map<string, Value> =>
  new Proxy(map, {
    get(target, property) {
      if (property === 'get' || property === 'has') {
        return (id: string) => {
          const value = target.get(id)
          record({collection, id, value, key: documentKey(collection, id)})
          return property === 'get' ? value : target.has(id)
        }
      }
      // Anything else (size, values(), iteration…) depends on the whole collection.
      record({collection, whole: target, key: collection})
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })

/** A view of `graph` that records every read, each distinct one once. */
const recordingGraph = (graph: ContentGraph): {view: ContentGraph; reads: GraphRead[]} => {
  const seen = new Set<string>()
  const reads: GraphRead[] = []
  const record = (read: GraphRead) => {
    if (seen.has(read.key)) return
    seen.add(read.key)
    reads.push(read)
  }
  const view = {} as Record<Collection, Map<string, unknown>>
  for (const collection of Object.keys(graph) as Collection[]) view[collection] = recordingCollection(collection, graph[collection] as Map<string, unknown>, record)
  views.add(view as unknown as ContentGraph)
  return {view: view as unknown as ContentGraph, reads}
}

/** Graphs that are recording views: a remembered value computed inside another is simply computed, its reads recorded by the outer one. */
const views = new WeakSet<ContentGraph>()

export interface RememberedKey {
  /** The object the value belongs to (an article); never mutated, so identity means "unchanged". */
  owner: object
  /** Which value of the owner: one owner holds one value per scope. */
  scope: string
  graph: ContentGraph
  /** Everything else the computation depends on, compared with Object.is. */
  keys: readonly unknown[]
}

const rememberedEntry = (memo: GraphReadMemo, key: RememberedKey, compute: (view: ContentGraph) => unknown): Remembered => {
  if (memo.graph !== key.graph) moveTo(memo, key.graph)
  const scopes = memo.byOwner.get(key.owner)
  const before = scopes?.get(key.scope)
  if (before?.valid && sameItems(before.keys, key.keys)) {
    memo.stats.reused++
    return before
  }
  if (before) forget(memo, before)
  const {view, reads} = recordingGraph(key.graph)
  const value = compute(view)
  memo.stats.computed++
  const entry: Remembered = {scope: key.scope, keys: key.keys, reads, value, valid: true, index: -1}
  for (const read of reads) {
    let entries = memo.readers.get(read.key)
    if (!entries) memo.readers.set(read.key, (entries = new Set()))
    entries.add(entry)
  }
  const owned = scopes ?? new Map<string, Remembered>()
  owned.set(key.scope, entry)
  if (!scopes) memo.byOwner.set(key.owner, owned)
  return entry
}

/**
 * `compute(view)` where `view` is `graph` seen through a recorder; reused instead when the owner
 * and keys are the same as last time and every graph read the last computation made would return
 * the same thing now.
 */
export const rememberGraphReads = <Value>(memo: GraphReadMemo, key: RememberedKey, compute: (view: ContentGraph) => Value): Value =>
  views.has(key.graph) ? compute(key.graph) : (rememberedEntry(memo, key, compute).value as Value)

export interface RememberedListKey {
  /** One scope per list (e.g. "gate:<clinic id>"): its previous list is what positions are compared with. */
  scope: string
  graph: ContentGraph
  /** What every item's value depends on besides the item and the graph, compared with Object.is. */
  keys: readonly unknown[]
}

/**
 * `rememberGraphReads` for every item of a list (the owner is the item), with `itemKey(item)` added
 * to each item's keys. A whole site's lists pass through here on every build: thousands of lookups,
 * each chasing an article's entry through two maps, were a large part of rebuilding after one edit.
 * So an item at the same position as in the scope's previous list, whose entry is still valid, is
 * taken from there without a lookup; any other item goes the ordinary way. Same values either way.
 *
 * Which entries an edit invalidated is known when it happens, so validity is checked only for
 * those, not entry by entry. `itemKeyFrom` lists what `itemKey` depends on besides the item
 * (compared with Object.is): while it is the same as last time, an unchanged item's key is too,
 * and `itemKey` is asked only of new items. Without it `itemKey` is asked of every item.
 */
export const rememberEachGraphReads = <Item extends object, Value>(
  memo: GraphReadMemo,
  {scope, graph, keys}: RememberedListKey,
  items: readonly Item[],
  compute: (item: Item, view: ContentGraph) => Value,
  itemKey?: (item: Item) => unknown,
  itemKeyFrom?: readonly unknown[],
): Value[] => {
  if (views.has(graph)) return items.map((item) => compute(item, graph))
  if (memo.graph !== graph) moveTo(memo, graph)
  const spoiled = memo.spoiled.get(scope) ?? []
  // From here on, what is invalidated is for this list's next version to skip.
  memo.spoiled.set(scope, [])
  const last = memo.lastLists.get(scope)
  const ownUnchanged = !itemKey || (itemKeyFrom !== undefined && last?.itemKeyFrom !== undefined && sameItems(last.itemKeyFrom, itemKeyFrom))
  let looked = 0
  const positioned = memo.lists(
    scope,
    items,
    (_, index) => {
      looked++
      const item = items[index]!
      const own = itemKey?.(item)
      const entry = rememberedEntry(memo, {owner: item, scope, graph, keys: itemKey ? [...keys, own] : keys}, (view) => compute(item, view))
      entry.index = index
      return {own, entry}
    },
    {
      context: keys,
      spoiled: (lastValues) => spoiled.filter((entry) => lastValues[entry.index]?.entry === entry).map((entry) => entry.index),
      ...(ownUnchanged ? {} : {stillGood: ({own}: Positioned, index: number) => Object.is(own, itemKey(items[index]!))}),
    },
  )
  // Items taken by position were reused without a lookup (a lookup counts its own reuse).
  memo.stats.reused += items.length - looked
  const values = new Array<Value>(positioned.length)
  for (let index = 0; index < positioned.length; index++) {
    const at = positioned[index]!
    values[index] = (last?.positioned[index] === at ? last.values[index] : at.entry.value) as Value
  }
  memo.lastLists.set(scope, {positioned, values, itemKeyFrom})
  return values
}
