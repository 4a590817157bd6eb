// tallyClaims and claimChart: the build report's chart data and markup. A claim counts once per
// clinic, by its GRADE certainty and its effective review state; the chart reads as two tables.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {claimChart} from '../../src/report/claimChart.ts'
import {tallyClaims} from '../../src/report/claimTally.ts'
import {claim, claimRefMark, graphWith, seed004Article, span, textBlock} from '../support/gateFixtures.ts'

const TODAY = '2026-11-21'

describe('tallyClaims', () => {
  it('counts the seed article’s claims by certainty and state', () => {
    const graph = graphWith(seed004Article())
    expect(tallyClaims(graph, graph.articles.values(), TODAY)).toEqual({
      total: 2,
      byCertainty: {high: 1, moderate: 0, low: 1, veryLow: 0, unknown: 0},
      byState: {draft: 0, inReview: 0, approved: 2, rejected: 0, expired: 0},
    })
  })

  it('counts a claim cited twice once, reads lapsed approvals as expired and names missing certainty', () => {
    const twice = seed004Article({
      body: [
        textBlock('b1', [span('s1', 'أ', ['m1'])], [claimRefMark('m1', 'claim.meso-hair-density')]),
        textBlock('b2', [span('s1', 'ب', ['m2'])], [claimRefMark('m2', 'claim.meso-hair-density')]),
        textBlock('b3', [span('s1', 'ج', ['m3'])], [claimRefMark('m3', 'claim.lapsed')]),
        textBlock('b4', [span('s1', 'د', ['m4'])], [claimRefMark('m4', 'claim.no-grade')]),
        textBlock('b5', [span('s1', 'هـ', ['m5'])], [claimRefMark('m5', 'claim.gone')]),
      ],
    })
    const graph = graphWith(twice, {
      extra: [
        claim('claim.lapsed', 'ادعاء انتهت مراجعته.', {
          review: {status: 'approved', reviewer: {_type: 'reference', _ref: 'person.dr-hala'}, reviewedAt: '2025-06-01T09:00:00Z', reviewDue: '2026-06-30'},
        }),
        claim('claim.no-grade', 'ادعاء بلا درجة.', {evidence: {citations: []}, review: {status: 'inReview'}}),
      ],
    })
    expect(tallyClaims(graph, [graph.articles.get('article.meso-realistic')!], TODAY)).toEqual({
      total: 3,
      byCertainty: {high: 0, moderate: 0, low: 2, veryLow: 0, unknown: 1},
      byState: {draft: 0, inReview: 1, approved: 1, rejected: 0, expired: 1},
    })
  })

  it("reads an approval past the clinic's claim review period as expired, whatever its recorded date says", () => {
    const graph = graphWith(seed004Article(), {
      extra: [
        claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات', {
          review: {status: 'approved', reviewer: {_type: 'reference', _ref: 'person.dr-hala'}, approvedAt: '2025-10-01T09:00:00Z', reviewDue: '2027-06-30'},
        }),
      ],
    })
    const articles = [...graph.articles.values()]
    expect(tallyClaims(graph, articles, TODAY, 12).byState).toMatchObject({approved: 1, expired: 1})
    expect(tallyClaims(graph, articles, TODAY, 14).byState).toMatchObject({approved: 2, expired: 0})
    expect(tallyClaims(graph, articles, TODAY).byState).toMatchObject({approved: 2, expired: 0})
  })
})

describe('claimChart', () => {
  const html = toHtml(
    claimChart('عيادة نور', {
      total: 4,
      byCertainty: {high: 1, moderate: 0, low: 3, veryLow: 0, unknown: 0},
      byState: {draft: 1, inReview: 0, approved: 3, rejected: 0, expired: 0},
    }),
  )

  it.each([
    ['the heading with the total', '<h3>الادعاءات (4)</h3>'],
    ['a captioned table per dimension', '<caption>ادعاءات عيادة نور حسب درجة اليقين في الدليل (GRADE)</caption>'],
    ['the second table', '<caption>ادعاءات عيادة نور حسب حالة المراجعة</caption>'],
    ['a row header and the count as text, the bar hidden from screen readers', '<tr class="grade-low"><th scope="row">منخفضة</th><td><span class="bar" aria-hidden="true" style="inline-size: 75%"></span><span class="count">3</span></td></tr>'],
    ['zero rows, with an empty bar', '<tr class="state-rejected"><th scope="row">مرفوض</th><td><span class="bar" aria-hidden="true" style="inline-size: 0%"></span><span class="count">0</span></td></tr>'],
  ])('has %s', (_, fragment) => {
    expect(html).toContain(fragment)
  })

  it('says so when the clinic cites no claim', () => {
    const empty = toHtml(claimChart('عيادة نور', {total: 0, byCertainty: {high: 0, moderate: 0, low: 0, veryLow: 0, unknown: 0}, byState: {draft: 0, inReview: 0, approved: 0, rejected: 0, expired: 0}}))
    expect(empty).toBe('<div class="claim-chart"><h3>الادعاءات (0)</h3><p>لا تستشهد مقالات هذه العيادة بأي ادعاء.</p></div>')
  })
})
