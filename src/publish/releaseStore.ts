// Atomic publishing of one clinic's site. Each build writes a complete new release folder, then
// swaps the `dist/<clinic>` symlink to it with a single rename(2): a crash at any point before the
// swap leaves the previous site exactly as it was, and readers never see a half-written site.
import {randomBytes} from 'node:crypto'
import {copyFile, link, lstat, mkdir, readFile, readlink, rename, rm, rmdir, readdir, stat, symlink, writeFile} from 'node:fs/promises'
import {dirname, join, relative} from 'node:path'
import {SanadError} from '../errors/catalog.ts'
import {sha256, sha256OffThread} from './fileHash.ts'
import {statCheckedCache} from './statCheckedCache.ts'
import {inOrder, MANIFEST_FILE, releaseManifest, type ReleaseManifest} from './manifest.ts'
import {manifestJson} from './manifestJson.ts'
import {assertSafeSitePath, type PublishFile} from './publishFile.ts'

/** Where every clinic's releases live, under the output folder; `<out>/<clinic>` links into it. */
export const RELEASES_FOLDER = '.releases'
/**
 * Sanad once moved a plain folder found at `<out>/<clinic>` to `.releases/<clinic>/legacy-<ms>`, and
 * the next build deleted it as an abandoned release. Those folders were never Sanad's: kept, never pruned.
 */
const MOVED_ASIDE_PREFIX = 'legacy-'
const KEEP_RELEASES = 2
const LINK_BATCH = 64
const WRITE_WINDOW = 16

export const releasesDir = (outDir: string, clinic: string) => join(outDir, RELEASES_FOLDER, clinic)
const manifestPath = (releaseDir: string) => join(releaseDir, '..', `${releaseDir.split('/').pop()}.${MANIFEST_FILE}`)

/**
 * The release folder `<outDir>/<clinic>` points at, whatever state it is in; undefined with no live
 * site, and where the path is not Sanad's link (assertSitePathIsSanads).
 */
const liveReleaseDir = (outDir: string, clinic: string): Promise<string | undefined> =>
  readlink(join(outDir, clinic)).then(
    (target) => (target.startsWith(`${RELEASES_FOLDER}/`) ? join(outDir, target) : undefined),
    () => undefined,
  )

/** liveReleaseDir where that folder is still there: someone may have deleted it by hand, and then no site is served. */
const existingLiveReleaseDir = async (outDir: string, clinic: string): Promise<string | undefined> => {
  const dir = await liveReleaseDir(outDir, clinic)
  return dir && (await stat(dir).then((found) => found.isDirectory(), () => false)) ? dir : undefined
}

/**
 * Refuses to publish a clinic where `<outDir>/<clinic>` is anything but Sanad's own link into its
 * releases: someone's folder (a site, a Git checkout), file or link there is left exactly as it is.
 * Sanad has only ever written that path as such a link, so nothing else there can be its output.
 */
export const assertSitePathIsSanads = async (outDir: string, clinic: string): Promise<void> => {
  const live = join(outDir, clinic)
  const what = await foreignSitePath(live)
  if (what === undefined) return
  throw new SanadError(
    'OUTPUT_OCCUPIED',
    `${live} is ${what}, not Sanad's link to its releases in ${releasesDir(outDir, clinic)}; it was left as it is and clinic "${clinic}" was not published. Move it elsewhere, or choose another --out.`,
  )
}

/**
 * What stands at `<outDir>/<clinic>` (`sitePath`) if it is not Sanad's link into its releases: «a
 * folder», «a file» or «a link to …». Undefined for Sanad's link, or for nothing there (anything lstat
 * cannot see, the output folder itself unusable included, is for the caller's reads or writes to report).
 */
export const foreignSitePath = async (sitePath: string): Promise<string | undefined> => {
  const existing = await lstat(sitePath).catch(() => undefined)
  if (!existing) return undefined
  const target = existing.isSymbolicLink() ? await readlink(sitePath) : undefined
  if (target?.startsWith(`${RELEASES_FOLDER}/`)) return undefined
  return target !== undefined ? `a link to ${target}` : existing.isDirectory() ? 'a folder' : 'a file'
}

/** Whether `<outDir>/<clinic>` serves a site now (a release folder, readable or not, is linked there). */
export const hasLiveSite = async (outDir: string, clinic: string): Promise<boolean> => (await existingLiveReleaseDir(outDir, clinic)) !== undefined

/** The clinic sites built in `outDir` (links into the releases folder), by slug; none for a missing folder. */
export const builtClinicSites = async (outDir: string): Promise<string[]> => {
  const entries = await readdir(outDir, {withFileTypes: true}).catch(() => [])
  const sites: string[] = []
  for (const entry of entries) {
    // A clinic slug never starts with a dot; a dot name is a temporary link a killed build left (activateRelease).
    if (!entry.isSymbolicLink() || entry.name.startsWith('.')) continue
    const target = await readlink(join(outDir, entry.name)).catch(() => '')
    if (target.startsWith(`${RELEASES_FOLDER}/`)) sites.push(entry.name)
  }
  return sites.sort()
}

/**
 * The clinic sites in `outDir` whose slug is not among `slugs`: a clinic deleted, or given a new
 * slug, since they were built.
 */
export const sitesOtherThan = async (outDir: string, slugs: ReadonlySet<string>): Promise<string[]> =>
  (await builtClinicSites(outDir)).filter((slug) => !slugs.has(slug))

/**
 * The release `dist/<clinic>` points at now, with its manifest; undefined on a first build, and where
 * that folder is gone (its manifest, beside it, may not be), so nothing is reused from it.
 */
export const readCurrentRelease = async (
  outDir: string,
  clinic: string,
): Promise<{dir: string; manifest: ReleaseManifest} | undefined> => {
  const dir = await existingLiveReleaseDir(outDir, clinic)
  if (!dir) return undefined
  const manifest = await readManifest(dir)
  // A release without a readable manifest is still served, but nothing in it is reused.
  return manifest && {dir, manifest}
}

/**
 * Manifests read or written by this process. A manifest file is never rewritten in place (a patched
 * standby gets a new folder name and a new manifest), and the stat check catches anyone who did; so
 * a running server does not parse a site-sized manifest on every edit.
 */
const manifests = statCheckedCache(64, async (path) => releaseManifest.parse(JSON.parse(await readFile(path, 'utf8'))))

const readManifest = (releaseDir: string): Promise<ReleaseManifest | undefined> => manifests.get(manifestPath(releaseDir)).catch(() => undefined)

/** Releases this process finished: it wrote every file their manifest lists, so none is checked for again. */
const releasesMadeHere = new Set<string>()

const writeManifest = async (releaseDir: string, manifest: ReleaseManifest): Promise<void> => {
  const path = manifestPath(releaseDir)
  await writeFile(path, manifestJson(manifest))
  await manifests.remember(path, manifest)
  releasesMadeHere.add(releaseDir)
}

/**
 * Whether every file the manifest lists is in the release folder. A standby's files are kept on the
 * word of its manifest, so one deleted by hand or by a clean-up tool would be missing from the next
 * site. A release this process made is taken as it is (a running server patches one every edit).
 */
const hasEveryFile = async (releaseDir: string, manifest: ReleaseManifest): Promise<boolean> => {
  if (releasesMadeHere.has(releaseDir)) return true
  const paths = [...manifest.files.keys()]
  for (let start = 0; start < paths.length; start += LINK_BATCH) {
    const found = await Promise.all(paths.slice(start, start + LINK_BATCH).map((path) => lstat(join(releaseDir, path)).then(() => true, () => false)))
    if (found.includes(false)) return false
  }
  return true
}

export interface WriteReleaseOptions {
  outDir: string
  clinic: string
  /**
   * The new files, written after the reused ones. A function receives the release folder and may
   * yield files lazily, so a large site is rendered and written one file at a time instead of
   * being held in memory whole. Writes run behind the generator; it can read back a file it
   * yielded after awaiting `flushed()`, which settles once every file yielded so far is on disk.
   */
  files:
    | Iterable<PublishFile>
    | AsyncIterable<PublishFile>
    | ((releaseDir: string, flushed: () => Promise<void>) => Iterable<PublishFile> | AsyncIterable<PublishFile>)
  /** Article input hashes for the manifest, by article id. */
  articles: ReleaseManifest['articles']
  /** Files of the previous release whose content is known to be unchanged, reused by hard link. */
  reuse?: {dir: string; paths: string[]; manifest: ReleaseManifest}
  /**
   * An older, no longer live release (readStandbyRelease) to turn into the new one by changing only
   * the files that differ. It stops being a release the moment this starts (its manifest goes first).
   */
  standby?: {dir: string; manifest: ReleaseManifest}
  /** Called after each file is written; tests use it to kill a build midway. */
  onFileWritten?: (path: string) => void
}

const newReleaseId = () => `${new Date().toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`

/**
 * The newest release of this clinic that is not live and still has its manifest: what the site was
 * one build ago. A new release is made from it by changing only the files that differ, instead of
 * hard-linking every file of the site again (the incremental build's cost would otherwise grow with
 * the size of the site, not of the change). One that lacks a file its manifest lists loses its
 * manifest, so it is deleted as an abandoned release, and the next is tried.
 */
export const readStandbyRelease = async (
  outDir: string,
  clinic: string,
  liveDir: string | undefined,
): Promise<{dir: string; manifest: ReleaseManifest} | undefined> => {
  const root = releasesDir(outDir, clinic)
  const entries = await readdir(root, {withFileTypes: true}).catch(() => [])
  const candidates = entries.filter((entry) => entry.isDirectory() && join(root, entry.name) !== liveDir).map((entry) => entry.name).sort().reverse()
  for (const name of candidates) {
    const dir = join(root, name)
    const manifest = await readManifest(dir)
    if (manifest && (await hasEveryFile(dir, manifest))) return {dir, manifest}
    if (manifest) await rm(manifestPath(dir), {force: true})
  }
  return undefined
}

/** Writes a complete release folder. Nothing is visible on the site until `activateRelease`. */
export const writeRelease = async (options: WriteReleaseOptions): Promise<{dir: string; manifest: ReleaseManifest; files: number}> => {
  const releaseId = newReleaseId()
  const dir = join(releasesDir(options.outDir, options.clinic), releaseId)
  // The manifest lists files in the order they came.
  const recorded = new Map<string, string>()
  const manifest: ReleaseManifest = {version: 1, clinic: options.clinic, releaseId, files: recorded, articles: options.articles}
  const standby = options.standby
  // The standby's and the reused release's files in their order: after one edit the new release
  // lists nearly every file at the same position, so they are compared by position before lookup.
  const standbyOrder = standby && inOrder(standby.manifest.files)
  const reuseOrder = options.reuse && inOrder(options.reuse.manifest.files)
  // The folders this release made: every one without a standby (a first release, or a full build's);
  // with one, only those a write found missing (see place).
  const madeDirs = new Set<string>()
  const ensureDir = async (path: string) => {
    const parent = dirname(path)
    if (madeDirs.has(parent)) return
    await mkdir(parent, {recursive: true})
    madeDirs.add(parent)
  }
  let keptFromStandby = 0
  // A path recorded twice (two articles claiming one page) makes that count unreliable.
  let recordedTwice = false
  /** Gives the file its place in the manifest, in the order files came in, before its hash is known. */
  const reserve = (path: string) => {
    if (!recorded.has(path)) recorded.set(path, '')
  }
  /**
   * After a file's hash is recorded: true when its bytes must be put in place. A file the standby
   * already holds with the same hash stays as it is and costs nothing more: after one edit that is
   * nearly every file of the site. Where the standby lists the path at the same position (most of a
   * site), its hash is read without a lookup. `first`: the path had no hash yet, so a path yielded
   * twice is not counted twice.
   */
  const mustPlace = (path: string, hash: string, position: number, first: boolean): boolean => {
    const before = standbyOrder?.keys[position] === path ? standbyOrder.values[position] : standby?.manifest.files.get(path)
    if (!first) recordedTwice = true
    else if (before !== undefined) keptFromStandby++
    return before !== hash
  }
  /** Records a reserved file's hash; true when its bytes must be put in place. */
  const record = (path: string, hash: string): boolean => {
    const first = !recorded.get(path)
    recorded.set(path, hash)
    return mustPlace(path, hash, -1, first)
  }
  /** `record` for the files carried over, which come first and in thousands: one map operation each. */
  const recordReused = (path: string, hash: string): boolean => {
    const position = recorded.size
    recorded.set(path, hash)
    return mustPlace(path, hash, position, recorded.size > position)
  }
  // Every file not kept from the standby gets a new inode by write-then-rename, never a write into
  // an existing file: reused files are hard links shared with the live release, which must not
  // change under its readers.
  const place = async (path: string, write: (target: string) => Promise<void>) => {
    const target = join(dir, path)
    if (!standby) {
      await ensureDir(target)
      return write(target)
    }
    const temporary = `${target}.${releaseId}.tmp`
    // A standby has the folders of nearly every file already: a folder is made only when the write
    // finds none, instead of one mkdir per file written (a few ms per edit on a large site).
    await write(temporary).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
      await ensureDir(target)
      await write(temporary)
    })
    await rename(temporary, target)
  }
  try {
    if (standby) {
      // Without its manifest the folder is never taken for a finished release again, so a crash
      // from here on leaves a folder removeAbandonedReleases deletes; the live site is untouched.
      await rm(manifestPath(standby.dir), {force: true})
      await rename(standby.dir, dir)
    } else {
      await mkdir(dir, {recursive: true})
    }
    // Reused files are hard links: no bytes copied. Linking a few dozen at a time keeps libuv's
    // thread pool busy, where one await per link left it idle most of the time.
    const toLink: string[] = []
    const reusePaths = options.reuse?.paths ?? []
    for (let index = 0; index < reusePaths.length; index++) {
      const path = reusePaths[index]!
      // Reused files come first, so the previous manifest usually has each at the same position.
      const hash = reuseOrder?.keys[index] === path ? reuseOrder.values[index]! : options.reuse!.manifest.files.get(path)!
      if (recordReused(path, hash)) toLink.push(path)
      else options.onFileWritten?.(path)
    }
    for (let start = 0; start < toLink.length; start += LINK_BATCH) {
      await Promise.all(
        toLink.slice(start, start + LINK_BATCH).map(async (path) => {
          await place(path, (target) => link(join(options.reuse!.dir, path), target))
          options.onFileWritten?.(path)
        }),
      )
    }
    // Writes overlap with rendering the next file: up to WRITE_WINDOW are in flight, so the main
    // thread renders while libuv writes instead of idling on each write.
    const inFlight = new Set<Promise<void>>()
    let failure: {error: unknown} | undefined
    const flushed = async () => {
      while (inFlight.size > 0) await Promise.all(inFlight)
      if (failure) throw failure.error
    }
    const files = typeof options.files === 'function' ? options.files(dir, flushed) : options.files
    try {
      for await (const file of files) {
        assertSafeSitePath(file.path)
        const write = async () => {
          if ('contents' in file) {
            // Encoded once for both the hash and the write: UTF-8 encoding of Arabic text costs about
            // as much as hashing it, and the site-wide files are megabytes.
            const bytes = file.sha256 === undefined && typeof file.contents === 'string' ? Buffer.from(file.contents) : file.contents
            // The file takes its place in the manifest now, so the manifest lists files in the order
            // they came whichever digest finishes first.
            reserve(file.path)
            const hash = file.sha256 ?? (await sha256OffThread(bytes))
            if (record(file.path, hash)) await place(file.path, (target) => writeFile(target, bytes))
          } else {
            reserve(file.path)
            if (record(file.path, await sourceHashes.get(file.sourcePath))) await place(file.path, (target) => copyFile(file.sourcePath, target))
          }
          options.onFileWritten?.(file.path)
        }
        const task: Promise<void> = write().then(
          () => {},
          (error: unknown) => void (failure ??= {error}),
        ).finally(() => inFlight.delete(task))
        inFlight.add(task)
        if (inFlight.size >= WRITE_WINDOW) await Promise.race(inFlight)
        if (failure) throw failure.error
      }
    } finally {
      // Never leave a write running into a folder the error path is about to delete.
      while (inFlight.size > 0) await Promise.all(inFlight)
    }
    if (failure) throw failure.error
    // Every file of the standby that this release has too was counted on the way: usually all of
    // them, and then there is nothing to look for.
    if (standby && (recordedTwice || keptFromStandby < standby.manifest.files.size)) await removeLeftovers(dir, leftovers(standbyOrder!.keys, recorded))
    await writeManifest(dir, manifest)
  } catch (error) {
    // A release folder that cannot be removed either (the output path is a file, say) must not hide why the write failed.
    await rm(dir, {recursive: true, force: true}).catch(() => {})
    throw new SanadError('OUTPUT_UNWRITABLE', `Could not write the release for clinic "${options.clinic}" in ${dir}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  return {dir, manifest, files: recorded.size}
}

/** The standby's files the new release does not have; where both list the same path at one position, no lookup. */
const leftovers = (standbyPaths: readonly string[], files: ReadonlyMap<string, string>): string[] => {
  const paths = [...files.keys()]
  return standbyPaths.filter((path, index) => paths[index] !== path && !files.has(path))
}

/**
 * Files copied into every release (fonts, images) are the same files build after build; their
 * hashes are kept, so an edit does not re-read and re-hash them all.
 */
const sourceHashes = statCheckedCache(4096, async (path) => sha256(await readFile(path)))

/** Deletes files the new release no longer has, and the folders that leaves empty (an unpublished article's). */
const removeLeftovers = async (dir: string, paths: readonly string[]): Promise<void> => {
  const folders = new Set<string>()
  for (const path of paths) {
    await rm(join(dir, path), {force: true})
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder)
  }
  // Deepest first; rmdir refuses a folder that still holds something, which is the point.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(join(dir, folder)).catch(() => {})
}

/**
 * Points `dist/<clinic>` at the release in one atomic rename. Deleting the releases it replaces is
 * slow on some disks and no reader needs it, so it runs in the background: `pruned` settles when it
 * is done (await it before exiting or removing the output folder). `lockLost` is aborted when the
 * clinic's write lock goes to another build: from then on nothing is swapped in, deleted or linked,
 * and the swap throws its reason.
 */
export const activateRelease = async (
  outDir: string,
  clinic: string,
  releaseDir: string,
  manifest?: ReleaseManifest,
  lockLost?: AbortSignal,
): Promise<{pruned: Promise<void>}> => {
  // Checked again at the swap: the rename below would replace a file or someone's link without a word.
  await assertSitePathIsSanads(outDir, clinic)
  // One name per clinic, used only under its write lock: a build killed between the symlink and the
  // rename leaves it for the next build to replace, never a link that reads as another clinic's site.
  const temporaryLink = join(outDir, `.${clinic}.link`)
  lockLost?.throwIfAborted()
  try {
    await rm(temporaryLink, {force: true})
    await symlink(relative(outDir, releaseDir), temporaryLink)
    // The other build's clean-up may have deleted this release, and the link is the other build's to use now.
    lockLost?.throwIfAborted()
    await rename(temporaryLink, join(outDir, clinic))
  } catch (error) {
    if (lockLost?.aborted) throw lockLost.reason
    // An output folder made read-only since the release was written: this clinic keeps its site, the others go on.
    await rm(temporaryLink, {force: true}).catch(() => {})
    throw new SanadError('OUTPUT_UNWRITABLE', `Could not point ${join(outDir, clinic)} at its new release ${releaseDir}: ${(error as Error).message}`, {cause: error})
  }
  const pruned = pruneReleases(outDir, clinic, releaseDir, lockLost)
  return {pruned: manifest ? pruned.then(() => prepareStandby(outDir, clinic, releaseDir, manifest, lockLost)) : pruned}
}

/**
 * After a first build there is no older release to patch, so the next edit would hard-link the
 * whole site again. This makes one in the background, once the site is live: a folder of hard links
 * to the live files with a copy of its manifest. Links share inodes with the live site, which is
 * safe because a release is only ever changed by write-then-rename (writeRelease). On failure the
 * half-made folder has no manifest, so removeAbandonedReleases deletes it and the next build simply
 * writes a fresh release.
 */
const prepareStandby = async (outDir: string, clinic: string, liveDir: string, manifest: ReleaseManifest, lockLost?: AbortSignal): Promise<void> => {
  if (lockLost?.aborted || (await readStandbyRelease(outDir, clinic, liveDir))) return
  const releaseId = newReleaseId()
  const dir = join(releasesDir(outDir, clinic), releaseId)
  try {
    const paths = [...manifest.files.keys()]
    const folders = new Set(paths.map((path) => join(dir, dirname(path))))
    for (const folder of [...folders].sort()) await mkdir(folder, {recursive: true})
    for (let start = 0; start < paths.length; start += LINK_BATCH) {
      await Promise.all(paths.slice(start, start + LINK_BATCH).map((path) => link(join(liveDir, path), join(dir, path))))
    }
    // With a manifest the folder is a standby the other build may patch; without one it is its to delete.
    lockLost?.throwIfAborted()
    await writeManifest(dir, {...manifest, releaseId})
  } catch {
    await rm(dir, {recursive: true, force: true}).catch(() => {})
  }
}

const pruneReleases = async (outDir: string, clinic: string, keep: string, lockLost?: AbortSignal): Promise<void> => {
  const root = releasesDir(outDir, clinic)
  const entries = (await readdir(root, {withFileTypes: true})).filter((entry) => entry.isDirectory() && !entry.name.startsWith(MOVED_ASIDE_PREFIX)).map((entry) => entry.name)
  const stale = entries.sort().reverse().filter((name) => join(root, name) !== keep).slice(KEEP_RELEASES - 1)
  // The manifest first, as writeRelease does: stopped in between, this leaves a folder without one,
  // which removeAbandonedReleases deletes, never a manifest naming a folder that is gone.
  for (const name of stale) {
    // The other build may be patching one of them.
    if (lockLost?.aborted) return
    await rm(join(root, `${name}.${MANIFEST_FILE}`), {force: true})
    await rm(join(root, name), {recursive: true, force: true})
  }
}

/**
 * Removes release folders no symlink points at and that have no manifest, and manifests whose folder
 * is gone: what a build killed midway (or one that lost its write lock, or a hand) left behind.
 */
export const removeAbandonedReleases = async (outDir: string, clinic: string): Promise<void> => {
  // By the symlink, not the manifest: a live release whose manifest was lost is still the site.
  const live = await liveReleaseDir(outDir, clinic)
  const root = releasesDir(outDir, clinic)
  const entries = await readdir(root, {withFileTypes: true}).catch(() => [])
  const folders = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name))
  for (const entry of entries) {
    const path = join(root, entry.name)
    const releaseOfManifest = entry.isFile() && entry.name.endsWith(`.${MANIFEST_FILE}`) ? entry.name.slice(0, -`.${MANIFEST_FILE}`.length) : undefined
    if (releaseOfManifest !== undefined && !folders.has(releaseOfManifest)) await rm(path, {force: true})
    if (!entry.isDirectory() || path === live || entry.name.startsWith(MOVED_ASIDE_PREFIX)) continue
    const hasManifest = await lstat(manifestPath(path)).then(() => true, () => false)
    if (!hasManifest) await rm(path, {recursive: true, force: true})
  }
}
