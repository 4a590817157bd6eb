// What "published perspective" means for documents held in memory: the rule the Content Lake applies
// server-side, applied here to dataset exports (which contain drafts and release versions too).

/** `drafts.<id>` are unpublished edits; `versions.<release>.<id>` belong to a content release. */
export const isPublishedDocumentId = (id: string): boolean =>
  !id.startsWith('drafts.') && !id.startsWith('versions.')
