// The build manifest of one clinic's release: a content hash per published page and per article,
// so the next build re-renders only what changed and drops pages of unpublished articles.
import {z} from 'zod'

export const MANIFEST_FILE = 'manifest.json'

export const releaseManifest = z.object({
  version: z.literal(1),
  clinic: z.string(),
  releaseId: z.string(),
  /** sha256 of each file's bytes, by site path. */
  files: z.record(z.string(), z.string()),
  /** Per published article: the hash of every input its page depends on, and the paths it produced. */
  articles: z.record(z.string(), z.object({inputHash: z.string(), paths: z.array(z.string())})),
})
export type ReleaseManifest = z.infer<typeof releaseManifest>

export interface ManifestDiff {
  added: string[]
  changed: string[]
  unchanged: string[]
  removed: string[]
}

/** Which files of the next release differ from the previous one. */
export const diffManifests = (previous: ReleaseManifest | undefined, next: ReleaseManifest): ManifestDiff => {
  const diff: ManifestDiff = {added: [], changed: [], unchanged: [], removed: []}
  const before = previous?.files ?? {}
  for (const [path, hash] of Object.entries(next.files)) {
    if (!(path in before)) diff.added.push(path)
    else if (before[path] !== hash) diff.changed.push(path)
    else diff.unchanged.push(path)
  }
  for (const path of Object.keys(before)) if (!(path in next.files)) diff.removed.push(path)
  return diff
}
