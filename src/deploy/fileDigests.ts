// The SHA1 digest of every file of a built site, keyed the way Netlify's file digest deploy expects
// (`/path/inside/site`). Reads the live release dist/<clinic> points at, so a build running
// meanwhile cannot change what is being deployed.
import {createHash} from 'node:crypto'
import {readdir, readFile, realpath} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {assertBuiltSite, siteNotBuilt} from './siteNotBuilt.ts'

export interface SiteFileDigest {
  /** `/articles/x/index.html` */
  path: string
  sha1: string
  size: number
  absolutePath: string
}

/** Netlify's digest of a file's content: its SHA1, in hex. */
export const sha1Of = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex')

/** The digest of the file at `absolutePath`, deployed at site path `path`. */
export const digestFile = async (absolutePath: string, path: string): Promise<SiteFileDigest> => {
  const bytes = await readFile(absolutePath)
  return {path, sha1: sha1Of(bytes), size: bytes.length, absolutePath}
}

export const collectFileDigests = async (siteDir: string): Promise<SiteFileDigest[]> => {
  await assertBuiltSite(siteDir)
  let root: string
  try {
    root = await realpath(siteDir)
  } catch (error) {
    throw await siteNotBuilt(siteDir, error)
  }
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  const digests: SiteFileDigest[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const absolutePath = join(entry.parentPath, entry.name)
    digests.push(await digestFile(absolutePath, `/${relative(root, absolutePath).split(sep).join('/')}`))
  }
  return digests.sort((a, b) => a.path.localeCompare(b.path))
}
