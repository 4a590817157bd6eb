// writeDraftsToDataset: which file --dataset names, and that a file which is not a writable dataset
// export (an archive, an image, an article, an NDJSON file with a bad line, a read-only file) is
// refused with exit 2 and left byte for byte as it was, with no temporary file beside it.
import {execFileSync} from 'node:child_process'
import {chmod, copyFile, lstat, mkdir, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {SanadError} from '../../src/errors/catalog.ts'
import {firstNonDocumentLine, writeDraftsToDataset} from '../../src/import/writeDraftsToDataset.ts'
import {tempDir} from '../support/bundledDataset.ts'
import {writeExportArchive} from '../sources/fixtures/exportFixtures.ts'

const EXISTING = {_id: 'article.existing', _type: 'article', title: 'مقالة قائمة'}
const DRAFT = {_id: 'drafts.article.import-new', _type: 'article', title: 'مسودة مستوردة'}
const DATASET = `${JSON.stringify(EXISTING)}\n`
// The first bytes of a PNG: 0x89 is no UTF-8 text.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

let dir: string
let archive: string
beforeAll(async () => {
  dir = await tempDir('sanad-import-dataset-')
  archive = await writeExportArchive(join(dir, 'archive-source'), [EXISTING], [])
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

const refusal = async (path: string): Promise<SanadError> => {
  const error = await writeDraftsToDataset(path, [DRAFT]).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof SanadError)) throw new Error(`expected a SanadError, got ${String(error)}`)
  return error
}

describe('firstNonDocumentLine', () => {
  it.each([
    {ndjson: '', expected: undefined},
    {ndjson: `\uFEFF${DATASET}\n\n${DATASET}`, expected: undefined},
    {ndjson: '{"_id":"a","_type":"t"}\r\nnot json\r\n', expected: {line: 2, text: 'not json'}},
    {ndjson: '{"_id":"a","_type":"t"}\n{"_id":"b"}\n', expected: {line: 2, text: '{"_id":"b"}'}},
    {ndjson: '[1]\n', expected: {line: 1, text: '[1]'}},
    {ndjson: '# الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)\n', expected: {line: 1, text: '# الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش س…'}},
  ])('$ndjson → $expected', ({ndjson, expected}) => {
    expect(firstNonDocumentLine(ndjson)).toEqual(expected)
  })
})

describe('writeDraftsToDataset refuses what it must not rewrite, and leaves it untouched', () => {
  it.each([
    {
      what: 'the .tar.gz of a dataset export',
      name: 'export.tar.gz',
      write: (path: string) => copyFile(archive, path),
      code: 'IMPORT_DATASET_INVALID',
      message: /export\.tar\.gz is a tar\.gz archive; import writes drafts into an export folder or a data\.ndjson, never into an archive, so it left the file untouched\. Extract it \(`mkdir export && tar -xzf \S+export\.tar\.gz -C export`\) and pass `--dataset export`\.$/,
    },
    {
      what: 'a gzip archive by another name',
      name: 'export.backup',
      write: (path: string) => copyFile(archive, path),
      code: 'IMPORT_DATASET_INVALID',
      message: /export\.backup is a tar\.gz archive;.*`mkdir export && tar -xzf \S+export\.backup -C export`/,
    },
    {
      what: 'a zip archive',
      name: 'export.zip',
      write: (path: string) => writeFile(path, Buffer.from('PK\u0003\u0004 zipped', 'latin1')),
      code: 'IMPORT_DATASET_INVALID',
      message: /export\.zip is a zip archive;.*`mkdir export && unzip \S+export\.zip -d export`/,
    },
    {
      what: 'a PNG image',
      name: 'cover.png',
      write: (path: string) => writeFile(path, PNG),
      code: 'IMPORT_DATASET_INVALID',
      message: /cover\.png is not a dataset export, so import left it unchanged: it is not UTF-8 text, and a data\.ndjson is\.$/,
    },
    {
      what: 'a Markdown article',
      name: 'article.md',
      write: (path: string) => writeFile(path, '# عنوان المقالة\n\nنصٌّ عربيّ.\n'),
      code: 'IMPORT_DATASET_INVALID',
      message: /article\.md is not a dataset export, so import left it unchanged: line 1 is not a document \(a JSON object with _id and _type\): «# عنوان المقالة»\.$/,
    },
    {
      what: 'a data.ndjson with a line that is not a document',
      name: 'data.ndjson',
      write: (path: string) => writeFile(path, `${DATASET}{"_id":"article.typeless"}\n`),
      code: 'IMPORT_DATASET_INVALID',
      message: /data\.ndjson is not a dataset export, so import left it unchanged: line 2 is not a document \(a JSON object with _id and _type\): «\{"_id":"article\.typeless"\}»\.$/,
    },
    {
      what: 'a read-only data.ndjson',
      name: 'read-only.ndjson',
      write: async (path: string) => {
        await writeFile(path, DATASET)
        await chmod(path, 0o444)
      },
      code: 'IMPORT_DATASET_UNWRITABLE',
      message: /read-only\.ndjson: it is read-only \(mode 0444\); import left it unchanged\.$/,
    },
  ])('$what: $code', async ({name, write, code, message}) => {
    const folder = join(dir, name.replace(/\W/g, '-'))
    await mkdir(folder)
    const path = join(folder, name)
    await write(path)
    const before = await readFile(path)
    const error = await refusal(path)
    expect(error).toMatchObject({code, exitCode: 2})
    expect(error.message).toMatch(message)
    expect(await readFile(path)).toEqual(before)
    expect(await readdir(folder)).toEqual([name])
  })

  it.each([
    {what: 'an archive name that does not exist yet', path: () => join(dir, 'new.tar.gz'), code: 'IMPORT_DATASET_INVALID', message: /new\.tar\.gz names a tar\.gz archive; .* Pass an export folder or a \.ndjson file name\.$/},
    {what: 'a file in a folder that does not exist', path: () => join(dir, 'nowhere', 'data.ndjson'), code: 'IMPORT_DATASET_UNWRITABLE', message: /Cannot create the dataset file \S+nowhere\/data\.ndjson: the folder \S+nowhere does not exist\.$/},
    {what: 'a folder that does not exist', path: () => join(dir, 'nowhere') + '/', code: 'IMPORT_DATASET_UNWRITABLE', message: /the folder \S+nowhere\/ does not exist \(create it with `mkdir -p \S+nowhere\/`, or pass an existing export folder\)\.$/},
  ])('$what: $code, and nothing is created', async ({path, code, message}) => {
    const before = await readdir(dir)
    const error = await refusal(path())
    expect(error).toMatchObject({code, exitCode: 2})
    expect(error.message).toMatch(message)
    expect(error.hint).toContain('--dataset')
    expect(error.hint).not.toContain('--out')
    expect(await readdir(dir)).toEqual(before)
  })
})

describe('writeDraftsToDataset leaves a path that is no file alone', () => {
  // `--dataset /dev/null` replaced the device with a file of drafts (the new version is renamed over the path).
  it.each([
    {what: 'a named pipe', make: (path: string) => execFileSync('mkfifo', [path]), names: ['drafts']},
    {
      what: 'a link to a named pipe',
      make: (path: string) => {
        execFileSync('mkfifo', [`${path}.fifo`])
        execFileSync('ln', ['-s', `${path}.fifo`, path])
      },
      names: ['drafts', 'drafts.fifo'],
    },
  ])('$what: IMPORT_DATASET_INVALID, and it stays what it was', async ({make, names}) => {
    const folder = await tempDir('sanad-import-fifo-')
    try {
      const path = join(folder, 'drafts')
      make(path)
      const error = await refusal(path)
      expect(error).toMatchObject({code: 'IMPORT_DATASET_INVALID', exitCode: 2})
      expect(error.message).toBe(`${path} is not a regular file (a device, pipe or socket); import writes drafts into an export folder or a data.ndjson and left ${path} untouched. Pass an export folder or a .ndjson file, or leave out --dataset to only see the report.`)
      expect((await stat(path)).isFIFO()).toBe(true)
      // No temporary file beside it.
      expect((await readdir(folder)).toSorted()).toEqual(names)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})

describe('writeDraftsToDataset writes where --dataset points', () => {
  it.each([
    {what: 'an export folder', setUp: async (folder: string) => void (await writeFile(join(folder, 'data.ndjson'), DATASET)), argument: (folder: string) => folder, written: 'data.ndjson'},
    {
      what: 'an extracted .tar.gz (data.ndjson inside its one folder)',
      setUp: async (folder: string) => {
        await mkdir(join(folder, 'production-export'))
        await writeFile(join(folder, 'production-export', 'data.ndjson'), DATASET)
      },
      argument: (folder: string) => folder,
      written: 'production-export/data.ndjson',
    },
    {what: 'a data.ndjson', setUp: async (folder: string) => void (await writeFile(join(folder, 'data.ndjson'), DATASET)), argument: (folder: string) => join(folder, 'data.ndjson'), written: 'data.ndjson'},
    {what: 'an empty folder (a new data.ndjson)', setUp: async () => {}, argument: (folder: string) => folder, written: 'data.ndjson', fresh: true},
    {what: 'a new file name', setUp: async () => {}, argument: (folder: string) => join(folder, 'drafts.ndjson'), written: 'drafts.ndjson', fresh: true},
  ])('$what → $written', async ({setUp, argument, written, fresh}) => {
    const folder = await tempDir('sanad-import-target-')
    try {
      await setUp(folder)
      expect(await writeDraftsToDataset(argument(folder), [DRAFT])).toBe(join(folder, written))
      const lines = (await readFile(join(folder, written), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as {_id: string})
      expect(lines.map((document) => document._id)).toEqual(fresh ? [DRAFT._id] : [EXISTING._id, DRAFT._id])
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  it('refuses a folder holding exports in its subfolders but no data.ndjson of its own, which a new one would hide', async () => {
    const folder = await tempDir('sanad-import-exports-')
    try {
      for (const name of ['production-export', 'staging-export']) {
        await mkdir(join(folder, name))
        await writeFile(join(folder, name, 'data.ndjson'), DATASET)
      }
      await mkdir(join(folder, 'images'))
      const error = await refusal(folder)
      expect(error).toMatchObject({code: 'IMPORT_DATASET_INVALID', exitCode: 2})
      expect(error.message).toMatch(/holds no data\.ndjson of its own but exports in production-export\/, staging-export\/; .* \(`--dataset \S+production-export`\)\.$/)
      expect((await readdir(folder)).toSorted()).toEqual(['images', 'production-export', 'staging-export'])
      for (const name of ['production-export', 'staging-export']) expect(await readFile(join(folder, name, 'data.ndjson'), 'utf8')).toBe(DATASET)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  // Each merged into what it read, and the last rename won: drafts of the others were lost.
  it('keeps every draft of imports into one file at the same time, and leaves no lock behind', async () => {
    const folder = await tempDir('sanad-import-concurrent-')
    try {
      await writeFile(join(folder, 'data.ndjson'), DATASET)
      const drafts = Array.from({length: 6}, (_, index) => ({...DRAFT, _id: `drafts.article.import-${index}`, title: `مسودة ${index}`}))
      await Promise.all(drafts.map((draft) => writeDraftsToDataset(folder, [draft])))
      const ids = (await readFile(join(folder, 'data.ndjson'), 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as {_id: string})._id)
      expect(ids.toSorted()).toEqual([EXISTING._id, ...drafts.map((draft) => draft._id)].toSorted())
      expect(await readdir(folder)).toEqual(['data.ndjson'])
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  it('creates the file a symlink names when it is not there yet, and leaves the link a link', async () => {
    const folder = await tempDir('sanad-import-dangling-')
    try {
      await symlink('next.ndjson', join(folder, 'current.ndjson'))
      expect(await writeDraftsToDataset(join(folder, 'current.ndjson'), [DRAFT])).toBe(join(folder, 'next.ndjson'))
      expect((await lstat(join(folder, 'current.ndjson'))).isSymbolicLink()).toBe(true)
      expect(await readFile(join(folder, 'next.ndjson'), 'utf8')).toBe(`${JSON.stringify(DRAFT)}\n`)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  it('writes the file a symlink names, and leaves the link a link', async () => {
    const folder = await tempDir('sanad-import-link-')
    try {
      await writeFile(join(folder, 'data.ndjson'), DATASET)
      await symlink('data.ndjson', join(folder, 'current.ndjson'))
      expect(await writeDraftsToDataset(join(folder, 'current.ndjson'), [DRAFT])).toBe(join(folder, 'data.ndjson'))
      expect((await lstat(join(folder, 'current.ndjson'))).isSymbolicLink()).toBe(true)
      expect(await readFile(join(folder, 'data.ndjson'), 'utf8')).toBe(`${DATASET}${JSON.stringify(DRAFT)}\n`)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  it('keeps the permissions of the data.ndjson it replaces', async () => {
    const folder = await tempDir('sanad-import-mode-')
    try {
      const path = join(folder, 'data.ndjson')
      await writeFile(path, DATASET)
      await chmod(path, 0o640)
      await writeDraftsToDataset(path, [DRAFT])
      expect((await stat(path)).mode & 0o777).toBe(0o640)
      expect(await readdir(folder)).toEqual(['data.ndjson'])
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
