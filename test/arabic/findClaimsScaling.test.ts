// findClaims on long texts full of claims: every claim is found once, whichever scope walk it goes
// through. The cost of such texts (quadratic until each text's scopes were worked out once) is
// measured by `npm run bench` (scripts/bench/lintThroughput.ts, measureLongClaimTexts), not here.
import {expect, test} from 'vitest'
import {findClaims} from '../../src/arabic/claims/findClaims.ts'
import {egBannedClaims} from '../../src/presets/bannedClaims/index.ts'
import {LONG_CLAIM_TEXT_UNITS} from '../../scripts/bench/lintThroughput.ts'

const REPEATS = 2_000

test.each(LONG_CLAIM_TEXT_UNITS)('«%s» repeated 2,000 times: 2,000 claims, each at its own place', (unit) => {
  const claims = findClaims(unit.repeat(REPEATS), egBannedClaims)
  expect(claims).toHaveLength(REPEATS)
  expect(new Set(claims.map((claim) => claim.start)).size).toBe(REPEATS)
  expect(claims.at(-1)!.start).toBe(unit.length * (REPEATS - 1))
})
