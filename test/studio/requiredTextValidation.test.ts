// The Studio refuses a required text of spaces or invisible characters, by the zod boundary's test
// and in its words, on every field the boundary holds to requiredText.
import {describe, expect, it} from 'vitest'
import type {StringRule} from 'sanity'
import {BLANK_TEXT_MESSAGE} from '../../src/content/fields.ts'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'
import {schemaTypes} from '../../schemas/index.ts'

/** The custom check a validation registers after `required()`. */
const customOf = (validation: unknown): ((value: unknown) => unknown) => {
  let custom: ((value: unknown) => unknown) | undefined
  const rule = {required: () => rule, custom: (run: (value: unknown) => unknown) => ((custom = run), rule)}
  ;(validation as (rule: StringRule) => unknown)(rule as unknown as StringRule)
  return custom!
}

describe('requiredTextValidation', () => {
  const check = customOf(requiredTextValidation)
  it.each([
    ['spaces', '   '],
    ['a no-break space', '\u00a0'],
    ['a zero-width space', '\u200b'],
    ['bidi marks and a line break', '\u200f\u202b\n'],
    // Pasted as «invisible names». The Hangul fillers are Default_Ignorable; U+2800 is a symbol to
    // Unicode, a braille cell with no dots, drawn as a blank.
    ['the Hangul fillers', '\u115f\u1160\u3164\uffa0'],
    ['a braille pattern blank', '\u2800'],
    ['braille pattern blanks and spaces', ' \u2800\u2800 '],
  ])('refuses %s, as the zod boundary does', (_, value) => {
    expect(check(value)).toBe(BLANK_TEXT_MESSAGE)
    const parsed = parseDocument({_id: 'person.hala', _type: 'person', name: value, roles: ['writer']})
    expect('findings' in parsed ? parsed.findings.map((finding) => [finding.path, finding.message.includes(BLANK_TEXT_MESSAGE)]) : []).toEqual([['name', true]])
  })

  it.each([['text', 'د. هالة'], ['text among invisible marks', '\u200fالميزوثيرابي '], ['words a braille pattern blank parts', 'د.\u2800هالة'], ['empty (required() says so)', ''], ['no value yet', undefined]])('accepts %s', (_, value) => {
    expect(check(value)).toBe(true)
  })

  // The fields the boundary reads with requiredText (src/content/documents/*.ts, portableText.ts).
  it.each([
    ['article', 'title'],
    ['person', 'name'],
    ['clinic', 'name'],
    ['procedure', 'name'],
    ['procedure', 'summary'],
    ['risk', 'name'],
    ['contraindication', 'name'],
    ['disclaimer', 'title'],
    ['disclaimer', 'text'],
    ['disclaimer', 'version'],
    ['claim', 'statement'],
    ['citation', 'title'],
    ['evidenceNote', 'text'],
    ['faqItem', 'question'],
    ['faqItem', 'answer'],
  ])('%s.%s uses it', (type, field) => {
    const schema = schemaTypes.find((entry) => entry.name === type) as {fields: {name: string; validation?: unknown}[]}
    const validation = schema.fields.find((entry) => entry.name === field)!.validation
    expect(customOf(validation)('  ')).toBe(BLANK_TEXT_MESSAGE)
  })
})
