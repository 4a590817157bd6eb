// groupByReference: documents by the ids a reference list names, once per id, in the documents' order.
import {describe, expect, it} from 'vitest'
import {groupByReference} from '../../src/content/groupByReference.ts'

const ref = (id: string) => ({_type: 'reference', _ref: id})

describe('groupByReference', () => {
  it('groups each document under every id it names, once, keeping the documents’ order', () => {
    const articles = [
      {title: 'الميزوثيرابي للشعر', procedures: [ref('procedure.meso'), ref('procedure.prp'), ref('procedure.meso')]},
      {title: 'البلازما الغنية بالصفائح', procedures: [ref('procedure.prp')]},
      {title: 'مقال بلا إجراء', procedures: []},
    ]
    const groups = groupByReference(articles, (article) => article.procedures)
    expect([...groups].map(([id, group]) => [id, group.map(({title}) => title)])).toEqual([
      ['procedure.meso', ['الميزوثيرابي للشعر']],
      ['procedure.prp', ['الميزوثيرابي للشعر', 'البلازما الغنية بالصفائح']],
    ])
  })
})
