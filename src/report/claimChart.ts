// The build report's chart of one clinic's claims: by GRADE certainty and by review state, as two
// tables whose rows carry a bar and the count as text. Screen readers read the tables (caption,
// row and column headers); the bars are decoration. No script, no chart library.
import {h} from 'hastscript'
import type {Element} from 'hast'
import {CLAIM_STATES, GRADE_CERTAINTY} from '../content/vocabulary.ts'
import type {ClaimTally} from './claimTally.ts'

interface Row {
  key: string
  label: string
  count: number
}

const CERTAINTY_ROWS = [...GRADE_CERTAINTY, {value: 'unknown', title: 'غير محددة'}] as const

const barTable = (caption: string, rowHeading: string, rows: readonly Row[], total: number, kind: 'grade' | 'state'): Element =>
  h('table', {className: ['chart']}, [
    h('caption', caption),
    h('thead', h('tr', [h('th', {scope: 'col'}, rowHeading), h('th', {scope: 'col'}, 'عدد الادعاءات')])),
    h(
      'tbody',
      rows.map((row) =>
        h('tr', {className: [`${kind}-${row.key}`]}, [
          h('th', {scope: 'row'}, row.label),
          h('td', [
            h('span', {className: ['bar'], ariaHidden: 'true', style: `inline-size: ${total === 0 ? 0 : Math.round((row.count / total) * 100)}%`}),
            h('span', {className: ['count']}, String(row.count)),
          ]),
        ]),
      ),
    ),
  ])

export const claimChart = (clinicName: string, tally: ClaimTally): Element =>
  h('div', {className: ['claim-chart']}, [
    h('h3', `الادعاءات (${tally.total})`),
    tally.total === 0
      ? h('p', 'لا تستشهد مقالات هذه العيادة بأي ادعاء.')
      : [
          barTable(
            `ادعاءات ${clinicName} حسب درجة اليقين في الدليل (GRADE)`,
            'درجة اليقين',
            CERTAINTY_ROWS.map(({value, title}) => ({key: value, label: title, count: tally.byCertainty[value]})),
            tally.total,
            'grade',
          ),
          barTable(
            `ادعاءات ${clinicName} حسب حالة المراجعة`,
            'حالة المراجعة',
            CLAIM_STATES.map(({value, title}) => ({key: value, label: title, count: tally.byState[value]})),
            tally.total,
            'state',
          ),
        ],
  ])

export const CLAIM_CHART_CSS = `.claim-chart{display:flex;flex-wrap:wrap;gap:0 2rem}.claim-chart h3{flex-basis:100%}
.chart{border-collapse:collapse;min-inline-size:min(100%,22rem);margin-block-end:1rem}
.chart caption{text-align:start;font-weight:bold;padding-block-end:.3rem}
.chart th,.chart td{padding:.2rem .5rem;border-block-end:1px solid #ddd;text-align:start}
.chart td{inline-size:14rem}
.bar{display:inline-block;block-size:.9em;margin-inline-end:.4rem;vertical-align:middle;background:#6b7280;border-radius:2px}
.grade-high .bar,.state-approved .bar{background:#15803d}.grade-moderate .bar,.state-inReview .bar{background:#1d4ed8}
.grade-low .bar,.state-expired .bar{background:#b45309}.grade-veryLow .bar,.state-rejected .bar{background:#b91c1c}`
