// firstInOrder must give exactly what sorting everything and keeping the first N gives, ties included.
import {describe, expect, it} from 'vitest'
import {firstInOrder} from '../../src/delivery/firstInOrder.ts'
import {seededRandom} from '../../scripts/bench/seededRandom.ts'

type Item = {time: number; slug: string; position: number}
const newestFirst = (a: Item, b: Item) => b.time - a.time

describe('firstInOrder', () => {
  it.each([0, 1, 3, 50, 200])('keeps the first %i as sort + slice does, equal times in list order', (limit) => {
    const random = seededRandom(limit + 7)
    // Few distinct times, so most comparisons are ties.
    const items: Item[] = Array.from({length: 120}, (_, position) => ({time: random.int(0, 9), slug: `مقال-${position}`, position}))
    expect(firstInOrder(items, limit, newestFirst)).toEqual([...items].sort(newestFirst).slice(0, limit))
  })

  it('returns everything, in order, when the list is shorter than the limit', () => {
    const items = [{time: 1, slug: 'ب', position: 0}, {time: 3, slug: 'أ', position: 1}]
    expect(firstInOrder(items, 50, newestFirst).map((item) => item.position)).toEqual([1, 0])
  })
})
