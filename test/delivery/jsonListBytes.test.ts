// jsonWithListBytes: a document whose one long array is joined from items encoded earlier must read
// byte for byte as JSON.stringify(document, null, 2) and a newline, at any depth, empty or not.
import {describe, expect, it} from 'vitest'
import {jsonItemBytes, jsonWithListBytes} from '../../src/delivery/jsonListBytes.ts'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)
const items = [{title: 'الميزوثيرابي $& $1', tags: ['شعر', 'بشرة']}, {title: 'البلازما', tags: []}]

describe('jsonWithListBytes', () => {
  const documents: [number, (list: unknown) => unknown][] = [
    [0, (list) => list],
    [1, (list) => ({clinic: 'عيادة نور', articles: list, links: {}})],
    [2, (list) => ({procedure: {name: 'ميزوثيرابي', articles: list, url: 'https://nour-cairo.example/'}})],
  ]
  for (const [depth, document] of documents) {
    it(`equals the serialised document with the array ${depth} levels deep, with items and without`, () => {
      const bytes = items.map((item) => jsonItemBytes(item, depth))
      expect(text(jsonWithListBytes(document, bytes, depth))).toBe(`${JSON.stringify(document(items), null, 2)}\n`)
      expect(text(jsonWithListBytes(document, [], depth))).toBe(`${JSON.stringify(document([]), null, 2)}\n`)
    })
  }
})
