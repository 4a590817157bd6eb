// Atomic publishing of one clinic's site. Each build writes a complete new release folder, then
// swaps the `dist/<clinic>` symlink to it with a single rename(2): a crash at any point before the
// swap leaves the previous site exactly as it was, and readers never see a half-written site.
import {createHash, randomBytes} from 'node:crypto'
import {copyFile, link, lstat, mkdir, readFile, readlink, rename, rm, readdir, symlink, writeFile} from 'node:fs/promises'
import {dirname, join, relative} from 'node:path'
import {SanadError} from '../errors/catalog.ts'
import {MANIFEST_FILE, releaseManifest, type ReleaseManifest} from './manifest.ts'
import {assertSafeSitePath, type PublishFile} from './publishFile.ts'

const RELEASES = '.releases'
const KEEP_RELEASES = 2
const LINK_BATCH = 64

export const sha256 = (contents: string | Uint8Array): string => createHash('sha256').update(contents).digest('hex')

const releasesDir = (outDir: string, clinic: string) => join(outDir, RELEASES, clinic)
const manifestPath = (releaseDir: string) => join(releaseDir, '..', `${releaseDir.split('/').pop()}.${MANIFEST_FILE}`)

/** The release `dist/<clinic>` points at now, with its manifest; undefined on a first build. */
export const readCurrentRelease = async (
  outDir: string,
  clinic: string,
): Promise<{dir: string; manifest: ReleaseManifest} | undefined> => {
  const live = join(outDir, clinic)
  let target: string
  try {
    target = await readlink(live)
  } catch {
    return undefined
  }
  const dir = join(outDir, target)
  try {
    const manifest = releaseManifest.parse(JSON.parse(await readFile(manifestPath(dir), 'utf8')))
    return {dir, manifest}
  } catch {
    // A release without a readable manifest is still served, but nothing in it is reused.
    return undefined
  }
}

export interface WriteReleaseOptions {
  outDir: string
  clinic: string
  /**
   * The new files, written after the reused ones. A function receives the release folder and may
   * yield files lazily, so a large site is rendered and written one file at a time instead of
   * being held in memory whole; it can read back what is already written.
   */
  files: Iterable<PublishFile> | AsyncIterable<PublishFile> | ((releaseDir: string) => Iterable<PublishFile> | AsyncIterable<PublishFile>)
  /** Article input hashes for the manifest, by article id. */
  articles: ReleaseManifest['articles']
  /** Files of the previous release whose content is known to be unchanged, reused by hard link. */
  reuse?: {dir: string; paths: string[]; manifest: ReleaseManifest}
  /** Called after each file is written; tests use it to kill a build midway. */
  onFileWritten?: (path: string) => void
}

/** Writes a complete release folder. Nothing is visible on the site until `activateRelease`. */
export const writeRelease = async (options: WriteReleaseOptions): Promise<{dir: string; manifest: ReleaseManifest}> => {
  const releaseId = `${new Date().toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`
  const dir = join(releasesDir(options.outDir, options.clinic), releaseId)
  const manifest: ReleaseManifest = {version: 1, clinic: options.clinic, releaseId, files: {}, articles: options.articles}
  const madeDirs = new Set<string>()
  const ensureDir = async (path: string) => {
    const parent = dirname(path)
    if (madeDirs.has(parent)) return
    await mkdir(parent, {recursive: true})
    madeDirs.add(parent)
  }
  try {
    await mkdir(dir, {recursive: true})
    // Reused files are hard links: no bytes copied. Linking a few dozen at a time keeps libuv's
    // thread pool busy, where one await per link left it idle most of the time.
    const reusePaths = options.reuse?.paths ?? []
    for (let start = 0; start < reusePaths.length; start += LINK_BATCH) {
      await Promise.all(
        reusePaths.slice(start, start + LINK_BATCH).map(async (path) => {
          const target = join(dir, path)
          await ensureDir(target)
          await link(join(options.reuse!.dir, path), target)
          manifest.files[path] = options.reuse!.manifest.files[path]!
          options.onFileWritten?.(path)
        }),
      )
    }
    const files = typeof options.files === 'function' ? options.files(dir) : options.files
    for await (const file of files) {
      assertSafeSitePath(file.path)
      const target = join(dir, file.path)
      await ensureDir(target)
      if ('contents' in file) {
        await writeFile(target, file.contents)
        manifest.files[file.path] = sha256(file.contents)
      } else {
        await copyFile(file.sourcePath, target)
        manifest.files[file.path] = sha256(await readFile(file.sourcePath))
      }
      options.onFileWritten?.(file.path)
    }
    await writeFile(manifestPath(dir), JSON.stringify(manifest))
  } catch (error) {
    await rm(dir, {recursive: true, force: true})
    throw new SanadError('OUTPUT_UNWRITABLE', `Could not write the release for clinic "${options.clinic}" in ${dir}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  return {dir, manifest}
}

/**
 * Points `dist/<clinic>` at the release in one atomic rename. Deleting the releases it replaces is
 * slow on some disks and no reader needs it, so it runs in the background: `pruned` settles when it
 * is done (await it before exiting or removing the output folder).
 */
export const activateRelease = async (outDir: string, clinic: string, releaseDir: string): Promise<{pruned: Promise<void>}> => {
  const live = join(outDir, clinic)
  const temporaryLink = join(outDir, `.${clinic}.${randomBytes(4).toString('hex')}.link`)
  await symlink(relative(outDir, releaseDir), temporaryLink)
  const existing = await lstat(live).catch(() => undefined)
  if (existing && !existing.isSymbolicLink()) {
    // A plain folder from an older layout: move it aside so the symlink can take its place.
    await rename(live, join(releasesDir(outDir, clinic), `legacy-${Date.now()}`))
  }
  await rename(temporaryLink, live)
  return {pruned: pruneReleases(outDir, clinic, releaseDir)}
}

const pruneReleases = async (outDir: string, clinic: string, keep: string): Promise<void> => {
  const root = releasesDir(outDir, clinic)
  const entries = (await readdir(root, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
  const stale = entries.sort().reverse().filter((name) => join(root, name) !== keep).slice(KEEP_RELEASES - 1)
  for (const name of stale) {
    await rm(join(root, name), {recursive: true, force: true})
    await rm(join(root, `${name}.${MANIFEST_FILE}`), {force: true})
  }
}

/** Removes release folders no symlink points at: what a build killed midway left behind. */
export const removeAbandonedReleases = async (outDir: string, clinic: string): Promise<void> => {
  const current = await readCurrentRelease(outDir, clinic)
  const root = releasesDir(outDir, clinic)
  const entries = await readdir(root, {withFileTypes: true}).catch(() => [])
  for (const entry of entries) {
    const path = join(root, entry.name)
    if (!entry.isDirectory() || path === current?.dir) continue
    const hasManifest = await lstat(manifestPath(path)).then(() => true, () => false)
    if (!hasManifest) await rm(path, {recursive: true, force: true})
  }
}
