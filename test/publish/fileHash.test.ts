// The manifest's file hash: computed off the main thread for large files, and always the same hex
// sha256 a plain digest gives, for Arabic text of every size around the cut-over.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {sha256, sha256OffThread, withSha256} from '../../src/publish/fileHash.ts'

const plain = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const arabic = (bytes: number): Buffer => {
  const sentence = Buffer.from('الميزوثيرابي إجراءٌ تجميليّ ـــ يُجرى في ٣ جلسات؛ mesotherapy (ميزو) \u200f. ')
  return Buffer.concat(Array.from({length: Math.ceil(bytes / sentence.length)}, () => sentence)).subarray(0, bytes)
}

describe('sha256OffThread', () => {
  it.each([0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 3_000_000])('gives the plain digest of %i bytes', async (size) => {
    const bytes = arabic(size)
    expect(await sha256OffThread(bytes)).toBe(plain(bytes))
    expect(sha256(bytes)).toBe(plain(bytes))
  })

  it('hashes text as its UTF-8 bytes', async () => {
    expect(await sha256OffThread('نصٌّ عربيّ ١٢٣')).toBe(plain(Buffer.from('نصٌّ عربيّ ١٢٣')))
  })

  it('hashes only the bytes of a view, not the buffer behind it', async () => {
    const whole = arabic(200_000)
    const view = whole.subarray(1000, 150_000)
    expect(await sha256OffThread(view)).toBe(plain(Buffer.from(view)))
  })
})

describe('withSha256', () => {
  it('encodes text once as UTF-8 and hashes those bytes', () => {
    const file = withSha256({path: 'index.html', contents: 'صفحة عربية'})
    expect(Buffer.from(file.contents).toString('utf8')).toBe('صفحة عربية')
    expect(file.sha256).toBe(plain(Buffer.from('صفحة عربية')))
  })
})
