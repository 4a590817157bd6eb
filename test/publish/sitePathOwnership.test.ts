// What a build does with whatever sits at <out>/<clinic>: Sanad's own link into .releases/ is
// replaced by the new release's; anything else (someone's folder, file or link) is left exactly as
// it is, build after build, and that clinic is not published, with a message naming the path and
// what to do. Folders an earlier Sanad moved aside into .releases/<clinic>/legacy-* are never deleted.
import {lstat, mkdir, readdir, readFile, readlink, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ERROR_CATALOG} from '../../src/errors/catalog.ts'
import {BUNDLED_DATASET, buildDataset, removedAfterEach, tempDir} from '../support/bundledDataset.ts'
import {runSanad} from '../support/runSanad.ts'

const cleanup = removedAfterEach()
const CLINIC = 'nour-cairo'

const newOut = async () => {
  const out = await tempDir('sanad-owner-')
  cleanup(out)
  return out
}

/** What a user might have at <out>/nour-cairo, and what the refusal calls it. */
const notSanads: [string, (path: string) => Promise<void>, (path: string) => string][] = [
  [
    'a folder with a Git repository',
    async (path) => {
      await mkdir(join(path, '.git'), {recursive: true})
      await writeFile(join(path, '.git', 'HEAD'), 'ref: refs/heads/main\n')
      await writeFile(join(path, 'index.html'), 'x\n')
    },
    () => 'a folder',
  ],
  ['a file', (path) => writeFile(path, 'x\n'), () => 'a file'],
  [
    'a link to a folder of its own',
    async (path) => {
      await mkdir(`${path}-mine`)
      await symlink(`${path}-mine`, path)
    },
    (path) => `a link to ${path}-mine`,
  ],
]

/** Every entry under `path` (following nothing), with file contents and link targets: equal means untouched. */
const snapshot = async (path: string): Promise<Record<string, string>> => {
  const stat = await lstat(path)
  if (stat.isSymbolicLink()) return {'': `-> ${await readlink(path)}`}
  if (stat.isFile()) return {'': await readFile(path, 'utf8')}
  const entries: Record<string, string> = {}
  for (const entry of await readdir(path, {recursive: true, withFileTypes: true})) {
    const full = join(entry.parentPath, entry.name)
    entries[full.slice(path.length)] = entry.isFile() ? await readFile(full, 'utf8') : entry.isDirectory() ? '/' : `-> ${await readlink(full)}`
  }
  return entries
}

const refusal = (out: string, what: string) =>
  `OUTPUT_OCCUPIED: ${join(out, CLINIC)} is ${what}, not Sanad's link to its releases in ${join(out, '.releases', CLINIC)}; it was left as it is and clinic "${CLINIC}" was not published. Move it elsewhere, or choose another --out.`

describe('something at <out>/<clinic> that Sanad did not put there', () => {
  it.each(notSanads)('%s is left as it is through two builds, and the clinic is not published', async (_name, make, what) => {
    const out = await newOut()
    const path = join(out, CLINIC)
    await make(path)
    const before = await snapshot(path)
    for (const _build of [1, 2]) {
      const report = await buildDataset(BUNDLED_DATASET, out)
      expect(report.clinics.map((clinic) => [clinic.slug, clinic.failure, clinic.previousSiteLive])).toEqual([
        ['lulu-dubai', undefined, undefined],
        [CLINIC, refusal(out, what(path)), false],
        ['rawda-riyadh', undefined, undefined],
      ])
      expect(await snapshot(path)).toEqual(before)
      expect(await readdir(join(out, '.releases', CLINIC))).toEqual([])
    }
    expect(await readFile(join(out, 'rawda-riyadh', 'index.html'), 'utf8')).toContain('<html lang="ar-SA"')
  })

  it('`sanad build --clinic` exits 2 and says what to do', async () => {
    const out = await newOut()
    await notSanads[0]![1](join(out, CLINIC))
    const result = await runSanad(['build', '--clinic', CLINIC, '--out', out, '--now', '2026-11-21'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')).toContain(`sanad: ${CLINIC}: NOT published, and it has no previous site: ${refusal(out, 'a folder').replace(/^OUTPUT_OCCUPIED: /, '')} ${ERROR_CATALOG.OUTPUT_OCCUPIED.hint}`)
    expect(await readFile(join(out, CLINIC, 'index.html'), 'utf8')).toBe('x\n')
  })
})

describe("Sanad's own link at <out>/<clinic>", () => {
  it.each([
    ['nothing', async () => {}],
    ["a link a previous build made", (out: string) => buildDataset(BUNDLED_DATASET, out, {clinicSlugs: [CLINIC]}).then(() => {})],
    ['a dangling link into .releases/', (out: string) => symlink(join('.releases', CLINIC, '20260101T000000000Z-gone00'), join(out, CLINIC))],
  ])('%s there: the clinic is published', async (_name, make) => {
    const out = await newOut()
    await make(out)
    const report = await buildDataset(BUNDLED_DATASET, out, {clinicSlugs: [CLINIC]})
    expect(report.clinics.map((clinic) => [clinic.slug, clinic.failure])).toEqual([[CLINIC, undefined]])
    expect(await readlink(join(out, CLINIC))).toMatch(/^\.releases\/nour-cairo\/\d{8}T\d{9}Z-[0-9a-f]{6}$/)
  })

  it('keeps a legacy-* folder an earlier Sanad moved aside, through every later build', async () => {
    const out = await newOut()
    await buildDataset(BUNDLED_DATASET, out, {clinicSlugs: [CLINIC]})
    const legacy = join(out, '.releases', CLINIC, 'legacy-1795397819579')
    await mkdir(join(legacy, '.git'), {recursive: true})
    await writeFile(join(legacy, 'index.html'), 'x\n')
    const before = await snapshot(legacy)
    for (const _build of [1, 2, 3]) {
      const report = await buildDataset(BUNDLED_DATASET, out, {clinicSlugs: [CLINIC]})
      expect(report.clinics[0]!.failure).toBeUndefined()
    }
    expect(await snapshot(legacy)).toEqual(before)
  })
})
