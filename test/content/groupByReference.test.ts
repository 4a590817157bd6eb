// groupByReference: documents by the ids a reference list names, once per id, in the documents' order;
// regroupByReference: the same groups, patched from the last list's when only a few items were replaced.
import {describe, expect, it} from 'vitest'
import {groupByReference, regroupByReference} from '../../src/content/groupByReference.ts'

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

  describe('regroupByReference', () => {
    const article = (title: string, ...procedures: string[]) => ({title, procedures: procedures.map(ref)})
    type Item = ReturnType<typeof article>
    const refs = (item: {procedures: {_ref: string}[]}) => item.procedures
    const titles = (groups: ReadonlyMap<string, readonly {title: string}[]>) => [...groups].map(([id, group]) => [id, group.map(({title}) => title)])
    const list = [article('الميزوثيرابي للشعر', 'procedure.meso'), article('البلازما', 'procedure.prp'), article('الإبر الدقيقة', 'procedure.meso', 'procedure.prp')]

    it('replaces an edited item in its groups and shares every other group with the last grouping', () => {
      const first = regroupByReference(undefined, list, refs)
      expect(first.patched).toBe(false)
      const retitled = article('البلازما الغنية بالصفائح (محدَّث)', 'procedure.prp')
      const next = [list[0]!, retitled, list[2]!]
      const second = regroupByReference(first, next, refs)
      expect(second.patched).toBe(true)
      expect(titles(second.groups)).toEqual(titles(groupByReference(next, refs)))
      expect(second.groups.get('procedure.meso')).toBe(first.groups.get('procedure.meso'))
      expect(second.groups.get('procedure.prp')).not.toBe(first.groups.get('procedure.prp'))
      // The last grouping is left as it was.
      expect(titles(first.groups)).toEqual(titles(groupByReference(list, refs)))
    })

    it('groups afresh when an item names other ids or the list changed length', () => {
      const first = regroupByReference(undefined, list, refs)
      const moved = [list[0]!, article('البلازما', 'procedure.meso'), list[2]!]
      const afterMove = regroupByReference(first, moved, refs)
      expect(afterMove.patched).toBe(false)
      expect(titles(afterMove.groups)).toEqual(titles(groupByReference(moved, refs)))
      expect(regroupByReference(first, list.slice(1), refs).patched).toBe(false)
      const replaced = regroupByReference(first, [list[0]!, article('ب', 'procedure.prp'), list[2]!], refs)
      expect(titles(replaced.groups)).toEqual([['procedure.meso', ['الميزوثيرابي للشعر', 'الإبر الدقيقة']], ['procedure.prp', ['ب', 'الإبر الدقيقة']]])
    })

    // An edit that moves an article in the list (its review date changed) takes an unchanged article
    // to another position: it is then the old item at one position and the new item at another.
    it.each<[name: string, lists: (a: Item, b: Item, c: Item, edited: Item) => [before: Item[], after: Item[]]]>([
      ['two items swap, one of them edited', (a, b, _c, edited) => [[a, b], [b, edited]]],
      ['the list shifts by one, a new item at the end', (a, b, c, edited) => [[a, b, c], [b, c, edited]]],
      ['three items rotate', (a, b, c) => [[a, b, c], [c, a, b]]],
    ])('keeps the new order when %s', (_, lists) => {
      const [a, b, c, edited] = [article('أ', 'procedure.meso'), article('ب', 'procedure.meso'), article('ج', 'procedure.meso'), article('أ (محدَّث)', 'procedure.meso')]
      const [before, after] = lists(a, b, c, edited)
      const patched = regroupByReference(regroupByReference(undefined, before, refs), after, refs)
      expect(patched.patched).toBe(true)
      expect(titles(patched.groups)).toEqual(titles(groupByReference(after, refs)))
    })

    it('patches an item that names an id twice once', () => {
      const twice = [article('أ', 'procedure.meso', 'procedure.meso')]
      const first = regroupByReference(undefined, twice, refs)
      const edited = [article('أً', 'procedure.meso', 'procedure.meso')]
      expect(titles(regroupByReference(first, edited, refs).groups)).toEqual([['procedure.meso', ['أً']]])
    })
  })
})
