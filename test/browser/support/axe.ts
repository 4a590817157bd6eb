// axe-core through @axe-core/playwright, with the axe-core version this project pins (a direct
// devDependency) rather than the one @axe-core/playwright happens to bundle. Every rule runs; the
// tests fail on serious and critical violations and write the full results to test-artifacts/.
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {AxeBuilder} from '@axe-core/playwright'
import type {Page} from 'playwright-core'
import {ARTIFACTS_DIR} from './artifacts.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeSummary {
  /** `rule-id (impact): n nodes`, for every violation. */
  violations: string[]
  /** The serious and critical ones, with the selectors of the offending nodes. */
  blocking: {rule: string; impact: string; nodes: string[]}[]
}

export const runAxe = async (page: Page, artifactName: string): Promise<AxeSummary> => {
  const results = await new AxeBuilder({page, axeSource}).analyze()
  const dir = join(ARTIFACTS_DIR, 'axe')
  mkdirSync(dir, {recursive: true})
  writeFileSync(join(dir, `${artifactName}.json`), JSON.stringify({url: results.url, violations: results.violations, incomplete: results.incomplete.map(({id, impact}) => ({id, impact}))}, null, 2))
  return {
    violations: results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length} nodes`),
    blocking: results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({rule: violation.id, impact: violation.impact!, nodes: violation.nodes.map((node) => node.target.join(' '))})),
  }
}
