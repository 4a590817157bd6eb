// runPresetRules hands each check the same options object for a preset's rule on every run: checks
// that remember their reports per document and settings (invisible-char) find them again only so.
import {expect, it} from 'vitest'
import type {Check} from '../../src/checks/check.ts'
import {runPresetRules} from '../../src/gate/runPresetRules.ts'
import {presetFor} from '../../src/presets/index.ts'

it.each(['EG', 'SA', 'AE'] as const)('%s: one options object per rule across runs, the check\'s defaults under the preset\'s', (jurisdiction) => {
  const preset = presetFor(jurisdiction)
  const runs = [0, 1, 2].map(() => {
    const given = new Map<Check, object>()
    runPresetRules(preset, (check, options) => {
      given.set(check, options)
      return []
    })
    return given
  })
  expect(runs[0]!.size).toBeGreaterThan(10)
  for (const [check, options] of runs[0]!) {
    expect(runs[1]!.get(check)).toBe(options)
    expect(runs[2]!.get(check)).toBe(options)
    expect(Object.keys(options)).toEqual(expect.arrayContaining(Object.keys(check.defaultOptions as object)))
  }
  const invisible = [...runs[0]!.entries()].find(([check]) => check.ruleId === 'invisible-char')
  expect(invisible?.[1]).toEqual({allowJoiners: expect.any(Boolean)})
})
