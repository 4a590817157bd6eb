// Runs of Latin words in Arabic text («حقن PRP», «Minoxidil 5% solution», «Botox®»): what a page
// marks English for screen readers (latinRunsInTree.ts), and the search page's script marks in the
// titles it draws, so both mark the same words.
import {LATIN_ABBREVIATIONS} from './latinAbbreviations.ts'
import {isLatinWord, latinWordStart} from './latinWord.ts'

// Words are split at spaces, and at punctuation typed between a Latin word and an Arabic one without
// a space («PRP/ميزو», «(مينوكسيديل/PRP/أدوية)»): an Arabic word before the punctuation is a prefix
// (latinWordStart), but one after it would make the whole a word ending in Arabic, which is not Latin.
const WORDS = /(\s+|(?<=[\p{Script=Latin}\p{N}]\p{M}*)\p{P}+(?=\p{Cf}*\p{Script=Arabic}))/u
const SPACE = /^\s/u
const LATIN_LETTER = /(?=\p{Letter})\p{Script=Latin}/u
// Any character of the script, letter or not: a third of the time of LATIN_LETTER on Arabic text.
const LATIN_SCRIPT = /\p{Script=Latin}/u
const LETTER = /\p{Letter}/u
// Punctuation and format characters (brackets, quotes, «،», «.», LRM, a writer's isolate) at the ends
// of a run stay outside it: they belong to the Arabic sentence around it.
// So does a tatweel before a run («الـ ـPRP»): it stretches the Arabic letter it follows.
const LEADING = /^[\p{P}\p{Cf}\u0640]+/u
const TRAILING = /[\p{P}\p{Cf}]+$/u
// Not marked: URLs, e-mail addresses and DOIs are machine text, not English; and a <span dir> closes
// every bidi embedding or isolate (LRE…PDF, LRI…PDI) left open inside it, so a run holding one of a
// writer's is left as typed.
const UNMARKED = /[a-z][a-z\d+.-]*:\S|(?:^|\s)www\.|@|[\u202a-\u202e\u2066-\u2069]/iu
// A full stop after a run ends the Arabic sentence («ثم Botox.») unless the run ends in an
// abbreviation, whose stop is part of the word: a dotted initialism («e.g.», «U.S.», «Ph.D.») or one
// of LATIN_ABBREVIATIONS («etc.», «Dr.»). The stop then goes inside the span, so «e.g.» is read whole.
const ENDS_IN_ABBREVIATION = new RegExp(
  `(?:^|[^\\p{L}.])(?:(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}|${LATIN_ABBREVIATIONS.map((word) => word.replace(/\s+/gu, '\\s+')).join('|')})$`,
  'iu',
)
const FULL_STOP = /^\.(?!\.)/u

// Words as localDigits reads them (latinWord.ts): a word with a Latin letter and no Arabic one is
// Latin, and a word with no letter («5%», «1000», «-», «&») between two Latin words is part of their
// run, as localDigits keeps the digits of a number there. A Latin word glued to an Arabic prefix
// («بـPRP», «والـBotox») is the prefix, left in the Arabic text, and a Latin word that may open a run.

/** `text` as pieces: `latin` pieces are runs of Latin words, the others the text between them. Their concatenation is `text`. */
export const latinRuns = (text: string): {text: string; latin: boolean}[] => {
  // Most text nodes of an Arabic page hold no Latin letter: they are returned without splitting them
  // into words, and most hold no Latin character at all, which is quicker to rule out.
  if (!LATIN_SCRIPT.test(text) || !LATIN_LETTER.test(text)) return text ? [{text, latin: false}] : []
  const pieces: {text: string; latin: boolean}[] = []
  let between = ''
  const push = (piece: string, latin: boolean) => {
    if (!latin) between += piece
    else {
      if (between) pieces.push({text: between, latin: false})
      pieces.push({text: piece, latin: true})
      between = ''
    }
  }
  // Words and the spaces between them.
  const parts = text.split(WORDS).filter(Boolean)
  let index = 0
  while (index < parts.length) {
    const latinStart = latinWordStart(parts[index]!)
    if (latinStart === -1) {
      push(parts[index++]!, false)
      continue
    }
    if (latinStart > 0) {
      push(parts[index]!.slice(0, latinStart), false)
      parts[index] = parts[index]!.slice(latinStart)
    }
    // The run goes on to the last Latin word reached over spaces and words without letters.
    let end = index
    for (let next = index + 1; next < parts.length; next++) {
      const part = parts[next]!
      if (isLatinWord(part)) end = next
      else if (!SPACE.test(part) && LETTER.test(part)) break
    }
    const run = parts.slice(index, end + 1).join('')
    const leading = LEADING.exec(run)?.[0] ?? ''
    let trailing = TRAILING.exec(run.slice(leading.length))?.[0] ?? ''
    let core = run.slice(leading.length, run.length - trailing.length)
    if (FULL_STOP.test(trailing) && ENDS_IN_ABBREVIATION.test(core)) {
      core += '.'
      trailing = trailing.slice(1)
    }
    push(leading, false)
    push(core, !UNMARKED.test(core))
    push(trailing, false)
    index = end + 1
  }
  if (between) pieces.push({text: between, latin: false})
  return pieces
}
