// A small seeded PRNG (mulberry32) so the benchmark corpus is the same on every run and machine;
// Math.random cannot be seeded, and a 32-bit generator is plenty for picking sentences.

export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** `count` distinct items, in random order (all of them when count >= items.length). */
  sample<T>(items: readonly T[], count: number): T[]
  /** 12 lowercase hex digits, the shape of the dataset's `_key` values. */
  key(): string
}

export const seededRandom = (seed: number): SeededRandom => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[int(0, items.length - 1)]!
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    for (let index = pool.length - 1; index > 0; index--) {
      const other = int(0, index)
      ;[pool[index], pool[other]] = [pool[other]!, pool[index]!]
    }
    return pool.slice(0, Math.min(count, pool.length))
  }
  const key = (): string => int(0, 0xffffff).toString(16).padStart(6, '0') + int(0, 0xffffff).toString(16).padStart(6, '0')
  return {next, int, pick, sample, key}
}
