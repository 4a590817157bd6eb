// Which Studio field headers read right to left: an Arabic title or description makes the header
// Arabic whatever the input below holds, and no field of the Sanad schema is left with an LTR header.
import {createElement} from 'react'
import {describe, expect, test} from 'vitest'
import {schemaTypes} from '../../schemas/index.ts'
import {fieldHeaderDirection, type FieldHeaderText} from '../../src/studio/inputs/fieldHeaderDirection.ts'

describe('fieldHeaderDirection', () => {
  test.each<{name: string; header: FieldHeaderText; expected: ReturnType<typeof fieldHeaderDirection>}>([
    {name: 'Arabic title', header: {title: 'نص الادعاء'}, expected: 'rtl'},
    {name: 'Arabic title with diacritics and tatweel', header: {title: 'عُنْوَانُ الـمـرجـع'}, expected: 'rtl'},
    {name: 'hamza variants', header: {title: 'إخلاء مسؤولية آمن'}, expected: 'rtl'},
    {name: 'Arabic title with a Latin acronym', header: {title: 'درجة اليقين (GRADE)'}, expected: 'rtl'},
    {name: 'Latin title with an Arabic description', header: {title: 'PMID', description: 'رقم المقال في PubMed، أرقام فقط، مثل 31234567.'}, expected: 'rtl'},
    {name: 'Latin title, no description', header: {title: 'Slug'}, expected: 'unchanged'},
    {name: 'Latin title and description', header: {title: 'DOI', description: 'Starts with 10.'}, expected: 'unchanged'},
    {name: 'Arabic-Indic digits and Arabic punctuation only', header: {title: '٢٠٢٦ ،؟ ٪'}, expected: 'unchanged'},
    {name: 'no title', header: {}, expected: 'unchanged'},
    {name: 'a description written as a React element is not read', header: {title: 'URL', description: createElement('span', null, 'رابط')}, expected: 'unchanged'},
  ])('$name → $expected', ({header, expected}) => {
    expect(fieldHeaderDirection(header)).toBe(expected)
  })
})

describe('field headers of the Sanad schema', () => {
  interface FieldDefinition {
    name: string
    title?: unknown
    description?: unknown
    fields?: FieldDefinition[]
    of?: FieldDefinition[]
  }

  /** `type.field` for every field the schema declares, inline objects' and array members' fields included. */
  const headersOf = (owner: string, definition: FieldDefinition): [string, FieldHeaderText][] => [
    ...(definition.fields ?? []).flatMap((field): [string, FieldHeaderText][] => [
      [`${owner}.${field.name}`, {title: field.title, description: field.description}],
      ...headersOf(`${owner}.${field.name}`, field),
    ]),
    ...(definition.of ?? []).flatMap((member) => headersOf(owner, member)),
  ]
  const headers = (schemaTypes as unknown as FieldDefinition[]).flatMap((definition) => headersOf(definition.name, definition))

  test('every field header is laid out right to left (every title or description is Arabic)', () => {
    expect(headers.length).toBeGreaterThan(50)
    expect(headers.filter(([, header]) => fieldHeaderDirection(header) !== 'rtl').map(([path]) => path)).toEqual([])
  })

  test('Latin-valued fields get a right-to-left header too', () => {
    const latin = ['citation.doi', 'citation.pmid', 'citation.url', 'clinic.domain', 'person.email']
    const found = headers.filter(([path]) => latin.includes(path)).map(([path, header]) => [path, fieldHeaderDirection(header)])
    expect(found.toSorted()).toEqual(latin.map((path) => [path, 'rtl']))
  })
})
