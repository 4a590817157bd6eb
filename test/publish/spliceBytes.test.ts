// spliceBytes: the text's bytes with each token replaced by its parts, in text order whatever the
// order of the slots; a token the text does not hold adds nothing.
import {describe, expect, it} from 'vitest'
import {joinedParts, spliceBytes} from '../../src/publish/spliceBytes.ts'

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
