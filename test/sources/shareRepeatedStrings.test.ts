// shareRepeatedStrings: values come back equal, in place; short strings go through the pool (so equal
// ones become one), `_key`s and prose do not.
import {describe, expect, it} from 'vitest'
import {shareRepeatedStrings} from '../../src/sources/shareRepeatedStrings.ts'

const PROSE = 'الميزوثيرابي للبشرة: ما الذي يمكن توقّعه فعلًا بعد الجلسة الأولى؟'

const article = () => ({
  _id: 'article.meso-realistic',
  _type: 'article',
  body: [
    {_type: 'block', _key: 'k1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's1', text: PROSE, marks: ['strong']}]},
    {_type: 'block', _key: 'k2', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's2', text: 'نعم', marks: ['strong']}]},
  ],
  targetClinics: [{_type: 'reference', _ref: 'clinic.nour-cairo'}],
})

describe('shareRepeatedStrings', () => {
  it('returns the same value, unchanged in content', () => {
    const value = article()
    expect(shareRepeatedStrings(value, new Map())).toBe(value)
    expect(value).toEqual(article())
  })

  it('pools short strings once each, across every value read with the same pool', () => {
    const pool = new Map<string, string>()
    shareRepeatedStrings(article(), pool)
    shareRepeatedStrings([article(), 'نعم'], pool)
    expect([...pool.keys()].sort()).toEqual(
      ['article', 'article.meso-realistic', 'block', 'clinic.nour-cairo', 'normal', 'reference', 'span', 'strong', 'نعم'].sort(),
    )
  })

  it('leaves _key values and prose longer than 32 characters out of the pool', () => {
    const pool = new Map<string, string>()
    shareRepeatedStrings(article(), pool)
    expect(pool.has('k1')).toBe(false)
    expect(pool.has('s1')).toBe(false)
    expect(pool.has(PROSE)).toBe(false)
  })

  it('accepts values that are not objects', () => {
    const pool = new Map<string, string>()
    expect(shareRepeatedStrings('نص', pool)).toBe('نص')
    expect(shareRepeatedStrings(null, pool)).toBeNull()
    expect(shareRepeatedStrings(42, pool)).toBe(42)
    expect(pool.size).toBe(0)
  })
})
