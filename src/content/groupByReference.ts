// Documents grouped by what one of their reference lists points at: a clinic's articles by
// procedure, every article by the clinics it targets. Each document appears once per id however
// many times its list names that id, and groups keep the documents' order.
import type {Reference} from './fields.ts'

export const groupByReference = <Item>(items: Iterable<Item>, references: (item: Item) => readonly Pick<Reference, '_ref'>[]): Map<string, Item[]> => {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const refs = references(item)
    for (let index = 0; index < refs.length; index++) {
      const id = refs[index]!._ref
      if (index > 0 && refs.findIndex((ref) => ref._ref === id) !== index) continue
      let group = groups.get(id)
      if (!group) groups.set(id, (group = []))
      group.push(item)
    }
  }
  return groups
}
