// quoteClaim: the claim's statement as messages quote it, trimmed and cut after 60 characters
// counted as code points (a tashkeel mark is one, an emoji is one), the text itself never folded.
import {describe, expect, it} from 'vitest'
import {quoteClaim} from '../../src/checks/claimApproval.ts'
import type {Claim} from '../../src/content/documents/claim.ts'

const quote = (statement: string) => quoteClaim({statement} as Claim)
const WORD = 'يُحسّن ' // 7 code points

describe('quoteClaim', () => {
  it.each([
    ['surrounding whitespace trimmed, tashkeel, tatweel and hamza kept', ' \n نتائجُ الميزوثيـرابي أوليّة \n', 'نتائجُ الميزوثيـرابي أوليّة'],
    ['digits of both scripts, Latin and bidi marks kept as typed', 'حقن PRP\u200F بجرعة ١٠ ml كل ۳ أسابيع', 'حقن PRP\u200F بجرعة ١٠ ml كل ۳ أسابيع'],
    ['60 code points kept whole', `${WORD.repeat(8)}يُحس`, `${WORD.repeat(8)}يُحس`],
    ['61 cut to 60: marks count, so the 61st, a shadda, goes', `${WORD.repeat(8)}يُحسّ`, `${WORD.repeat(8)}يُحس…`],
    ['an emoji is one code point, never half of one', `${'أ'.repeat(59)}👩‍⚕️`, `${'أ'.repeat(59)}👩…`],
  ])('%s', (_, statement, expected) => {
    expect(quote(statement)).toBe(expected)
  })
})
