// The banned-claim fixture table (test/fixtures/banned-claim/*.json): every sentence, ok or not,
// linted as plain text; the spans between ⟦ and ⟧ are exactly the findings expected, by rule id,
// category, severity, line and column. Sentences without markers must produce no banned-claim.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lintLegacyText} from '../../src/lint/lintLegacyText.ts'
import type {Jurisdiction} from '../../src/presets/preset.ts'

interface Fixture {
  note: string
  text: string
  jurisdiction?: Jurisdiction
  severity?: 'error' | 'warning'
  categories?: string[]
}

const FIXTURES = new URL('../fixtures/banned-claim/', import.meta.url)
const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json')).sort()
const tables = files.map((name) => ({name, ...(JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as {category: string; fixtures: Fixture[]})}))

/** The text without markers, and each marked span's line, column (code points, 1-based) and words. */
const expectedOf = (marked: string) => {
  const spans: Array<{line: number; column: number; excerpt: string}> = []
  let text = ''
  let open: number | undefined
  for (const character of marked) {
    if (character === '⟦') open = text.length
    else if (character === '⟧') {
      const before = text.slice(0, open).split('\n')
      spans.push({line: before.length, column: [...before.at(-1)!].length + 1, excerpt: text.slice(open)})
      open = undefined
    } else text += character
  }
  return {text, spans}
}

describe.each(tables)('$name', ({category, fixtures}) => {
  test.each(fixtures)('$note: $text', (fixture) => {
    const {text, spans} = expectedOf(fixture.text)
    const findings = lintLegacyText({source: text, format: 'text', jurisdiction: fixture.jurisdiction ?? 'EG'}).filter(
      (finding) => finding.ruleId === 'banned-claim',
    )
    expect(findings.map(({ruleId, category: found, severity, line, column, excerpt}) => ({ruleId, category: found, severity, line, column, excerpt}))).toEqual(
      spans.map((span, index) => ({
        ruleId: 'banned-claim',
        category: fixture.categories?.[index] ?? category,
        severity: fixture.severity ?? 'error',
        ...span,
      })),
    )
  })
})

test('the table has at least 80 sentences, and ok and not-ok ones for every category', () => {
  const all = tables.flatMap((table) => table.fixtures.map((fixture) => ({...fixture, category: table.category})))
  expect(all.length).toBeGreaterThanOrEqual(80)
  const categories = ['guaranteed-results', 'absolute-safety', 'permanent-cure', 'miracle', 'self-superlative', 'urgency-discount', 'fear-appeal']
  for (const category of categories) {
    const own = all.filter((fixture) => fixture.category === category)
    expect(own.filter((fixture) => fixture.text.includes('⟦')).length, `${category} not-ok`).toBeGreaterThan(0)
    expect(own.filter((fixture) => !fixture.text.includes('⟦')).length, `${category} ok`).toBeGreaterThan(0)
  }
})
