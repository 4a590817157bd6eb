// renderNotFoundPage: an Arabic 404 page with a way home, kept out of search indexes.
import {describe, expect, it} from 'vitest'
import {renderNotFoundPage} from '../../src/render/index.ts'
import {siteInput} from './fixtures.ts'

describe('renderNotFoundPage', () => {
  const page = renderNotFoundPage(siteInput())

  it('is 404.html in Arabic with a link home', () => {
    expect(page.path).toBe('404.html')
    expect(page.contents).toContain('<html lang="ar-EG" dir="rtl">')
    expect(page.contents).toContain('<h1>الصفحة غير موجودة</h1>')
    expect(page.contents).toContain('<a href="/">العودة إلى الصفحة الرئيسية</a>')
  })

  it('is not indexed and has no canonical link', () => {
    expect(page.contents).toContain('<meta name="robots" content="noindex">')
    expect(page.contents).not.toContain('rel="canonical"')
  })
})
