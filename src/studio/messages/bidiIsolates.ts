// Keeps an Arabic Studio message in reading order: the message is a right-to-left run, and each Latin
// identifier in it (document id, rule id, slug, date) a left-to-right one, so «2026-11-23.» or
// «[claim-expired]» is not reordered by the paragraph around it. For display only: findings keep
// their plain message; the Studio adds the isolates where it shows them. Pure.
import {LRI, PDI, RLI} from '../../locale/bidiIsolates.ts'

/** A stretch of a message: Arabic prose, or one Latin identifier to be shown left to right. */
export interface MessageRun {
  text: string
  ltr: boolean
}

// Latin letters and digits joined by separators (claim.a, nour-dubai, 2026-11-23) or, between
// words, by spaces (Trojan Source); a run is an identifier if it has a letter or a separator, so a
// bare count («3 ادعاءات») stays part of the Arabic. A rule id's brackets go with it: «[» left at
// the end of one line and «schema-invalid]» on the next read as two fragments.
const LATIN_RUN = /\[[A-Za-z0-9]+(?:(?:[._:/@-]+| +)[A-Za-z0-9]+)*\]|[A-Za-z0-9]+(?:(?:[._:/@-]+| +)[A-Za-z0-9]+)*/g
const IDENTIFIER = /[A-Za-z._:/@-]/

export const splitLatinRuns = (text: string): MessageRun[] => {
  const runs: MessageRun[] = []
  const arabic = (to: number, from: number) => {
    if (to > from) runs.push({text: text.slice(from, to), ltr: false})
  }
  let at = 0
  for (const match of text.matchAll(LATIN_RUN)) {
    if (!IDENTIFIER.test(match[0])) continue
    arabic(match.index, at)
    runs.push({text: match[0], ltr: true})
    at = match.index + match[0].length
  }
  arabic(text.length, at)
  return runs.reduce<MessageRun[]>((merged, run) => {
    const last = merged.at(-1)
    if (last && !last.ltr && !run.ltr) last.text += run.text
    else merged.push({...run})
    return merged
  }, [])
}

// In a string-only slot no style can keep an identifier whole (ArabicMessage.tsx makes it an inline
// block), and Sanity's validation panel broke «[claim-approver-licence-jurisdiction]» after a hyphen,
// which reads as two ids. A word joiner after each hyphen takes away that break (UAX #14).
const WORD_JOINER = '\u2060'

/** The message for a string-only Sanity slot: RLI … PDI around it, LRI … PDI around each identifier, unbroken at its hyphens. */
export const isolateArabicMessage = (text: string): string =>
  `${RLI}${splitLatinRuns(text).map((run) => (run.ltr ? `${LRI}${run.text.replaceAll('-', `-${WORD_JOINER}`)}${PDI}` : run.text)).join('')}${PDI}`

/** A badge (whose title Sanity takes as a plain string) with its title isolated. */
export const withIsolatedTitle = <Badge extends {title?: string}>(badge: Badge): Badge =>
  badge.title === undefined ? badge : {...badge, title: isolateArabicMessage(badge.title)}

/** The message as the finding said it: the isolates and word joiners taken out again. */
export const withoutIsolates = (text: string): string => text.replace(/[\u2060\u2066-\u2069]/g, '')
