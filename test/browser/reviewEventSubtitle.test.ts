// The second line of an entry of a claim's «سجل المراجعة» as Chromium lays it out in a left-to-right
// box, as Sanity shows the audit list: it reads from the right, the name first, then the time whole
// and left to right with its offset at its end, then the comment; an English comment keeps its own
// order. Built from the preview's own function; no Studio is built.
import {describe, expect, it} from 'vitest'
import {reviewEventSubtitle} from '../../src/studio/previews/reviewEventSubtitle.ts'
import {hasChromium} from './support/chromium.ts'
import {suiteChromium} from './support/suiteChromium.ts'
import {characterCentres} from './support/lineLayout.ts'

const AT = '2026-11-23T21:30:00.000Z'
const STAMP = '2026-11-24 00:30 GMT+03:00'

describe.skipIf(!hasChromium)('an audit entry\'s second line in Chromium', () => {
  const suite = suiteChromium()

  it.each([
    {comment: 'أعيدي صياغة الادعاء بحذر أكبر.', first: 'أعيدي', last: 'أكبر'},
    {comment: 'See PMID 12345678.', first: 'See', last: '12345678'},
  ])('reads from the right: name, time, then the comment «$comment»', async ({comment, first, last}) => {
    const line = reviewEventSubtitle({person: 'د. مريم سالم', userId: 'pMaryam', at: AT, comment}, 'Asia/Riyadh')
    const [name, date, time, offset, commentFirst, commentLast] = await characterCentres(suite.browser, line, 'ltr', ['د.', '2026', '00:30', 'GMT', first, last].map((part) => line.indexOf(part)))
    const arabicComment = first === 'أعيدي'
    expect({
      nameRightOfTime: name! > offset!,
      timeInOrder: date! < time! && time! < offset!,
      timeRightOfComment: date! > Math.max(commentFirst!, commentLast!),
      commentInItsOwnOrder: arabicComment ? commentFirst! > commentLast! : commentFirst! < commentLast!,
    }).toEqual({nameRightOfTime: true, timeInOrder: true, timeRightOfComment: true, commentInItsOwnOrder: true})
    expect(line).toContain(STAMP)
  })
})
