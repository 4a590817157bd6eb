// reportsPerDocument: a text rule scans the texts of a document shown by many articles (a claim, a
// procedure, a person) once per settings, and an article's own texts once per article, whichever
// clinic gates it; the reports come in the texts' order, and a changed document (a new object, as a
// rebuild or a Studio edit makes) is scanned again.
import {expect, it} from 'vitest'
import type {CheckReport} from '../../src/checks/check.ts'
import {reportsCache, reportsPerDocument} from '../../src/checks/reportsPerDocument.ts'
import {textsShown, type ShownText} from '../../src/checks/textsShown.ts'
import {claimRefMark, graphWith, ref, seed004Article, span, textBlock} from '../support/gateFixtures.ts'

/** A reporter that reports every text, and counts the texts it was given per document. */
const countingReporter = () => {
  const scanned = new Map<string, number>()
  const report = (texts: readonly ShownText[]): CheckReport[] =>
    texts.map(({documentId, path}) => {
      scanned.set(documentId, (scanned.get(documentId) ?? 0) + 1)
      return {documentId, path, message: `نص في ${path}`}
    })
  return {scanned, report}
}

// Two articles that link the same claim, are about the same procedure and have the same reviewer.
const second = seed004Article({
  _id: 'article.meso-second',
  slug: {current: 'meso-second'},
  title: 'الميزوثيرابي: أسئلة قبل الجلسة',
  body: [textBlock('b1', [span('s1', 'بعض الدراسات تشير لتحسّن محدود.', ['m1'])], [claimRefMark('m1', 'claim.meso-hair-density')])],
  procedures: [ref('procedure.mesotherapy', 'p1')],
})
const graph = graphWith(seed004Article({procedures: [ref('procedure.mesotherapy', 'p1')]}), {extra: [second]})
const first = graph.articles.get('article.meso-realistic')!
const other = graph.articles.get('article.meso-second')!

it('scans a shared document once for all articles and clinics, an article once, and gives the reports in the texts\' order', () => {
  const cache = reportsCache()
  const settings = {}
  const {scanned, report} = countingReporter()
  const once = (article: typeof first) => reportsPerDocument(cache, textsShown(article, graph), graph, settings, report, article)
  // Three clinics gate the first article, then the second article in two.
  const runs = [once(first), once(first), once(first), once(other), once(other)]
  const expectedFirst = [...textsShown(first, graph)].map(({documentId, path}) => ({documentId, path, message: `نص في ${path}`}))
  expect(runs[0]).toEqual(expectedFirst)
  expect(runs[1]).toEqual(expectedFirst)
  expect(runs[3]).toEqual([...textsShown(other, graph)].map(({documentId, path}) => ({documentId, path, message: `نص في ${path}`})))
  const textsOf = (id: string, article: typeof first) => [...textsShown(article, graph)].filter(({documentId}) => documentId === id).length
  expect(Object.fromEntries(scanned)).toEqual({
    'article.meso-realistic': textsOf('article.meso-realistic', first),
    'article.meso-second': textsOf('article.meso-second', other),
    'claim.meso-hair-density': textsOf('claim.meso-hair-density', first),
    'claim.minoxidil-first-line': textsOf('claim.minoxidil-first-line', first),
    'procedure.mesotherapy': textsOf('procedure.mesotherapy', first),
    'person.dr-hala': textsOf('person.dr-hala', first),
    'person.mona': textsOf('person.mona', first),
  })
})

it('scans again under other settings, and a changed document (a new object) again', () => {
  const cache = reportsCache()
  const {scanned, report} = countingReporter()
  reportsPerDocument(cache, textsShown(first, graph), graph, {allowJoiners: false}, report, first)
  const joinersAllowed = {allowJoiners: true}
  reportsPerDocument(cache, textsShown(first, graph), graph, joinersAllowed, report, first)
  const edited = {...first, title: 'الميزوثيرابي للشعر: ما الذي نعرفه؟'}
  reportsPerDocument(cache, textsShown(edited, graph), graph, joinersAllowed, report, edited)
  const own = [...textsShown(first, graph)].filter(({documentId}) => documentId === first._id).length
  const claims = [...textsShown(first, graph)].filter(({documentId}) => documentId === 'claim.meso-hair-density').length
  expect([scanned.get(first._id), scanned.get('claim.meso-hair-density')]).toEqual([3 * own, 2 * claims])
})
