// Files that would become the same draft. A draft's id comes from its file's name alone, so that
// importing the file again (alone or with others, from any folder) replaces its draft instead of
// adding a copy; two files of one name therefore clash, and the import refuses them before anything
// is written rather than inventing ids that depend on which files came together in one run.
import type {ImportedDraft} from './legacyArticleDraft.ts'

export interface DraftIdClash {
  id: string
  paths: string[]
}

export const draftIdClashes = (drafts: readonly ImportedDraft[]): DraftIdClash[] => {
  const pathsById = new Map<string, string[]>()
  for (const draft of drafts) {
    const paths = pathsById.get(draft.document._id) ?? []
    paths.push(draft.path)
    pathsById.set(draft.document._id, paths)
  }
  return [...pathsById].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({id, paths}))
}
