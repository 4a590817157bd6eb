// The content type a document of an unknown `_type` was most likely meant to be: the same name in
// other letter case or with separators (`Article`, `dis_claimer`), or the type its id is named after
// (`risk.pain` typed `rsk`), as this project's ids are. Such a document is no foreign one to count
// and skip: it is content that would vanish from every site without a word, so the boundary reports
// it. Pure.

const folded = (name: string): string => name.toLowerCase().replace(/[\s_.-]+/g, '')

export const contentTypeMeant = <T extends string>(id: string, type: string, contentTypes: readonly T[]): T | undefined =>
  contentTypes.find((known) => folded(type) === known) ?? contentTypes.find((known) => id.startsWith(`${known}.`))
