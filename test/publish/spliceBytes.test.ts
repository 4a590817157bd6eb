// spliceBytes: the text's bytes with each token replaced by its parts, in text order whatever the
// order of the slots; a token the text does not hold adds nothing.
import {describe, expect, it} from 'vitest'
import {joinedParts, joinedRuns, spliceBytes} from '../../src/publish/spliceBytes.ts'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)
const bytes = (value: string) => Buffer.from(value)

describe('spliceBytes', () => {
  it('replaces every token by its parts, in the order the tokens stand in the text', () => {
    const spliced = spliceBytes('أ@1@ب@2@ج', [
      {token: '@2@', parts: joinedParts([bytes('٣'), bytes('٤')], bytes('، '))},
      {token: '@1@', parts: [bytes('مُراجَع')]},
      {token: '@غائب@', parts: [bytes('لا يظهر')]},
    ])
    expect(text(spliced)).toBe('أمُراجَعب٣، ٤ج')
  })

  it('joins no items to no parts, and one item without a separator', () => {
    expect(joinedParts([], bytes(','))).toEqual([])
    expect(text(spliceBytes('[@]', [{token: '@', parts: joinedParts([bytes('x')], bytes(','))}]))).toBe('[x]')
  })
})

describe('joinedRuns', () => {
  const joined = (parts: readonly Uint8Array[]) => text(Buffer.concat(parts))
  const items = Array.from({length: 300}, (_, index) => bytes(`مقال رقم ${index.toLocaleString('ar-EG')} ـ "${index}"`))

  it('gives, version after version of a named list, the bytes joinedParts gives', () => {
    const edited = items.map((item, index) => (index === 140 ? bytes('مقالٌ مُعدَّل') : item))
    const versions = [
      items,
      items,
      edited,
      edited.slice(0, 256),
      edited.slice(0, 255),
      [bytes('جديد في الأول'), ...edited],
      [...edited, bytes('جديد في الآخر')],
      [],
      items.slice(0, 1),
    ]
    for (const [step, version] of versions.entries()) {
      for (const separator of [bytes(',\n    '), new Uint8Array()]) {
        expect(joined(joinedRuns(version, separator, `list-${separator.length}`)), `version ${step}`).toBe(joined(joinedParts(version, separator)))
      }
    }
  })

  it('reuses a run of unchanged items as the same bytes, and joins again only the run that changed', () => {
    const first = joinedRuns(items, bytes(','), 'reuse')
    const edited = items.map((item, index) => (index === 200 ? bytes('تعديل') : item))
    const second = joinedRuns(edited, bytes(','), 'reuse')
    // Three runs of 128, 128 and 44 items with separators between them.
    expect(second).toHaveLength(5)
    expect(second[0]).toBe(first[0])
    expect(second[2]).not.toBe(first[2])
    expect(second[4]).toBe(first[4])
  })
})
