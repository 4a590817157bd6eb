// previewTitle: a document keeps its own name in the Studio's lists and pane titles, and one not named
// yet is called so in Arabic instead of Sanity's English «New»/«Untitled».
import {describe, expect, it} from 'vitest'
import {schemaTypes} from '../../schemas/index.ts'
import {previewTitle, UNTITLED} from '../../src/studio/previews/untitledPreview.ts'

describe('previewTitle', () => {
  it.each([
    ['article', 'الميزوثيرابي للشعر', 'الميزوثيرابي للشعر'],
    ['article', undefined, 'مقال بلا عنوان'],
    ['article', '   ', 'مقال بلا عنوان'],
    ['claim', '', 'ادعاء لم يُكتب نصه'],
    ['risk', 'ألم موضعي', 'ألم موضعي'],
    ['procedure', null, 'إجراء بلا اسم'],
  ] as const)('%s «%s» → «%s»', (type, title, expected) => {
    expect(previewTitle(type, title)).toBe(expected)
  })

  it('names every document type of the schema, and each one’s preview uses it', () => {
    const documents = (schemaTypes as unknown as {name: string; type: string; preview?: {prepare?: (value: Record<string, unknown>) => {title?: unknown}}}[]).filter((type) => type.type === 'document')
    expect(Object.keys(UNTITLED).sort()).toEqual(documents.map((type) => type.name).sort())
    for (const type of documents) expect(type.preview?.prepare?.({title: undefined}).title, type.name).toBe(UNTITLED[type.name as keyof typeof UNTITLED])
  })
})
