// Test runner settings: tests live in test/, one file per API, and some drive real processes
// (sanity build, HTTP servers), hence the generous timeouts.
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {defineConfig} from 'vitest/config'

// One scratch folder per run (see test/support/scratchTmpdir.ts); the pid keeps two runs apart.
const scratchTmpdir = join(tmpdir(), `sanad-tests-${process.pid}`)
process.env.SANAD_TEST_TMPDIR = scratchTmpdir

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Prints one notice when Chromium is missing and the browser tests (test/browser/) are skipped.
    globalSetup: ['test/support/scratchTmpdir.ts', 'test/browser/support/chromiumNotice.ts'],
    env: {TMPDIR: scratchTmpdir},
  },
})
