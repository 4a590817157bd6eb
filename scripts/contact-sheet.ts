// Composes docs/contact-sheet.png, the picture in the README of what Sanad builds, from the
// screenshots the latest browser-test run left in test-artifacts/browser/screenshots/: an HTML grid
// of them rendered and screenshotted by the same Chromium the tests use (no image tools needed).
// Run `npx vitest run test/browser` first, then `node scripts/contact-sheet.ts`.
import {existsSync, mkdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {hasChromium, launchChromium, NO_CHROMIUM_MESSAGE} from '../test/browser/support/chromium.ts'
import {SCREENSHOTS_DIR} from '../test/browser/support/artifacts.ts'

const OUT = resolve(import.meta.dirname, '..', 'docs', 'contact-sheet.png')
const CLINICS = ['nour-cairo', 'rawda-riyadh', 'lulu-dubai']
/** The first screen of each page, at half size: [page, viewport, caption (HTML)]. */
const CLINIC_TILES = [
  ['index', 'desktop', 'home · 1280 px'],
  ['article', 'phone', 'article · 390 px'],
  ['procedure', 'phone', 'procedure · 390 px'],
  ['search-results', 'phone', 'search <bdi>«المِيزُوثِيرَابى»</bdi> · 390 px'],
  ['not-found', 'phone', '404 · 390 px'],
] as const
const EXTRA_TILES = [
  ['report', 'index', 'desktop', 'build report (npm start) · 1280 px'],
  ['studio', 'claim-form', 'desktop', 'Studio: a claim, signed in · 1280 px'],
  ['nour-cairo', 'article', 'desktop', 'nour-cairo article · 1280 px'],
] as const
const SIZE = {phone: {width: 195, height: 422}, desktop: {width: 640, height: 400}} as const

const file = (owner: string, page: string, viewport: string) => join(SCREENSHOTS_DIR, `${owner}--${page}--${viewport}.png`)

const wanted = [
  ...CLINICS.flatMap((clinic) => CLINIC_TILES.map(([page, viewport]) => file(clinic, page, viewport))),
  ...EXTRA_TILES.map(([owner, page, viewport]) => file(owner, page, viewport)),
]
const missing = wanted.filter((path) => !existsSync(path))
if (missing.length > 0) {
  console.error(`contact-sheet: missing screenshots (run \`npx vitest run test/browser\` first):\n  ${missing.join('\n  ')}`)
  process.exit(1)
}
if (!hasChromium) {
  console.error(`contact-sheet: ${NO_CHROMIUM_MESSAGE}`)
  process.exit(1)
}

const tile = (path: string, viewport: 'phone' | 'desktop', caption: string) => {
  const {width, height} = SIZE[viewport]
  const data = readFileSync(path).toString('base64')
  return `<figure><img src="data:image/png;base64,${data}" width="${width}" height="${height}" alt=""><figcaption>${caption}</figcaption></figure>`
}
const taken = new Date(Math.max(...wanted.map((path) => statSync(path).mtimeMs))).toISOString().slice(0, 16).replace('T', ' ')

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
body { margin: 0; padding: 20px 24px; background: #eef1f4; font: 14px/1.4 system-ui, sans-serif; color: #16191d; inline-size: max-content; }
h1 { font-size: 20px; margin: 0 0 4px; } p { margin: 0 0 16px; color: #4b5563; }
.row { display: flex; gap: 14px; align-items: flex-start; margin-block-end: 18px; }
.row h2 { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 15px; margin: 0; min-block-size: 0; align-self: center; }
figure { margin: 0; }
img { display: block; object-fit: cover; object-position: top; border: 1px solid #c3cad3; border-radius: 6px; background: #fff; }
figcaption { margin-block-start: 4px; font-size: 12px; color: #374151; }
</style></head><body>
<h1>Sanad: what the build publishes from the bundled dataset</h1>
<p>First screen of each page, from the browser tests' screenshots of ${taken} UTC (npx vitest run test/browser; node scripts/contact-sheet.ts).</p>
${CLINICS.map((clinic) => `<div class="row"><h2>${clinic}</h2>${CLINIC_TILES.map(([page, viewport, caption]) => tile(file(clinic, page, viewport), viewport, caption)).join('')}</div>`).join('\n')}
<div class="row"><h2>more</h2>${EXTRA_TILES.map(([owner, page, viewport, caption]) => tile(file(owner, page, viewport), viewport, caption)).join('')}</div>
</body></html>`

const browser = await launchChromium()
try {
  const page = await browser.newPage({viewport: {width: 800, height: 600}})
  await page.setContent(html, {waitUntil: 'load'})
  mkdirSync(dirname(OUT), {recursive: true})
  await page.locator('body').screenshot({path: OUT})
  console.log(`contact-sheet: wrote ${OUT}`)
} finally {
  await browser.close()
}
