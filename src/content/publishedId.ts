// The id of the published document an id names: `drafts.article.x` and `versions.<release>.article.x`
// are unpublished copies of `article.x`. The Studio validates the draft while references name the
// published id, and an import or a script may write a copy's id into a reference. Pure.

const COPY_PREFIX = /^(?:drafts\.|versions\.[^.]+\.)/

export const publishedId = (id: string): string => id.replace(COPY_PREFIX, '')

/** Whether a document's reference names the document itself, or a copy of it. */
export const isSelfReference = (documentId: string, referencedId: string): boolean => publishedId(documentId) === publishedId(referencedId)
