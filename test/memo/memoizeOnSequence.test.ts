// memoizeOnSequence: one call per distinct list of objects, by the identity of its members in order.
import {describe, expect, it} from 'vitest'
import {memoizeOnSequence} from '../../src/memo/memoizeOnSequence.ts'

describe('memoizeOnSequence', () => {
  const a = {id: 'أ'}
  const b = {id: 'ب'}
  const c = {id: 'ج'}

  const counted = () => {
    const calls: string[] = []
    const joined = memoizeOnSequence((keys: readonly {id: string}[]) => {
      const result = keys.map((key) => key.id).join('،')
      calls.push(result)
      return result
    })
    return {joined, calls}
  }

  it('computes a list once, even from a new array of the same objects', () => {
    const {joined, calls} = counted()
    expect(joined([a, b, c])).toBe('أ،ب،ج')
    expect(joined([a, b, c])).toBe('أ،ب،ج')
    expect(calls).toEqual(['أ،ب،ج'])
  })

  it.each([
    ['another order', [b, a, c]],
    ['a prefix', [a, b]],
    ['a longer list', [a, b, c, a]],
    ['an equal but new object', [a, {id: 'ب'}, c]],
    ['no objects', []],
  ])('computes anew for %s', (_, keys) => {
    const {joined, calls} = counted()
    joined([a, b, c])
    joined(keys)
    expect(calls).toHaveLength(2)
  })
})
