// A procedure's usual number of sessions must be a range of one session or more: with «أقل عدد
// للجلسات» above «أكبر عدد للجلسات» (9 and 6) the page reads them swapped («٦–٩ جلسات») while the
// API publishes them as typed, and 0 is no course of treatment. One rule for the Studio's fields and
// the zod boundary, which documents written through the API or imported reach without the Studio's
// check. Pure.

export type SessionCountField = 'countMin' | 'countMax'

const TITLES: Record<SessionCountField, string> = {countMin: 'أقل عدد للجلسات', countMax: 'أكبر عدد للجلسات'}

/** What is wrong with one of the two counts, in Arabic, or `undefined` when it is in order (or not set). */
export const sessionCountProblem = (field: SessionCountField, sessions: {countMin?: unknown; countMax?: unknown} | undefined): string | undefined => {
  const value = sessions?.[field]
  if (typeof value !== 'number') return undefined
  if (value < 1) return `«${TITLES[field]}» يجب أن يكون جلسة واحدة على الأقل، لا ${value}`
  const countMin = sessions?.countMin
  if (field === 'countMax' && typeof countMin === 'number' && countMin >= 1 && value < countMin) {
    return `«${TITLES.countMax}» (${value}) يجب ألا يقل عن «${TITLES.countMin}» (${countMin})؛ لعل القيمتين كُتبتا مقلوبتين`
  }
  return undefined
}
