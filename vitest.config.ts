// Test runner settings: tests live in test/, one file per API, and some drive real processes
// (sanity build, HTTP servers), hence the generous timeouts.
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Prints one notice when Chromium is missing and the browser tests (test/browser/) are skipped.
    globalSetup: ['test/browser/support/chromiumNotice.ts'],
  },
})
