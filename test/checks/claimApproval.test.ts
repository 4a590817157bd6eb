// quoteClaim: the claim's statement as messages quote it, trimmed and cut after 60 characters
// counted as code points (a tashkeel mark is one, an emoji is one), the text itself never folded.
// firstApprovalDayHolding: the inverse of a policy's limit, for the Studio's claim lists.
import {describe, expect, it} from 'vitest'
import {addDays} from '../../src/locale/calendarDates.ts'
import {approvalPolicyLimit, firstApprovalDayHolding, quoteClaim} from '../../src/checks/claimApproval.ts'
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

describe('firstApprovalDayHolding', () => {
  const lastDay = (day: string, months: number) => approvalPolicyLimit({approvedAt: `${day}T10:00:00.000Z`}, months)!.lastDay

  it.each([
    ['mid-month', '2026-11-21', 12, '2025-11-21'],
    ['after a leap day: 2024-02-29 + 12 months ended on 2025-02-28', '2025-03-01', 12, '2024-03-01'],
    ['on the clamped day itself: approvals from 2024-02-28 on hold, the 29th too', '2025-02-28', 12, '2024-02-28'],
    ['clamped: approvals of 2026-01-28 … 01-31 all end on 2026-02-28 under one month', '2026-02-28', 1, '2026-01-28'],
    ['from a short month: 2026-02-28 + 1 month is 2026-03-28, so it has ended by 03-31', '2026-03-31', 1, '2026-03-01'],
    ['a six-month period', '2026-08-31', 6, '2026-03-01'],
  ] as const)('%s', (_name, day, months, expected) => {
    expect(firstApprovalDayHolding(day, months)).toBe(expected)
  })

  // The property the lists rely on: an approval dated before the answer has passed the limit on `day`, one dated on or after it has not.
  it.each([1, 6, 12, 24])('for every day of 2024–2027 and every approval day within six weeks of its edge, %i months', (months) => {
    for (let day = '2024-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const first = firstApprovalDayHolding(day, months)
      for (let offset = -42; offset <= 42; offset++) {
        const approvedOn = addDays(first, offset)
        if ((lastDay(approvedOn, months) < day) !== approvedOn < first) throw new Error(`${months} months, ${day}: approved ${approvedOn}, first holding ${first}`)
      }
    }
  })
})
