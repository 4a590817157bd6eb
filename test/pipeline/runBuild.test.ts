// The main job end to end on the bundled dataset: who is published where, what is blocked and why,
// and what never reaches dist/.
import {readFile, readdir, readlink} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, NOW, tempDir} from '../support/bundledDataset.ts'

const DRAFT_MARKER = 'نسخة تجريبية غير منشورة'
let outDir: string
let report: RunReport

const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))

const clinic = (slug: string) => report.clinics.find((entry) => entry.slug === slug)!
const page = (slug: string, path: string) => readFile(join(outDir, slug, path), 'utf8')

beforeAll(async () => {
  outDir = await tempDir('sanad-dist-')
  const source = await openLocalSource(BUNDLED_DATASET)
  report = await runBuild({source, outDir, now: NOW})
  await source.close()
})

describe('sanad build on the bundled dataset', () => {
  it('publishes seed 004 to every clinic it targets', () => {
    for (const slug of ['nour-cairo', 'rawda-riyadh', 'lulu-dubai']) {
      expect(clinic(slug).published.map((article) => article.articleId)).toContain('article.meso-realistic')
    }
  })

  it('blocks seed 000 with disclaimer-missing, explained in Arabic', () => {
    const blocked = clinic('nour-cairo').blocked.find((article) => article.articleId === 'article.meso-marketing')!
    const disclaimer = blocked.findings.find((finding) => finding.ruleId === 'disclaimer-missing')!
    expect(disclaimer).toMatchObject({severity: 'error', documentId: 'article.meso-marketing', path: 'body'})
    expect(disclaimer.message).toMatch(/إخلاء المسؤولية/)
    expect(blocked.findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['disclaimer-missing', 'reviewer-missing', 'review-overdue']),
    )
  })

  it('blocks exactly the marketing, outdated-disclaimer and banned-claim FAQ articles in nour-cairo', () => {
    expect(clinic('nour-cairo').published.map((article) => article.articleId)).toEqual(['article.hair-home-routine', 'article.meso-realistic'])
    expect(clinic('nour-cairo').blocked.map((article) => article.articleId)).toEqual([
      'article.meso-aftercare',
      'article.meso-marketing',
      'article.meso-session-faq',
    ])
  })

  it('blocks the FAQ article for its banned claim alone, at the FAQ answer that makes it', () => {
    const blocked = clinic('nour-cairo').blocked.find((article) => article.articleId === 'article.meso-session-faq')!
    expect(blocked.findings.map(({ruleId, severity, path}) => ({ruleId, severity, path}))).toEqual([
      {ruleId: 'banned-claim', severity: 'error', path: 'body[_key=="7d3b9f1e5a08"].items[_key=="8f0a2c4e6b9d"].answer'},
    ])
    expect(blocked.findings[0]!.message).toContain('«بدون أي ألم»')
  })

  it('blocks the article with a claim awaiting review and the one with an expired claim', () => {
    expect(clinic('rawda-riyadh').blocked.map((article) => [article.articleId, article.findings.map((f) => f.ruleId)])).toEqual([
      ['article.prp-hair-intro', ['claim-unapproved']],
    ])
    expect(clinic('lulu-dubai').blocked.map((article) => [article.articleId, article.findings.map((f) => f.ruleId)])).toEqual([
      ['article.microneedling-basics', ['claim-expired']],
    ])
  })

  it('writes pages only for published articles', async () => {
    await expect(page('nour-cairo', 'articles/mesotherapy-hair-skin-realistic-results/index.html')).resolves.toContain('dir="rtl"')
    await expect(page('nour-cairo', 'articles/mesotherapy-skin-benefits/index.html')).rejects.toThrow(/ENOENT/)
    await expect(page('rawda-riyadh', 'articles/hair-home-routine/index.html')).rejects.toThrow(/ENOENT/)
  })

  it('never lets content of a drafts. document reach dist/', async () => {
    const files = await filesUnder(outDir)
    expect(files.length).toBeGreaterThan(30)
    for (const file of files.filter((name) => /\.(html|css|json|xml|md)$/.test(name))) {
      expect(await readFile(file, 'utf8'), file).not.toContain(DRAFT_MARKER)
    }
  })

  it('links a related article only where it is published too', async () => {
    const link = 'href="/articles/hair-home-routine/"'
    await expect(page('nour-cairo', 'articles/mesotherapy-hair-skin-realistic-results/index.html')).resolves.toContain(link)
    await expect(page('rawda-riyadh', 'articles/mesotherapy-hair-skin-realistic-results/index.html')).resolves.not.toContain(link)
    await expect(page('lulu-dubai', 'articles/mesotherapy-hair-skin-realistic-results/index.html')).resolves.not.toContain(link)
  })

  it('gives each clinic page its own locale and only its own jurisdiction disclaimer', async () => {
    const riyadh = await page('rawda-riyadh', 'articles/mesotherapy-hair-skin-realistic-results/index.html')
    expect(riyadh).toContain('<html lang="ar-SA" dir="rtl">')
    expect(riyadh).toContain('<aside class="disclaimer" aria-label="إخلاء المسؤولية الطبية — السعودية (٢٠٢٦)"><h2>إخلاء المسؤولية الطبية — السعودية (٢٠٢٦)</h2>')
    expect(riyadh).not.toContain('إخلاء المسؤولية الطبية — مصر')
    expect(riyadh).not.toContain('إخلاء المسؤولية الطبية — الإمارات')
  })

  it('serves each clinic from a release folder the dist/<clinic> symlink points at', async () => {
    expect(await readlink(join(outDir, 'nour-cairo'))).toMatch(/^\.releases\/nour-cairo\//)
    expect(clinic('nour-cairo').release).toMatchObject({rendered: 2, reused: 0, removed: 0})
  })
})

afterAll(async () => {
  const {rm} = await import('node:fs/promises')
  await rm(outDir, {recursive: true, force: true})
})
