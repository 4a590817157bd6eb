// findClaims stays linear on long texts full of claims: every match used to walk its sentence and
// clause for question, warning and hedge words, and every kept match was compared with all before it.
import {expect, test} from 'vitest'
import {findClaims} from '../../src/arabic/claims/findClaims.ts'
import {egBannedClaims} from '../../src/presets/bannedClaims/index.ts'

// 400,000 characters took 8 to 47 s when each match walked its sentence (quadratic); linear, they
// take under 0.3 s. The budget leaves room for a loaded machine and still fails a quadratic walk.
const BUDGET_MS = 3000

test.each([
  {name: 'one long sentence of absolute-safety claims (hedge scope)', unit: 'بدون ألم ', claims: 44_445},
  {name: 'one long sentence of guarantees (warning and question scope)', unit: 'نتائج مضمونة ', claims: 30_770},
  {name: 'many short sentences of guarantees (one finding per claim)', unit: 'نتائج مضمونة. ', claims: 28_572},
])('$name: 400,000 characters within the budget', ({unit, claims}) => {
  const text = unit.repeat(Math.ceil(400_000 / unit.length))
  findClaims('نتائج مضمونة', egBannedClaims)
  const started = performance.now()
  expect(findClaims(text, egBannedClaims)).toHaveLength(claims)
  expect(performance.now() - started).toBeLessThan(BUDGET_MS)
})
