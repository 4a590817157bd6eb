// Debian's Chromium driven by playwright-core (which downloads no browser of its own). Browser tests
// run only where /usr/bin/chromium exists (scripts/install-chromium.sh installs it; .ci/run calls
// it); elsewhere they are skipped and test/browser/support/chromiumNotice.ts says so once.
import {existsSync} from 'node:fs'
import {chromium, type Browser} from 'playwright-core'

export const CHROMIUM_PATH = process.env.SANAD_CHROMIUM ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM_PATH)
export const NO_CHROMIUM_MESSAGE = `no Chromium at ${CHROMIUM_PATH}. Install it with \`bash scripts/install-chromium.sh\` (apt-get) and run npm test again.`

/**
 * One headless Chromium per test file. Playwright starts it with a fresh temporary profile
 * (user-data dir) of its own and deletes it on close; the flags keep it from phoning home.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })

export const PHONE = {width: 390, height: 844} as const
export const DESKTOP = {width: 1280, height: 800} as const
export const VIEWPORTS = [
  {name: 'phone', ...PHONE},
  {name: 'desktop', ...DESKTOP},
] as const
