// holdWhileQueried: the read done on open serves the first queries, overlapping queries share one
// dataset, a query after they settled reads again (once for all that overlap), and none after release.
import {describe, expect, it} from 'vitest'
import {holdWhileQueried} from '../../src/sources/local/holdWhileQueried.ts'

const opened = {read: 'عند الفتح'}

const counting = () => {
  let reads = 0
  const reread = async () => {
    reads++
    return {read: `إعادة القراءة ${reads}`}
  }
  return {reread, reads: () => reads}
}

const readOf = async (dataset: {read: string}) => dataset.read

describe('holdWhileQueried', () => {
  it('answers the first queries from the read done on open, without reading again', async () => {
    const file = counting()
    const held = holdWhileQueried(opened, file.reread)
    expect(await Promise.all([held.query(readOf), held.query(readOf)])).toEqual(['عند الفتح', 'عند الفتح'])
    expect(file.reads()).toBe(0)
  })

  it('lets the dataset go once the queries settle, and reads it again for the next one', async () => {
    const file = counting()
    const held = holdWhileQueried(opened, file.reread)
    await held.query(readOf)
    expect(await held.query(readOf)).toBe('إعادة القراءة 1')
    expect(await held.query(readOf)).toBe('إعادة القراءة 2')
  })

  it('reads once for queries that overlap, and shares that dataset with a query started while it runs', async () => {
    const file = counting()
    const held = holdWhileQueried(opened, file.reread)
    await held.query(readOf)
    let late: Promise<string> | undefined
    const first = held.query(async (dataset) => {
      late = held.query(readOf)
      return dataset.read
    })
    expect(await Promise.all([first, held.query(readOf)])).toEqual(['إعادة القراءة 1', 'إعادة القراءة 1'])
    expect(await late).toBe('إعادة القراءة 1')
    expect(file.reads()).toBe(1)
  })

  it('keeps the dataset while a query that failed settles, and reads again after', async () => {
    const file = counting()
    const held = holdWhileQueried(opened, file.reread)
    await expect(held.query(async () => Promise.reject(new Error('استعلام معطوب')))).rejects.toThrow('استعلام معطوب')
    expect(await held.query(readOf)).toBe('إعادة القراءة 1')
  })

  it('refuses a query after release', async () => {
    const held = holdWhileQueried(opened, counting().reread)
    held.release()
    await expect(held.query(readOf)).rejects.toThrow('after its source was closed')
  })
})
