// shareEmptyArrays (through parseDocument, the zod boundary): every empty list in a parsed document is
// one frozen array, lists with items are untouched, and a change to a shared empty list throws.
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {shareEmptyArrays} from '../../src/content/shareEmptyArrays.ts'

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
})

const parsedArticle = () => {
  const parsed = parseDocument({
    _id: 'article.meso-realistic',
    _type: 'article',
    _createdAt: '2026-01-10T09:00:00Z',
    _updatedAt: '2026-06-01T09:00:00Z',
    _rev: 'r1',
    title: 'الميزوثيرابي للبشرة: ما الذي يمكن توقّعه فعلًا؟',
    slug: {_type: 'slug', current: 'mesotherapy-skin'},
    body: [block('b1', 'الجلسة الأولى تمهيد.'), block('b2', 'النتيجة تظهر بعد أسابيع.')],
    targetClinics: [{_type: 'reference', _ref: 'clinic.nour-cairo', _key: 't1'}],
  })
  if (!('document' in parsed) || parsed.document._type !== 'article') throw new Error(`expected an article, got ${JSON.stringify(parsed)}`)
  return parsed.document
}

describe('shareEmptyArrays', () => {
  it('gives every empty list of a parsed document, given or defaulted, the same frozen array', () => {
    const article = parsedArticle()
    const [first, second] = article.body
    if (first?._type !== 'block' || second?._type !== 'block') throw new Error('expected two text blocks')
    const empties = [first.markDefs, second.markDefs, first.children[0]!.marks, second.children[0]!.marks, article.procedures, article.relatedArticles]
    for (const empty of empties) {
      expect(empty).toEqual([])
      expect(empty).toBe(first.markDefs)
    }
    expect(Object.isFrozen(first.markDefs)).toBe(true)
  })

  it('leaves lists with items as they are', () => {
    const article = parsedArticle()
    expect(Object.isFrozen(article.body)).toBe(false)
    expect(article.targetClinics.map((clinic) => clinic._ref)).toEqual(['clinic.nour-cairo'])
  })

  it('makes a change to a shared empty list throw instead of reaching every document', () => {
    const article = parsedArticle()
    expect(() => article.procedures.push({_ref: 'procedure.meso'})).toThrow(TypeError)
    expect(parsedArticle().procedures).toEqual([])
  })

  it('does not replace the value it is given, even an empty array', () => {
    const empty: unknown[] = []
    expect(shareEmptyArrays(empty)).toBe(empty)
    expect(Object.isFrozen(empty)).toBe(false)
  })
})
