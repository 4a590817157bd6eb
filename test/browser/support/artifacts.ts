// Where browser tests leave what a person looks at (gitignored): screenshots and axe reports.
// scripts/contact-sheet.ts reads the screenshots from here.
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/browser/', import.meta.url))
export const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots')

/** `<clinic>--<page>--<viewport>.png`: the contact sheet groups by these three parts. */
export const screenshotPath = (clinic: string, page: string, viewport: string): string => {
  mkdirSync(SCREENSHOTS_DIR, {recursive: true})
  return join(SCREENSHOTS_DIR, `${clinic}--${page}--${viewport}.png`)
}
