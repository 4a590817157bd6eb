// oncePerObject: one computation per object, and lists of objects mapped build after build with the
// same values as one call per object, whatever moved, came or went between two versions of a list.
import {describe, expect, it} from 'vitest'
import {oncePerObject} from '../../src/memo/oncePerObject.ts'

interface Doc {
  title: string
}

const counted = () => {
  const calls: string[] = []
  const titleLength = oncePerObject((doc: Doc) => {
    calls.push(doc.title)
    return `${doc.title}: ${[...doc.title].length}`
  })
  return {calls, titleLength}
}

describe('oncePerObject', () => {
  it('computes once per object, not per equal value', () => {
    const {calls, titleLength} = counted()
    const doc = {title: 'الميزوثيرابي'}
    expect([titleLength(doc), titleLength(doc), titleLength({title: 'الميزوثيرابي'})]).toEqual(['الميزوثيرابي: 12', 'الميزوثيرابي: 12', 'الميزوثيرابي: 12'])
    expect(calls).toHaveLength(2)
  })

  it('maps each version of a list to what one call per object gives, computing only new objects', () => {
    const {calls, titleLength} = counted()
    const [a, b, c] = [{title: 'أ'}, {title: 'بـب'}, {title: 'ةة'}]
    const versions: Doc[][] = [[a, b, c], [a, {title: 'بِ'}, c], [c, a], [], [a, b, c, {title: 'د ٤'}]]
    for (const list of versions) expect(titleLength.each(list, 'clinic-a')).toEqual(list.map((doc) => titleLength(doc)))
    expect(calls).toEqual(['أ', 'بـب', 'ةة', 'بِ', 'د ٤'])
  })

  it('keeps lists with different names apart', () => {
    const {titleLength} = counted()
    const [a, b] = [{title: 'أ'}, {title: 'ب'}]
    titleLength.each([a, b], 'clinic-a')
    expect(titleLength.each([b, a], 'clinic-b')).toEqual(['ب: 1', 'أ: 1'])
    expect(titleLength.each([a, b], 'clinic-a')).toEqual(['أ: 1', 'ب: 1'])
  })
})
