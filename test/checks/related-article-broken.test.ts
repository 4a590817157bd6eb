// related-article-broken: an entry of «مقالات ذات صلة» that is not a published, valid article is a
// warning at that entry; the article still publishes and its page leaves the link out.
import {describe, expect, test} from 'vitest'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {isPublishable} from '../../src/gate/checkArticle.ts'
import {buildDataset, copyBundledDataset, removedAfterEach, siteFiles, tempDir} from '../support/bundledDataset.ts'
import {gateFindings, graphWith, ref, seed004Article, summarize, supportingDocuments} from '../support/gateFixtures.ts'

const RULE = 'related-article-broken'
const cleanup = removedAfterEach()

// Another published article: seed 004 listing itself would be a self-reference, not a related article.
const otherArticle = {...seed004Article(), _id: 'article.other', slug: {current: 'other'}}

describe(RULE, () => {
  test.each([
    {name: 'no related articles', related: [], expected: []},
    {name: 'a related article that is published', related: [ref('article.other', 'r1')], expected: []},
    {
      name: 'a related article that is not there, beside one that is',
      related: [ref('article.other', 'r1'), ref('article.ghost', 'r2')],
      expected: [`${RULE} warning relatedArticles[_key=="r2"]`],
      says: 'يشير إلى article.ghost وهو غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد). لا يظهر هذا الرابط في الصفحة، ويُنشر المقال من دونه. انشر المستند',
    },
    {
      name: 'an entry without a _key, naming a person',
      related: [ref('person.mona')],
      expected: [`${RULE} warning relatedArticles[0]`],
      says: 'وهو مستند من نوع «شخص» والمتوقع «مقال».',
    },
    // The page never links an article to itself; the writer is told why the entry shows nothing.
    {
      name: 'the article itself, beside a related article',
      related: [ref('article.other', 'r2'), ref('article.meso-realistic', 'r1')],
      expected: [`${RULE} warning relatedArticles[_key=="r1"]`],
      says: 'الربط في «مقالات ذات صلة» يشير إلى المقال نفسه (article.meso-realistic)، والمقال لا يكون ذا صلة بنفسه. لا يظهر هذا الرابط في الصفحة، ويُنشر المقال من دونه. احذف الربط، أو اختر مقالًا آخر.',
    },
    {
      name: 'an unpublished copy of the article itself',
      related: [ref('drafts.article.meso-realistic', 'r1')],
      expected: [`${RULE} warning relatedArticles[_key=="r1"]`],
      says: 'يشير إلى المقال نفسه (drafts.article.meso-realistic)',
    },
  ])('$name', ({related, expected, says}) => {
    const findings = gateFindings(graphWith(seed004Article({relatedArticles: related}), {extra: [otherArticle]}))
    expect(summarize(findings.filter((finding) => finding.ruleId === RULE || finding.ruleId === 'reference-broken'))).toEqual(expected)
    expect(isPublishable(findings)).toBe(true)
    if (says) expect(findings.find((finding) => finding.ruleId === RULE)!.message).toContain(says)
  })

  test('a related article that fails the content model is named as such, not as deleted', () => {
    const other = {...seed004Article(), _id: 'article.other', slug: {current: 'other'}, title: 42}
    const parsed = parseDocuments([...supportingDocuments().filter((document) => document._id !== 'article.meso-realistic'), seed004Article({relatedArticles: [ref('article.other', 'r1')]}), other])
    const findings = gateFindings(buildContentGraph(parsed.documents), {parseFindings: parsed.findings}).filter((finding) => finding.ruleId === RULE)
    expect(findings[0]!.message).toBe(
      'الربط في «مقالات ذات صلة» يشير إلى article.other، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه). لا يظهر هذا الرابط في الصفحة، ويُنشر المقال من دونه. أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.',
    )
  })

  // One invalid article once took down every article listing it, in every clinic.
  test('on the bundled dataset: the article listing an invalid one still publishes everywhere, without the link', async () => {
    const dataset = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'article.hair-home-routine' ? {...document, nextReviewDue: '٢٠٢٧-٠١-٠١'} : document)),
    )
    const outDir = await tempDir('sanad-related-broken-')
    cleanup(dataset, outDir)
    const report = await buildDataset(dataset, outDir)
    for (const clinic of report.clinics) {
      expect(clinic.published.map((article) => article.articleId), clinic.slug).toContain('article.meso-realistic')
      const warnings = clinic.warnings.find((article) => article.articleId === 'article.meso-realistic')!.findings
      expect(warnings.filter((finding) => finding.ruleId === RULE).map((finding) => finding.path)).toEqual([expect.stringMatching(/^relatedArticles\[_key=="/)])
      const page = (await siteFiles(`${outDir}/${clinic.slug}`))['articles/mesotherapy-hair-skin-realistic-results/index.html']
      expect(page, clinic.slug).toBeDefined()
    }
    const cairo = await siteFiles(`${outDir}/nour-cairo`)
    expect(Object.keys(cairo).some((path) => path.startsWith('articles/hair-home-routine'))).toBe(false)
  })

  test('on the bundled dataset: an article listing itself is told so, and its page and API list only the other', async () => {
    const selfKey = 'self-entry'
    const dataset = await copyBundledDataset((documents) =>
      documents.map((document) =>
        document._id === 'article.hair-home-routine'
          ? {...document, relatedArticles: [{_key: selfKey, _type: 'reference', _ref: 'article.hair-home-routine'}, ...(document.relatedArticles as unknown[])]}
          : document,
      ),
    )
    const outDir = await tempDir('sanad-related-self-')
    cleanup(dataset, outDir)
    const report = await buildDataset(dataset, outDir)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.published.map((article) => article.articleId)).toContain('article.hair-home-routine')
    const warnings = cairo.warnings.find((article) => article.articleId === 'article.hair-home-routine')!.findings.filter((finding) => finding.ruleId === RULE)
    expect(warnings.map(({path, message}) => [path, message])).toEqual([
      [
        `relatedArticles[_key=="${selfKey}"]`,
        'الربط في «مقالات ذات صلة» يشير إلى المقال نفسه (article.hair-home-routine)، والمقال لا يكون ذا صلة بنفسه. لا يظهر هذا الرابط في الصفحة، ويُنشر المقال من دونه. احذف الربط، أو اختر مقالًا آخر.',
      ],
    ])
    const files = await siteFiles(`${outDir}/nour-cairo`)
    const text = (path: string) => Buffer.from(files[path]!, 'base64').toString('utf8')
    const page = text('articles/hair-home-routine/index.html')
    const related = page.slice(page.indexOf('<section class="related"'), page.indexOf('</section>', page.indexOf('<section class="related"')))
    expect([related.includes('mesotherapy-hair-skin-realistic-results'), related.includes('hair-home-routine')]).toEqual([true, false])
    const api = JSON.parse(text('api/v1/articles/hair-home-routine.json')) as {article: {relatedArticles: {slug: string}[]}}
    expect(api.article.relatedArticles.map((link) => link.slug)).toEqual(['mesotherapy-hair-skin-realistic-results'])
  })
})
