// `sanad import` end to end: drafts into a dataset file (sorted, re-import replaces) and into Sanity
// through @sanity/client against the local Content Lake stand-in over real HTTP; imported drafts
// show in the build report as drafts and are never published. Refusals (exit 2, nothing written):
// a --dataset that is an archive or no dataset, two files that would be one draft, a folder as input,
// a file nested deeper than the Markdown libraries can walk.
import {copyFile, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {mergeIntoNdjson} from '../../src/import/writeDraftsToDataset.ts'
import {copyBundledDataset, readBundledDocuments, tempDir} from '../support/bundledDataset.ts'
import {writeExportArchive} from '../sources/fixtures/exportFixtures.ts'
import {startSanityApiServer, type SanityApiServer} from '../support/sanityApiServer.ts'
import {runSanad} from '../support/runSanad.ts'

const SEEDS = ['test/fixtures/legacy/seed-000.md', 'test/fixtures/legacy/seed-004.md']

const sanad = runSanad

const ids = (ndjson: string) => ndjson.trim().split('\n').map((line) => (JSON.parse(line) as {_id: string})._id)

describe('mergeIntoNdjson', () => {
  it('keeps the lines sorted by _id, replaces a document with the same id, and leaves other lines byte for byte', () => {
    const before = '{"_id":"a","x":1}\n{"_id":"c", "spaced": true}\n'
    const after = mergeIntoNdjson(before, [{_id: 'b', x: 2}, {_id: 'a', x: 3}])
    expect(after).toBe('{"_id":"a","x":3}\n{"_id":"b","x":2}\n{"_id":"c", "spaced": true}\n')
  })
})

describe('sanad import --dataset', () => {
  let dir: string
  beforeAll(async () => {
    dir = await copyBundledDataset()
  })
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  it('adds the seeds as drafts, keeps the file sorted, and reports the findings', async () => {
    const result = await sanad(['import', ...SEEDS, '--dataset', dir, '--format', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.target).toEqual({kind: 'dataset', path: join(dir, 'data.ndjson')})
    expect(report.files.map((file: {draftId: string; faqItems: number; findings: unknown[]}) => [file.draftId, file.faqItems, file.findings.length])).toEqual([
      ['drafts.article.import-seed-000', 0, 4],
      ['drafts.article.import-seed-004', 3, 0],
    ])
    const written = ids(await readFile(join(dir, 'data.ndjson'), 'utf8'))
    expect(written).toEqual([...written].sort())
    expect(written).toEqual(expect.arrayContaining(['drafts.article.import-seed-000', 'drafts.article.import-seed-004']))
  })

  it('re-importing replaces the drafts instead of adding copies', async () => {
    const before = ids(await readFile(join(dir, 'data.ndjson'), 'utf8'))
    expect((await sanad(['import', SEEDS[1]!, '--dataset', dir])).code).toBe(0)
    expect(ids(await readFile(join(dir, 'data.ndjson'), 'utf8'))).toEqual(before)
  })

  it('the build report lists the imported drafts by title and publishes neither', async () => {
    const result = await sanad(['check', '--dataset', dir, '--now', '2026-11-21', '--format', 'json'])
    const report = JSON.parse(result.stdout)
    expect(report.documents.drafts).toEqual(
      expect.arrayContaining([
        {id: 'drafts.article.import-seed-000', type: 'article', title: 'الميزوثيرابي للبشرة: فوائده وطريقة الحقن ومدة الجلسة'},
        {id: 'drafts.article.import-seed-004', type: 'article', title: 'الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)'},
      ]),
    )
    const listed = report.clinics.flatMap((clinic: {published: {articleId: string}[]; blocked: {articleId: string}[]}) =>
      [...clinic.published, ...clinic.blocked].map((article) => article.articleId),
    )
    expect(listed.filter((id: string) => id.includes('import-'))).toEqual([])
    const text = await sanad(['check', '--dataset', dir, '--now', '2026-11-21'])
    expect(text.stdout).toContain('◌ الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)  (drafts.article.import-seed-004)')
  })

  it('without --dataset or --to-sanity it writes nothing and says so', async () => {
    const result = await sanad(['import', SEEDS[1]!])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1 draft: nothing written (pass --dataset <path> or --to-sanity to save the drafts)')
  })

  it('refuses --dataset together with --to-sanity (exit 2)', async () => {
    expect((await sanad(['import', SEEDS[1]!, '--dataset', dir, '--to-sanity'])).code).toBe(2)
  })
})

describe('sanad import --dataset refuses a file it must not rewrite (exit 2, file untouched)', () => {
  let scratch: string
  let archive: string
  beforeAll(async () => {
    scratch = await tempDir('sanad-import-refused-')
    archive = await writeExportArchive(join(scratch, 'export'), await readBundledDocuments(), [])
  })
  afterAll(async () => {
    await rm(scratch, {recursive: true, force: true})
  })

  it.each([
    {what: 'the .tar.gz the other commands read', name: 'production.tar.gz', write: (path: string) => copyFile(archive, path), says: /^sanad: IMPORT_DATASET_INVALID: \S+production\.tar\.gz is a tar\.gz archive;.*`mkdir export && tar -xzf \S+production\.tar\.gz -C export`/},
    {what: 'a Markdown file', name: 'seed-004.md', write: (path: string) => copyFile(SEEDS[1]!, path), says: /^sanad: IMPORT_DATASET_INVALID: \S+seed-004\.md is not a dataset export, so import left it unchanged: line 1 is not a document/},
  ])('$what', async ({name, write, says}) => {
    const path = join(scratch, name)
    await write(path)
    const before = await readFile(path)
    const result = await sanad(['import', SEEDS[1]!, '--dataset', path])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(says)
    expect(result.stdout).toBe('')
    expect(await readFile(path)).toEqual(before)
  })

  it('a path in a folder that does not exist: the hint names --dataset, not --out', async () => {
    const result = await sanad(['import', SEEDS[1]!, '--dataset', join(scratch, 'nowhere', 'dir')])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `sanad: IMPORT_DATASET_UNWRITABLE: Cannot create the dataset file ${join(scratch, 'nowhere', 'dir')}: the folder ${join(scratch, 'nowhere')} does not exist.\n` +
        '  what to do: Pass --dataset an export folder or data.ndjson you can write to (a new file name starts a new data.ndjson in an existing folder); check its permissions and the free disk space.\n',
    )
  })
})

describe('sanad import: two files that would be one draft', () => {
  let scratch: string
  let dataset: string
  let server: SanityApiServer
  beforeAll(async () => {
    scratch = await tempDir('sanad-import-clash-')
    for (const [folder, title] of [['a', 'الأولى'], ['b', 'الثانية']] as const) {
      await mkdir(join(scratch, folder))
      await writeFile(join(scratch, folder, 'article.md'), `# المقالة ${title}\n\nنصّ المقالة ${title}.\n`)
    }
    dataset = join(scratch, 'data.ndjson')
    await writeFile(dataset, '{"_id":"article.existing","_type":"article"}\n')
    server = await startSanityApiServer({documents: [], token: 'write-token'})
  })
  afterAll(async () => {
    await server.close()
    await rm(scratch, {recursive: true, force: true})
  })

  const clashing = () => [join(scratch, 'a', 'article.md'), join(scratch, 'b', 'article.md')]
  const env = () => ({SANITY_PROJECT_ID: 'test-project', SANITY_DATASET: server.dataset, SANITY_API_HOST: server.url, SANITY_WRITE_TOKEN: 'write-token'})

  it.each([
    {target: '--dataset', args: () => ['--dataset', dataset]},
    {target: '--to-sanity', args: () => ['--to-sanity']},
  ])('are refused with $target before anything is written, naming both files', async ({args}) => {
    const result = await sanad(['import', ...clashing(), ...args()], env())
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      `sanad: IMPORT_DRAFT_ID_CLASH: ${clashing()[0]} and ${clashing()[1]} would both become drafts.article.import-article. Nothing was written.\n`,
    )
    expect(await readFile(dataset, 'utf8')).toBe('{"_id":"article.existing","_type":"article"}\n')
    expect(server.requests.filter((request) => request.endpoint === 'mutate')).toEqual([])
  })

  it('one file named twice (overlapping globs) is one draft, not a clash', async () => {
    const [first] = clashing()
    const result = await sanad(['import', first!, first!, '--format', 'json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).files.map((file: {draftId: string}) => file.draftId)).toEqual(['drafts.article.import-article'])
  })
})

describe.each(['lint', 'import'])('sanad %s given an input file it cannot read', (command) => {
  let scratch: string
  let folder: string
  let deep: string
  beforeAll(async () => {
    scratch = await tempDir('sanad-unreadable-input-')
    folder = join(scratch, 'old')
    await mkdir(folder)
    deep = join(scratch, 'deep.md')
    await writeFile(deep, `${'>'.repeat(6000)} نص\n`)
  })
  afterAll(async () => {
    await rm(scratch, {recursive: true, force: true})
  })

  it('says a folder is a folder and to pass the files inside it (exit 2)', async () => {
    const result = await sanad([command, folder])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `sanad: INPUT_IS_FOLDER: ${folder} is a folder, not a file: pass the Markdown or text files inside it, e.g. ${folder}/*.md\n` +
        '  what to do: Pass the Markdown (.md) or plain-text files inside the folder instead, e.g. `old/*.md old/*.txt` (the shell expands the pattern to the files).\n',
    )
    expect(await readdir(folder)).toEqual([])
  })

  it('names a file quoted 6,000 levels deep, deeper than the Markdown libraries walk, and says what to do (exit 2)', async () => {
    const result = await sanad([command, SEEDS[1]!, deep])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `sanad: INPUT_UNREADABLE: ${deep} is nested too deep to read as Markdown (Maximum call stack size exceeded).\n` +
        '  what to do: Nothing was linted or imported. Thousands of «>», list levels or emphasis marks one inside another are a paste or a conversion gone wrong: remove that nesting from the file named above, or leave the file out, and run the command again.\n',
    )
  })
})

describe('sanad import --to-sanity', () => {
  let server: SanityApiServer
  let scratch: string
  beforeAll(async () => {
    server = await startSanityApiServer({documents: [], token: 'write-token', readToken: 'viewer-token'})
    scratch = await tempDir('sanad-import-')
  })
  afterAll(async () => {
    await server.close()
    await rm(scratch, {recursive: true, force: true})
  })

  const env = () => ({SANITY_PROJECT_ID: 'test-project', SANITY_DATASET: server.dataset, SANITY_API_HOST: server.url, SANITY_WRITE_TOKEN: 'write-token'})

  it('creates the drafts in one transaction through the mutate endpoint', async () => {
    const result = await sanad(['import', ...SEEDS, '--to-sanity'], env())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`2 drafts: drafts created in Sanity project test-project, dataset ${server.dataset}`)
    const mutations = server.requests.filter((request) => request.endpoint === 'mutate')
    expect(mutations).toHaveLength(1)
    expect(mutations[0]).toMatchObject({method: 'POST', authorization: 'Bearer write-token'})
    expect((mutations[0]!.body as {mutations: Array<Record<string, {_id: string}>>}).mutations.map((mutation) => Object.keys(mutation)[0])).toEqual([
      'createOrReplace',
      'createOrReplace',
    ])
    const stored = server.documents()
    expect(stored.map((document) => document._id).sort()).toEqual(['drafts.article.import-seed-000', 'drafts.article.import-seed-004'])
    expect(stored.find((document) => document._id === 'drafts.article.import-seed-004')).toMatchObject({_type: 'article', title: 'الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)'})
  })

  it('exits 2 naming SANITY_WRITE_TOKEN when it is not set', async () => {
    const {SANITY_WRITE_TOKEN: _, ...withoutToken} = env()
    const result = await sanad(['import', SEEDS[1]!, '--to-sanity'], withoutToken)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('SANITY_WRITE_TOKEN is not set')
  })

  it('the drafts it created are listed by `sanad check` reading the Content Lake', async () => {
    expect((await sanad(['import', ...SEEDS, '--to-sanity'], env())).code).toBe(0)
    const {SANITY_WRITE_TOKEN: _, ...connection} = env()
    server.requests.length = 0
    const result = await sanad(['check', '--now', '2026-11-21', '--format', 'json'], {...connection, SANITY_READ_TOKEN: 'viewer-token'})
    const report = JSON.parse(result.stdout)
    expect(report.documents.draftsIgnored).toBe(2)
    expect(report.documents.drafts).toEqual([
      {id: 'drafts.article.import-seed-000', type: 'article', title: 'الميزوثيرابي للبشرة: فوائده وطريقة الحقن ومدة الجلسة'},
      {id: 'drafts.article.import-seed-004', type: 'article', title: 'الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)'},
    ])
    expect(server.requests.filter((request) => request.endpoint === 'query').map((request) => request.search.get('perspective')).sort()).toEqual(['published', 'published', 'raw'])
  })

  // Scripts tell a refused token (fix the token) from an outage (try again) by the code.
  it.each([
    ['an unknown token: 401', 'wrong', 401, 'the token in SANITY_WRITE_TOKEN was refused, as unknown to this project, revoked or mistyped (Sanity: Unauthorized - Session not found).'],
    ['a Viewer token: 403', 'viewer-token', 403, 'the token in SANITY_WRITE_TOKEN is valid but may not write to this dataset (Sanity: Forbidden - Insufficient permissions; permission "create" required).'],
  ])('exits 2 with SANITY_UNAUTHORIZED naming SANITY_WRITE_TOKEN for %s', async (_, token, status, says) => {
    const result = await sanad(['import', SEEDS[1]!, '--to-sanity'], {...env(), SANITY_WRITE_TOKEN: token})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `sanad: SANITY_UNAUTHORIZED: Sanity answered HTTP ${status} for project "test-project", dataset "${server.dataset}" at ${server.url}/v2025-02-19: ${says}\n` +
        '  what to do: Set the token variable named above to a token of this project with the permission the command needs (Viewer to read drafts and private datasets, Editor for `sanad import --to-sanity`): create one at sanity.io/manage → API → Tokens.\n',
    )
    expect(result.stderr).not.toContain('SANITY_READ_TOKEN')
  })

  it('with no Sanity variables set, names all three and says what to do for an import (no bundled dataset to fall back to)', async () => {
    const result = await sanad(['import', SEEDS[1]!, '--to-sanity'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'sanad: ENV_INVALID: SANITY_PROJECT_ID is not set: set it to the project id shown at sanity.io/manage.\n' +
        'SANITY_DATASET is not set: set it to the dataset name, e.g. "production".\n' +
        'SANITY_WRITE_TOKEN is not set: --to-sanity needs an Editor token (sanity.io/manage → API → Tokens).\n' +
        '  what to do: Set or fix the variables named above: SANITY_PROJECT_ID and SANITY_DATASET name the project and dataset to create the drafts in, SANITY_WRITE_TOKEN holds an Editor token of that project (sanity.io/manage → API → Tokens). Or pass --dataset <data.ndjson> instead of --to-sanity to add the drafts to a dataset export.\n',
    )
  })

  it('reads a file as plain text unless it ends in .md', async () => {
    const file = join(scratch, 'legacy.txt')
    await writeFile(file, 'عنوان قصير\nسطر أول.\nسطر ثانٍ.\n')
    const result = await sanad(['import', file, '--format', 'json'])
    expect(JSON.parse(result.stdout).files[0]).toMatchObject({draftId: 'drafts.article.import-legacy', title: 'عنوان قصير', blocks: 2})
  })
})
