// Content migration: the «مقالات ذات صلة» entries saved before related articles became weak
// references (schemas/documents/article.ts) are strong ones, so Sanity shows its own «convert» notice
// on them and still refuses Publish while a related article is unpublished. This marks each such
// entry `_weak: true`, drafts and published alike; entries already weak, and every other reference
// (author, reviewer, claims, clinics), are left as they are. Run with `sanity migration run
// weak-related-articles` (README, «Migrations»).
import {at, defineMigration, set, type NodePatch, type SanityDocument} from 'sanity/migrate'

/** A `relatedArticles` entry as stored: a reference, weak or not, keyed when the Studio wrote it. */
interface StoredReference {
  _key?: unknown
  _weak?: unknown
}

/** The patches that make each strong entry of a document's `relatedArticles` weak; none when all are. */
export const weakenRelatedArticles = (document: SanityDocument): NodePatch[] => {
  const {relatedArticles} = document as {relatedArticles?: unknown}
  const entries: readonly unknown[] = Array.isArray(relatedArticles) ? relatedArticles : []
  return entries.flatMap((item, index) => {
    if (typeof item !== 'object' || item === null) return []
    const entry = item as StoredReference
    if (entry._weak === true) return []
    return [at(['relatedArticles', typeof entry._key === 'string' && entry._key !== '' ? {_key: entry._key} : index, '_weak'], set(true))]
  })
}

export default defineMigration({
  title: 'Make «مقالات ذات صلة» references weak',
  documentTypes: ['article'],
  migrate: {
    document: (document) => weakenRelatedArticles(document),
  },
})
