// A function of one object, computed once per object. Sanad's documents, graphs, phrasebooks and
// remembered summaries are never changed after they are made, so what is derived from one of them
// can be kept for as long as the object lives (a WeakMap: it goes when the object goes).
import {listVersions} from './listVersions.ts'

export interface OncePerObject<Key extends object, Value> {
  (key: Key): Value
  /**
   * The value of each key in a list that comes back build after build (a clinic's articles), named
   * by `list`. A key at the same position as in the list's previous version gets that version's
   * value without a lookup; on a large site the lookups were a pass's whole cost after one edit.
   * Same values as calling the function on each key.
   */
  each(keys: readonly Key[], list: string): Value[]
}

export const oncePerObject = <Key extends object, Value>(compute: (key: Key) => Value): OncePerObject<Key, Value> => {
  const values = new WeakMap<Key, Value>()
  const one = (key: Key): Value => {
    if (values.has(key)) return values.get(key) as Value
    const value = compute(key)
    values.set(key, value)
    return value
  }
  const versions = listVersions<Key, Value>()
  return Object.assign(one, {each: (keys: readonly Key[], list: string) => versions(list, keys, one)})
}
