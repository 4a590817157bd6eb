// listVersions: a named list's values carried from its last version by position, only where the
// item is the same object, the context is the same and the caller agrees; otherwise made anew.
import {describe, expect, it} from 'vitest'
import {listVersions} from '../../src/memo/listVersions.ts'

const doc = (title: string) => ({title})

describe('listVersions', () => {
  it('makes only what moved or changed, and gives what making everything gives', () => {
    const made: string[] = []
    const versions = listVersions<{title: string}, string>()
    const make = (item: {title: string}, index: number) => {
      made.push(item.title)
      return `${index}: ${item.title}`
    }
    const [a, b, c] = [doc('أ'), doc('ب'), doc('ج')]
    expect(versions('clinic', [a, b, c], make)).toEqual(['0: أ', '1: ب', '2: ج'])
    expect(versions('clinic', [a, doc('بٌ'), c], make)).toEqual(['0: أ', '1: بٌ', '2: ج'])
    expect(versions('clinic', [c, a], make)).toEqual(['0: ج', '1: أ'])
    expect(made).toEqual(['أ', 'ب', 'ج', 'بٌ', 'ج', 'أ'])
  })

  it('carries nothing over when the context changed, or where the caller says no', () => {
    const versions = listVersions<{title: string}, {title: string; locale: string}>()
    const [a, b] = [doc('أ'), doc('ب')]
    const inLocale = (locale: string) => (item: {title: string}) => ({title: item.title, locale})
    versions('clinic', [a, b], inLocale('ar-EG'), {context: ['ar-EG']})
    expect(versions('clinic', [a, b], inLocale('ar-AE'), {context: ['ar-AE']}).map(({locale}) => locale)).toEqual(['ar-AE', 'ar-AE'])
    const refused = versions('clinic', [a, b], inLocale('ar-SA'), {context: ['ar-AE'], stillGood: (_, index) => index === 0})
    expect(refused.map(({locale}) => locale)).toEqual(['ar-AE', 'ar-SA'])
  })

  it('keeps lists with different names apart', () => {
    const versions = listVersions<{title: string}, string>()
    const a = doc('أ')
    versions('nour-cairo', [a], () => 'القاهرة')
    expect(versions('lulu-dubai', [a], () => 'دبي')).toEqual(['دبي'])
    expect(versions('nour-cairo', [a], () => 'لا يُستدعى')).toEqual(['القاهرة'])
  })
})
