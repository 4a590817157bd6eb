// renderIndexPage: the clinic home page lists its published articles and the procedures it offers.
import {describe, expect, it} from 'vitest'
import {renderIndexPage} from '../../src/render/index.ts'
import {siteInput} from './fixtures.ts'
import {asText} from '../support/textFile.ts'

describe('renderIndexPage', () => {
  const page = asText(renderIndexPage(siteInput()))

  it('is the site root, RTL in the clinic locale, with a canonical link', () => {
    expect(page.path).toBe('index.html')
    expect(page.contents).toContain('<html lang="ar-EG" dir="rtl">')
    expect(page.contents).toContain('<link rel="canonical" href="https://nour.example/">')
    expect(page.contents).toContain('<h1>عيادة نور</h1>')
  })

  it('lists published articles, most recently reviewed first, with excerpt and review date', () => {
    expect(page.contents).toContain(
      '<ul class="article-list"><li><h3><a href="/articles/mesotherapy-realistic/">الميزوثيرابي للشعر والبشرة: نتائج واقعية</a></h3><p class="excerpt">قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.</p><p class="meta">آخر مراجعة طبية للمقال: <time datetime="2026-10-01">١ أكتوبر ٢٠٢٦</time></p></li><li><h3><a href="/articles/prp-hair/">البلازما للشعر: ماذا تقول الدراسات؟</a></h3>',
    )
    expect(page.contents).not.toContain('meso-marketing')
  })

  it('lists the procedures the clinic offers and no others', () => {
    expect([...page.contents.matchAll(/href="(\/procedures\/[^"]+)"/g)].map((match) => match[1])).toEqual(['/procedures/mesotherapy/', '/procedures/prp/'])
  })

  it('says so when nothing is published yet', () => {
    expect(asText(renderIndexPage(siteInput('clinic.nour-cairo', {published: new Set()}))).contents).toContain('<p>لا توجد مقالات منشورة بعد.</p>')
  })
})
