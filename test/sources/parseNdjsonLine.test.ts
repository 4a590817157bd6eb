// One line of a dataset export: a document, or what is wrong with it, said in Arabic so that the line can be found and mended.
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
})

// Not the parser's English («Unterminated string in JSON at position 40 (line 1 column 41)», whose
// "line 1" is not the file's line): where the line breaks, counted in characters of this line.
describe('a line that is not JSON', () => {
  const endsEarly = {problem: 'ليس JSON صالحًا (ينتهي السطر قبل أن يكتمل المستند)', endsEarly: true}
  test.each([
    {name: 'cut inside an Arabic string', line: '{"_id": "clinic.broken", "name": "عيادة', expected: endsEarly},
    {name: 'cut after a colon', line: '{"_id": "risk.a", "name":', expected: endsEarly},
    {name: 'cut inside a number', line: '{"_id": "risk.a", "rank": 12', expected: endsEarly},
    {name: 'cut inside an escape', line: '{"_id": "risk.a", "name": "\\u06', expected: endsEarly},
    {name: 'cut after an opening brace, with spaces after it', line: '{   ', expected: endsEarly},
    {name: 'a doubled comma', line: '{"_id": "risk.a",, "_type": "risk"}', expected: {problem: 'ليس JSON صالحًا (خطأ في الصياغة عند الحرف 18 من السطر)'}},
    {name: 'a doubled comma after Arabic with tashkeel', line: '{"name": "تَجْرِبَة",, "_id": "risk.a"}', expected: {problem: 'ليس JSON صالحًا (خطأ في الصياغة عند الحرف 22 من السطر)'}},
    {name: 'a doubled comma after a line-leading space', line: '  {"_id": "risk.a",, "_type": "risk"}', expected: {problem: 'ليس JSON صالحًا (خطأ في الصياغة عند الحرف 20 من السطر)'}},
    {name: 'a doubled comma after an emoji (one character, two UTF-16 units)', line: '{"n": "😀",, "_id": "r"}', expected: {problem: 'ليس JSON صالحًا (خطأ في الصياغة عند الحرف 11 من السطر)'}},
    {name: 'text after the document', line: '{"_id": "risk.a", "_type": "risk"} تعليق', expected: {problem: 'ليس JSON صالحًا (خطأ في الصياغة عند الحرف 36 من السطر)'}},
    {name: 'a word, not JSON', line: 'مقال', expected: {problem: 'ليس JSON صالحًا (الرمز «م» في غير موضعه)'}},
    {name: 'an unquoted value', line: '{"_id": risk}', expected: {problem: 'ليس JSON صالحًا (الرمز «r» في غير موضعه)'}},
  ])('$name', ({line, expected}) => {
    expect(parseNdjsonLine(line)).toEqual(expected)
  })
})
