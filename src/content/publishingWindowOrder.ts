// A publishing window must open before it closes: with «موعد سحب النشر» at or before «موعد النشر»
// the article is never live, and the report said only that it was withdrawn, with its publishAt
// unheeded. One rule for the Studio's field and the zod boundary, which documents written through
// the API or imported reach without the Studio's check. Pure.

/** What is wrong with the window, in Arabic, or `undefined` when it is in order (or not both set). */
export const publishingWindowProblem = (publishAt: string | undefined, unpublishAt: string | undefined): string | undefined =>
  !publishAt || !unpublishAt || Date.parse(unpublishAt) > Date.parse(publishAt)
    ? undefined
    : `موعد سحب النشر (${unpublishAt}) يجب أن يكون بعد موعد النشر (${publishAt})، وإلا فلا يُنشر المقال أبدًا`
