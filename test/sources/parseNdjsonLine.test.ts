// One line of a dataset export: a document, or what is wrong with it, said so that the line can be found and mended.
import {describe, expect, test} from 'vitest'
import {parseNdjsonLine} from '../../src/sources/local/readNdjsonDocuments.ts'

describe('parseNdjsonLine', () => {
  test.each([
    {line: '{"_id":"risk.a","_type":"risk","name":"احمرار"}', expected: {document: {_id: 'risk.a', _type: 'risk', name: 'احمرار'}}},
    {line: '{"_type":"risk","name":"احمرار"}', expected: {problem: 'مستند بلا معرّف _id'}},
    {line: '{"_id":"","_type":"risk"}', expected: {problem: 'مستند بلا معرّف _id'}},
    {line: '{"_id":123,"_type":"risk"}', expected: {problem: 'مستند حقل _id فيه ليس نصًا (123)'}},
    {line: '{"_id":"risk.a"}', expected: {problem: 'مستند بلا نوع _type'}},
    {line: '{"_id":"risk.a","_type":["risk"]}', expected: {problem: 'مستند حقل _type فيه ليس نصًا (["risk"])'}},
    {line: '[1,2]', expected: {problem: 'ليس كائن مستند JSON'}},
  ])('$line', ({line, expected}) => {
    expect(parseNdjsonLine(line)).toEqual(expected)
  })

  test('a line that is not JSON says so, with the parser\'s reason', () => {
    const parsed = parseNdjsonLine('{"_id": "clinic.broken", "name": "عيادة')
    expect('problem' in parsed && parsed.problem).toMatch(/^ليس JSON صالحًا \(.+\)$/)
  })
})
