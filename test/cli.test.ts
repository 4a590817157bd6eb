// The `sanad` command as a user runs it: exit codes, report formats, and operational errors that
// name what is wrong and what to do.
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startSanityApiServer, type SanityApiServer} from './support/sanityApiServer.ts'
import {copyBundledDataset, readBundledDocuments, tempDir} from './support/bundledDataset.ts'
import {runSanad} from './support/runSanad.ts'

const EXPORT_FIXTURE = '../shared/fixtures/sanity-export-sample.tar.gz'

const sanad = runSanad

let outDir: string
beforeAll(async () => {
  outDir = await tempDir('sanad-cli-')
})
afterAll(async () => {
  await rm(outDir, {recursive: true, force: true})
})

describe('sanad check', () => {
  it('exits 1 and reports blocked articles in JSON', async () => {
    const result = await sanad(['check', '--now', '2026-11-21', '--format', 'json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    const cairo = report.clinics.find((clinic: {slug: string}) => clinic.slug === 'nour-cairo')
    expect(cairo.published.map((article: {articleId: string}) => article.articleId).sort()).toEqual([
      'article.hair-home-routine',
      'article.meso-realistic',
    ])
    const marketing = cairo.blocked.find((article: {articleId: string}) => article.articleId === 'article.meso-marketing')
    expect(marketing.findings[0]).toEqual({
      ruleId: 'disclaimer-missing',
      severity: 'error',
      message: expect.stringContaining('إخلاء المسؤولية'),
      documentId: 'article.meso-marketing',
      path: 'body',
      url: 'docs/rules/disclaimer-missing.md',
    })
    const faq = cairo.blocked.find((article: {articleId: string}) => article.articleId === 'article.meso-session-faq')
    expect(faq.findings).toEqual([{
      ruleId: 'banned-claim',
      severity: 'error',
      message: expect.stringContaining('«بدون أي ألم»'),
      documentId: 'article.meso-session-faq',
      path: 'body[_key=="7d3b9f1e5a08"].items[_key=="8f0a2c4e6b9d"].answer',
      url: 'docs/rules/banned-claim.md',
    }])
  })

  it('exits 0 for a clinic with nothing blocked', async () => {
    const dataset = await import('./support/bundledDataset.ts')
    const dir = await dataset.copyBundledDataset((documents) =>
      documents.filter((document) => !['article.prp-hair-intro'].includes(document._id)),
    )
    const result = await sanad(['check', '--dataset', dir, '--clinic', 'rawda-riyadh', '--now', '2026-11-21'])
    await rm(dir, {recursive: true, force: true})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('جاهز للنشر: 1 · محجوب: 0')
  })
})

describe('sanad build', () => {
  it('publishes and exits 0 by default, 1 with --strict when something was blocked', async () => {
    const normal = await sanad(['build', '--out', outDir, '--now', '2026-11-21'])
    expect(normal.code).toBe(0)
    expect(normal.stdout).toContain('✗ الميزوثيرابي للبشرة: فوائده وطريقة الحقن ومدة الجلسة')
    expect(normal.stderr).toContain('sanad: nour-cairo: 2 of 5 articles pass the gate')
    const strict = await sanad(['build', '--out', outDir, '--now', '2026-11-21', '--strict', '--clinic', 'nour-cairo'])
    expect(strict.code).toBe(1)
  })

  it('holds back the release of a clinic whose name makes a banned claim: exit 0, 1 with --strict, and the JSON says why', async () => {
    const dataset = await copyBundledDataset((documents) => documents.map((document) => (document._id === 'clinic.rawda-riyadh' ? {...document, name: 'مركز الأفضل للجلدية'} : document)))
    const out = await tempDir('sanad-cli-held-')
    try {
      const normal = await sanad(['build', '--dataset', dataset, '--out', out, '--now', '2026-11-21', '--clinic', 'rawda-riyadh'])
      expect(normal.code).toBe(0)
      expect(normal.stdout).toContain('  ✗ لم يُنشر الموقع، ولا موقع سابق له: في نصوص العيادة التي تظهر في كل صفحة من موقعها، أو في عناوين صفحاته، خطأ يمنع النشر')
      expect(normal.stderr).toContain("sanad: rawda-riyadh: NOT published, and it has no previous site: the clinic's own texts, shown on every page, or its site's addresses fail the gate (see the report's clinicFindings), 1 error(s)")
      const strict = await sanad(['build', '--dataset', dataset, '--out', out, '--now', '2026-11-21', '--strict', '--format', 'json'])
      expect(strict.code).toBe(1)
      const clinics = JSON.parse(strict.stdout).clinics as Array<{slug: string; clinicFindings: Array<{ruleId: string; documentId: string; path: string}>; published: unknown[]}>
      expect(clinics.map(({slug, clinicFindings, published}) => [slug, clinicFindings.map(({ruleId, documentId, path}) => `${ruleId} ${documentId} ${path}`), published.length])).toEqual([
        ['lulu-dubai', [], 1],
        ['nour-cairo', [], 2],
        ['rawda-riyadh', ['banned-claim clinic.rawda-riyadh name'], 0],
      ])
    } finally {
      await rm(dataset, {recursive: true, force: true})
      await rm(out, {recursive: true, force: true})
    }
  })

  it('fails --strict when a document could not be read, though no article was blocked', async () => {
    // No articles, so none is blocked; one procedure that does not parse is left out of the build.
    const dataset = await copyBundledDataset((documents) =>
      documents.filter((document) => document._type !== 'article').map((document) => (document._id === 'procedure.prp-hair' ? {...document, name: 123} : document)),
    )
    try {
      const result = await sanad(['build', '--dataset', dataset, '--out', outDir, '--now', '2026-11-21', '--strict', '--format', 'json'])
      expect(JSON.parse(result.stdout).datasetFindings.map((finding: {ruleId: string; documentId: string}) => `${finding.ruleId} ${finding.documentId}`)).toEqual([
        'schema-invalid procedure.prp-hair',
      ])
      expect(result.code).toBe(1)
    } finally {
      await rm(dataset, {recursive: true, force: true})
    }
  })

  it('publishes an article whose line the export repeats, and lists the repetition as a dataset warning', async () => {
    const dataset = await copyBundledDataset((documents) => [...documents, documents.find((document) => document._id === 'article.meso-realistic')!])
    try {
      const result = await sanad(['check', '--dataset', dataset, '--now', '2026-11-21', '--format', 'json', '--clinic', 'lulu-dubai'])
      const report = JSON.parse(result.stdout)
      expect(report.clinics[0].published.map((entry: {articleId: string}) => entry.articleId)).toContain('article.meso-realistic')
      expect(report.datasetFindings.map((finding: {severity: string; message: string}) => [finding.severity, finding.message.includes('article.meso-realistic')])).toEqual([['warning', true]])
    } finally {
      await rm(dataset, {recursive: true, force: true})
    }
  })

  // Before: in no clinic's part of the report, so a writer expecting the article online was told nothing.
  it('lists an article that reaches no clinic as a dataset warning, in Arabic and by title, and publishes the rest', async () => {
    const dataset = await copyBundledDataset((documents) =>
      documents.map((document) => {
        if (document._id === 'article.hair-home-routine') return {...document, targetClinics: [{_type: 'reference', _ref: 'clinic.closed-branch', _key: 'gone'}]}
        if (document._id === 'article.meso-aftercare') return {...document, targetClinics: []}
        return document
      }),
    )
    try {
      const result = await sanad(['check', '--dataset', dataset, '--now', '2026-11-21', '--format', 'json'])
      const report = JSON.parse(result.stdout)
      expect(report.datasetFindings.map((finding: {ruleId: string; severity: string; documentId: string; path: string}) => `${finding.severity} ${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual([
        'warning target-clinics-missing article.hair-home-routine targetClinics',
        'warning target-clinics-missing article.meso-aftercare targetClinics',
      ])
      expect(report.clinics.flatMap((clinic: {published: {articleId: string}[]}) => clinic.published.map((entry) => entry.articleId))).not.toContain('article.hair-home-routine')
      expect(report.clinics.find((clinic: {slug: string}) => clinic.slug === 'nour-cairo').published.map((entry: {articleId: string}) => entry.articleId)).toEqual(['article.meso-realistic'])
      // Named by its title: the report lists it among other documents, not under an article.
      const text = await sanad(['check', '--dataset', dataset, '--now', '2026-11-21', '--clinic', 'lulu-dubai'])
      expect(text.stdout).toContain('تحذير [target-clinics-missing] المقال «روتين منزلي داعم لفروة الرأس أثناء علاج التساقط» لا يصل إلى أي موقع: لا عيادة منشورة بين «العيادات المستهدفة»، فلم تُفحص شروط النشر بعد. اختر عيادة منشورة، أو انشر العيادة أولًا.')
      expect(text.stdout).toContain('لا يصل إلى أي موقع: لم تُختر عيادة يُنشر فيها المقال')
    } finally {
      await rm(dataset, {recursive: true, force: true})
    }
  })

  it('builds the real Sanity export fixture without error and says there is nothing to publish', async () => {
    const result = await sanad(['build', '--dataset', EXPORT_FIXTURE, '--out', outDir, '--format', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.clinics).toEqual([])
    expect(report.documents).toMatchObject({skippedSystem: 6, skippedUnknown: {post: 3, page: 1, settings: 1}})
    const text = await sanad(['build', '--dataset', EXPORT_FIXTURE, '--out', outDir])
    expect(text.stdout).toContain('لا توجد عيادات في مجموعة البيانات هذه، فلا شيء يُنشر')
  })
})

describe('operational errors', () => {
  it.each([
    [['build', '--clinic', 'nowhere'], /CLINIC_UNKNOWN: No clinic with slug "nowhere".*Known clinics: lulu-dubai, nour-cairo, rawda-riyadh/],
    [['check', '--dataset', '/nonexistent/export.tar.gz'], /DATASET_NOT_FOUND: .*\/nonexistent\/export\.tar\.gz/],
    [['check', '--now', 'tomorrow'], /USAGE: --now must be a real date like 2026-11-21/],
    [['check', '--now', '2025-02-30'], /USAGE: --now must be a real date like 2026-11-21, got "2025-02-30"/],
    [['check', '--dataset', ''], /USAGE: --dataset was given an empty value/],
    [['build', '--out', ''], /USAGE: --out was given an empty value/],
    [['check', '--format', 'xml'], /argument 'xml' is invalid/],
  ])('%j exits 2 with a message that says what to do', async (args, message) => {
    const result = await sanad(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('names the bad environment variable', async () => {
    const result = await sanad(['check'], {SANITY_PROJECT_ID: 'Not A Project!'})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/ENV_INVALID: .*SANITY_PROJECT_ID/)
    expect(result.stderr).toContain('what to do:')
  })

  it('SANITY_DATASET without SANITY_PROJECT_ID: says to set SANITY_PROJECT_ID or unset SANITY_DATASET, not the reverse', async () => {
    const result = await sanad(['check'], {SANITY_DATASET: 'production'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'sanad: ENV_INVALID: SANITY_DATASET is set but SANITY_PROJECT_ID is not: set SANITY_PROJECT_ID to the project id shown at sanity.io/manage, or unset SANITY_DATASET to build the bundled sample dataset.\n' +
        '  what to do: To read the Content Lake, set SANITY_PROJECT_ID to the project id shown at sanity.io/manage (see "Connecting to a real Sanity project" in README.md); to use the bundled sample dataset, unset SANITY_DATASET.\n',
    )
  })

  // Ignored, it would build the bundled sample articles as the project's.
  it('a misspelled SANITY_PROJECT_ID: exits 2 naming it and the variable meant, building nothing', async () => {
    const result = await sanad(['build', '--out', join(outDir, 'misspelled')], {SANITY_PROJECTID: 'abc'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'sanad: ENV_INVALID: SANITY_PROJECTID is set, but Sanad reads no variable of that name: did you mean SANITY_PROJECT_ID?\n' +
        '  what to do: Rename each variable named above to the name Sanad reads (or unset it): a misspelled one is ignored, and without SANITY_PROJECT_ID Sanad would build the bundled sample dataset instead of your project.\n',
    )
    expect(result.stdout).toBe('')
  })

  it('prints help', async () => {
    const result = await sanad(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Usage: sanad \[options\] \[command\][\s\S]*check[\s\S]*build/)
  })
})

describe('sanad build from an export that is cut short, empty, or without its images', () => {
  const published = (stdout: string) =>
    JSON.parse(stdout).clinics.map((clinic: {slug: string; published: {articleId: string}[]}) => [clinic.slug, clinic.published.map((a) => a.articleId)])

  it.each([
    ['that is cut off mid-document', async (dataset: string) => writeFile(join(dataset, 'data.ndjson'), (await readFile(join(dataset, 'data.ndjson'))).subarray(0, 100_000)), /DATASET_UNREADABLE: \S+data\.ndjson ends in the middle of a document: line \d+, its last line, breaks off at byte 100000/],
    ['that is empty', async (dataset: string) => writeFile(join(dataset, 'data.ndjson'), ''), /DATASET_UNREADABLE: \S+data\.ndjson holds no documents \(the file is empty\)/],
  ])('exits 2 for an export %s and leaves the live sites as they were', async (_, damage, message) => {
    const dataset = await copyBundledDataset()
    const out = await tempDir('sanad-cli-cut-')
    try {
      expect((await sanad(['build', '--dataset', dataset, '--out', out, '--now', '2026-11-21'])).code).toBe(0)
      const live = await readdir(join(out, 'nour-cairo', 'articles'))
      await damage(dataset)
      const result = await sanad(['build', '--dataset', dataset, '--out', out, '--now', '2026-11-21', '--format', 'json'])
      expect([result.code, result.stdout]).toEqual([2, ''])
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toContain('what to do: Re-export the dataset with `sanity dataset export`')
      expect(await readdir(join(out, 'nour-cairo', 'articles'))).toEqual(live)
    } finally {
      await rm(dataset, {recursive: true, force: true})
      await rm(out, {recursive: true, force: true})
    }
  })

  it('publishes the same articles without images/, and lists each missing image as a warning on its document and field', async () => {
    const dataset = await copyBundledDataset()
    try {
      await rm(join(dataset, 'images'), {recursive: true})
      const result = await sanad(['check', '--dataset', dataset, '--format', 'json', '--now', '2026-11-21'])
      const bundled = await sanad(['check', '--format', 'json', '--now', '2026-11-21'])
      expect(published(result.stdout)).toEqual(published(bundled.stdout))
      expect(JSON.parse(result.stdout).datasetFindings.map((finding: {ruleId: string; severity: string; documentId: string; path: string}) => `${finding.severity} ${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual([
        'warning image-missing article.meso-realistic heroImage',
        'warning image-missing clinic.lulu-dubai branding.logo',
        'warning image-missing clinic.nour-cairo branding.logo',
        'warning image-missing clinic.rawda-riyadh branding.logo',
      ])
    } finally {
      await rm(dataset, {recursive: true, force: true})
    }
  })
})

describe('sanad build against the Sanity HTTP API', () => {
  let server: SanityApiServer
  beforeAll(async () => {
    server = await startSanityApiServer({documents: await readBundledDocuments(), dataset: 'production', token: 'sk-test'})
  })
  afterAll(() => server.close())

  it('publishes the same articles from the Content Lake as from the bundled export', async () => {
    const env = {
      SANITY_PROJECT_ID: 'sanad000',
      SANITY_DATASET: 'production',
      SANITY_READ_TOKEN: 'sk-test',
      SANITY_API_HOST: server.url,
    }
    const remote = await sanad(['check', '--format', 'json', '--now', '2026-11-21'], env)
    const local = await sanad(['check', '--format', 'json', '--now', '2026-11-21'])
    const published = (stdout: string) =>
      JSON.parse(stdout).clinics.map((clinic: {slug: string; published: {articleId: string}[]}) => [clinic.slug, clinic.published.map((a) => a.articleId)])
    expect(remote.code).toBe(1)
    expect(published(remote.stdout)).toEqual(published(local.stdout))
    expect(server.requests.every((request) => request.authorization === 'Bearer sk-test')).toBe(true)
    // The drafts the published perspective leaves out are listed as the export lists them.
    const documents = (stdout: string) => JSON.parse(stdout).documents as {draftsIgnored: number | null; drafts?: unknown[]}
    expect(documents(remote.stdout).draftsIgnored).toBeGreaterThan(0)
    expect([documents(remote.stdout).draftsIgnored, documents(remote.stdout).drafts]).toEqual([documents(local.stdout).draftsIgnored, documents(local.stdout).drafts])
  })

  it('lists the drafts under «تعديلات غير منشورة» in the text report', async () => {
    const env = {SANITY_PROJECT_ID: 'sanad000', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-test', SANITY_API_HOST: server.url}
    const remote = await sanad(['check', '--now', '2026-11-21'], env)
    expect(remote.stdout).toMatch(/\n {2}◌ .+ {2}\(drafts\.article\.meso-realistic\)\n/)
  })

  it('a refused SANITY_READ_TOKEN is SANITY_UNAUTHORIZED naming it, with what to do', async () => {
    const env = {SANITY_PROJECT_ID: 'sanad000', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'bad', SANITY_API_HOST: server.url}
    const result = await sanad(['check', '--now', '2026-11-21'], env)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `sanad: SANITY_UNAUTHORIZED: Sanity answered HTTP 401 for project "sanad000", dataset "production" at ${server.url}/v2025-02-19: the token in SANITY_READ_TOKEN was refused, as unknown to this project, revoked or mistyped (Sanity: Unauthorized - Session not found).\n` +
        '  what to do: Set the token variable named above to a token of this project with the permission the command needs (Viewer to read drafts and private datasets, Editor for `sanad import --to-sanity`): create one at sanity.io/manage → API → Tokens.\n',
    )
  })
})
