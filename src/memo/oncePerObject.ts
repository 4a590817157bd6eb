// A function of one object, computed once per object. Sanad's documents, graphs, phrasebooks and
// remembered summaries are never changed after they are made, so what is derived from one of them
// can be kept for as long as the object lives (a WeakMap: it goes when the object goes).
export const oncePerObject = <Key extends object, Value>(compute: (key: Key) => Value): ((key: Key) => Value) => {
  const values = new WeakMap<Key, Value>()
  return (key) => {
    if (values.has(key)) return values.get(key) as Value
    const value = compute(key)
    values.set(key, value)
    return value
  }
}
