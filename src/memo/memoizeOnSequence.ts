// Memoises a function of a list of objects on the identity of the list's members, in order: the
// same objects give the same result without calling it again. A trie of WeakMaps, so a result is
// forgotten once any of its objects is garbage-collected (parsed documents are immutable, and a
// rebuild's new graph replaces only the documents that changed).
interface Node<V> {
  next: WeakMap<object, Node<V>>
  value?: {result: V}
}

const node = <V>(): Node<V> => ({next: new WeakMap()})

export const memoizeOnSequence = <K extends object, V>(compute: (keys: readonly K[]) => V): ((keys: readonly K[]) => V) => {
  const root = node<V>()
  return (keys) => {
    let at = root
    for (const key of keys) {
      let child = at.next.get(key)
      if (!child) at.next.set(key, (child = node<V>()))
      at = child
    }
    return (at.value ??= {result: compute(keys)}).result
  }
}
