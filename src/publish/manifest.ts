// The build manifest of one clinic's release: a content hash per published page and per article,
// so the next build re-renders only what changed and drops pages of unpublished articles. On disk
// `files` and `articles` are JSON objects; in memory they are Maps, in the order they were written:
// a site has thousands of each, built anew on every build and looked up by the next, which Maps
// do faster than objects used as dictionaries, and in an order the manifest writer can rely on.
import {z} from 'zod'

export const MANIFEST_FILE = 'manifest.json'

function asMap<Value>(record: Record<string, Value>): Map<string, Value> {
  return new Map(Object.entries(record))
}

const manifestArticle = z.object({
  inputHash: z.string(),
  /**
   * The hash of the inputs of the article's own content, which is everything its page shows but the
   * links to other articles: the files made from it alone (the Markdown export) are carried over
   * when only a linked article's title changed. Missing in manifests written before it existed.
   */
  contentHash: z.string().optional(),
  paths: z.array(z.string()),
})
export type ManifestArticle = z.infer<typeof manifestArticle>

export const releaseManifest = z.object({
  version: z.literal(1),
  clinic: z.string(),
  releaseId: z.string(),
  /** sha256 of each file's bytes, by site path. */
  files: z.record(z.string(), z.string()).transform(asMap),
  /** Per published article: the hash of every input its page depends on, that of its own content, and the paths it produced. */
  articles: z.record(z.string(), manifestArticle).transform(asMap),
})
export type ReleaseManifest = z.infer<typeof releaseManifest>

/**
 * A manifest record's keys and values as arrays, in its order. After one edit most members stand
 * where they stood in the last manifest, so the manifest writer, the release writer and the release
 * plan compare them by position, with array reads instead of lookups.
 */
export const inOrder = <Value>(members: ReadonlyMap<string, Value>): {keys: string[]; values: Value[]} => ({keys: [...members.keys()], values: [...members.values()]})
