// Values derived from a file's bytes (a parsed manifest, a hash), kept by path and trusted while the
// file's size and modification time are unchanged: a stat instead of a read and a parse or hash.
// The oldest entries go beyond `limit`, so a long-running server's cache stays small.
import {stat} from 'node:fs/promises'

export interface StatCheckedCache<Value> {
  /** The value for the file at `path`, derived anew only when the file changed since. */
  get(path: string): Promise<Value>
  /** Records `value` for a file this process has just written. */
  remember(path: string, value: Value): Promise<void>
}

export const statCheckedCache = <Value>(limit: number, derive: (path: string) => Promise<Value>): StatCheckedCache<Value> => {
  const entries = new Map<string, {mtimeMs: number; size: number; value: Value}>()
  const keep = (path: string, mtimeMs: number, size: number, value: Value) => {
    entries.delete(path)
    entries.set(path, {mtimeMs, size, value})
    if (entries.size > limit) entries.delete(entries.keys().next().value!)
  }
  return {
    async get(path) {
      const {mtimeMs, size} = await stat(path)
      const known = entries.get(path)
      if (known && known.mtimeMs === mtimeMs && known.size === size) return known.value
      const value = await derive(path)
      keep(path, mtimeMs, size, value)
      return value
    },
    async remember(path, value) {
      const {mtimeMs, size} = await stat(path)
      keep(path, mtimeMs, size, value)
    },
  }
}
