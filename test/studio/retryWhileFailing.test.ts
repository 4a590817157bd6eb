// How long a Studio lookup that failed waits before asking again: 5 s, then twice as long after each
// further failure in a row, never more than a minute.
import {describe, expect, test} from 'vitest'
import {lookupRetryDelay} from '../../src/studio/actions/retryWhileFailing.ts'

describe('lookupRetryDelay', () => {
  test.each([
    {failures: 1, delay: 5_000},
    {failures: 2, delay: 10_000},
    {failures: 3, delay: 20_000},
    {failures: 4, delay: 40_000},
    {failures: 5, delay: 60_000},
    {failures: 30, delay: 60_000},
  ])('after $failures failures in a row, asks again in $delay ms', ({failures, delay}) => {
    expect(lookupRetryDelay(failures)).toBe(delay)
  })
})
