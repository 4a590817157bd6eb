// changedDocuments: what a whole reload changed, by object identity (shareUnchangedContent keeps
// unchanged documents as the previous objects), as the changes webhooks would have named.
import {describe, expect, it} from 'vitest'
import {emptyGraph, type ContentGraph} from '../../src/content/contentGraph.ts'
import {changedDocuments} from '../../src/webhook/changedDocuments.ts'

const graphOf = (disclaimers: {_id: string; _type: 'disclaimer'; title: string}[]): ContentGraph => {
  const graph = emptyGraph()
  for (const disclaimer of disclaimers) graph.disclaimers.set(disclaimer._id, disclaimer as never)
  return graph
}

describe('changedDocuments', () => {
  const kept = {_id: 'disclaimer.eg-2026', _type: 'disclaimer' as const, title: 'إخلاء المسؤولية الطبية — مصر'}
  const edited = {_id: 'disclaimer.sa-2026', _type: 'disclaimer' as const, title: 'إخلاء المسؤولية الطبية — السعودية'}
  const deleted = {_id: 'disclaimer.eg-2026-11', _type: 'disclaimer' as const, title: 'إخلاء المسؤولية الطبية — مصر (نوفمبر)'}
  const added = {_id: 'disclaimer.ae-2026', _type: 'disclaimer' as const, title: 'إخلاء المسؤولية الطبية — الإمارات'}

  it('names the documents added, changed (a new object) and removed, not those kept', () => {
    const previous = graphOf([kept, edited, deleted])
    const next = graphOf([kept, {...edited, title: 'إخلاءُ المسؤوليةِ الطبية — السعودية'}, added])
    expect(changedDocuments(previous, next)).toEqual([
      {documentId: 'disclaimer.sa-2026', documentType: 'disclaimer'},
      {documentId: 'disclaimer.ae-2026', documentType: 'disclaimer'},
      {documentId: 'disclaimer.eg-2026-11', documentType: 'disclaimer'},
    ])
  })

  it('names nothing where every collection is shared', () => {
    const previous = graphOf([kept, edited])
    expect(changedDocuments(previous, {...previous})).toEqual([])
  })
})
