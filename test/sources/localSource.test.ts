// openLocalSource: the same export read as data.ndjson, folder and .tar.gz; published perspective only;
// `->` through the id Map; malformed lines as findings; images as files; operational errors.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import * as tar from 'tar'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {isSanadError, type SanadError} from '../../src/errors/catalog.ts'
import {clinicDirectoryQuery, contentQuery} from '../../src/queries.ts'
import type {ContentSource, ImageValue} from '../../src/sources/contentSource.ts'
import {createGroqEvaluator} from '../../src/sources/local/groqEvaluator.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {toPublishedDataset} from '../../src/sources/local/publishedDataset.ts'
import type {RawDocument} from '../../src/sources/local/readNdjsonDocuments.ts'
import {
  HERO_ASSET_REF,
  HERO_FILE_NAME,
  LOGO_FILE_NAME,
  allDocuments,
  publishedContentIds,
} from './fixtures/arabicDocuments.ts'
import {toNdjson, writeExportArchive, writeExportFolder, writeNdjson} from './fixtures/exportFixtures.ts'

let workDir: string
let extractionDir: string
const originalTmpdir = process.env.TMPDIR
const inputs: Record<'ndjson' | 'folder' | 'tar.gz', string> = {ndjson: '', folder: '', 'tar.gz': ''}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sanad-local-source-test-'))
  // Archives extract under os.tmpdir(); pointing it at a private folder lets the test see leftovers.
  extractionDir = join(workDir, 'tmp')
  await mkdir(extractionDir)
  process.env.TMPDIR = extractionDir
  inputs.ndjson = await writeNdjson(join(workDir, 'plain'), toNdjson(allDocuments))
  inputs.folder = await writeExportFolder(join(workDir, 'folder'), allDocuments, [HERO_FILE_NAME, LOGO_FILE_NAME])
  inputs['tar.gz'] = await writeExportArchive(join(workDir, 'archive'), allDocuments, [HERO_FILE_NAME, LOGO_FILE_NAME])
})

afterAll(async () => {
  if (originalTmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = originalTmpdir
  await rm(workDir, {recursive: true, force: true})
})

const withSource = async <T>(path: string, use: (source: ContentSource) => Promise<T>): Promise<T> => {
  const source = await openLocalSource(path)
  try {
    return await use(source)
  } finally {
    await source.close()
  }
}

const sanadErrorOf = async (promise: Promise<unknown>): Promise<SanadError> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!isSanadError(error)) throw new Error(`expected a SanadError, got ${String(error)}`)
  return error
}

describe.each(['ndjson', 'folder', 'tar.gz'] as const)('reading the export as %s', (shape) => {
  it('returns exactly the published content documents for contentQuery', async () => {
    const ids = await withSource(inputs[shape], async (source) =>
      (await source.fetch<{_id: string}[]>(contentQuery)).map((document) => document._id).sort(),
    )
    expect(ids).toEqual(publishedContentIds)
  })

  it('counts drafts and release versions and describes itself', async () => {
    await withSource(inputs[shape], async (source) => {
      expect(source.kind).toBe('local')
      expect((await source.listDrafts())?.length).toBe(3)
      expect(source.findings).toEqual([])
      expect(source.describe()).toBe(`local dataset ${inputs[shape]} (10 documents, 3 drafts ignored)`)
      expect(source.describeInArabic()).toEqual(['مجموعة بيانات محلية (تصدير Sanity): ', {ltr: inputs[shape]}])
    })
  })

  it('never lets a draft or release version match a query', async () => {
    await withSource(inputs[shape], async (source) => {
      expect(await source.fetch(`*[_id in path("drafts.**") || _id in path("versions.**")]._id`)).toEqual([])
      expect(await source.fetch(`*[_id == "article.meso-realistic"][0].title`)).toBe(
        'الميزوثيرابي للبشرة: ما الذي يمكن توقّعه فعلًا؟',
      )
      expect(await source.fetch(`*[_id == $id][0]._id`, {id: 'drafts.disclaimer.eg-2027'})).toBeNull()
      expect(await source.fetch(`*[_type == "clinic" && slug.current == "nour-cairo"].name`)).toEqual(['عيادة نور — القاهرة'])
    })
  })

  it('follows references with -> (clinicDirectoryQuery)', async () => {
    const directory = await withSource(inputs[shape], (source) => source.fetch(clinicDirectoryQuery))
    expect(directory).toEqual([
      {
        _id: 'clinic.nour-cairo',
        name: 'عيادة نور — القاهرة',
        slug: 'nour-cairo',
        jurisdiction: 'EG',
        disclaimer: {_id: 'disclaimer.eg-2026', jurisdiction: 'EG', version: '2026.1'},
      },
      {
        _id: 'clinic.rawda-riyadh',
        name: 'عيادة الروضة — الرياض',
        slug: 'rawda-riyadh',
        jurisdiction: 'SA',
        disclaimer: {_id: 'disclaimer.sa-2026', jurisdiction: 'SA', version: '2026.1'},
      },
    ])
  })
})

describe('params', () => {
  it('answers the same query with other params anew (the parsed query is reused, its params are not)', async () => {
    await withSource(inputs.ndjson, async (source) => {
      const query = `*[_type == $type] | order(_id asc)[0]._id`
      const clinic = await source.fetch(query, {type: 'clinic'})
      const disclaimer = await source.fetch(query, {type: 'disclaimer'})
      expect([clinic, disclaimer]).toEqual([expect.stringMatching(/^clinic\./), expect.stringMatching(/^disclaimer\./)])
    })
  })
})

describe('dereferencing', () => {
  it('resolves -> through the id Map, once per reference, without scanning', async () => {
    const {dataset} = toPublishedDataset(allDocuments as RawDocument[])
    const lookups: string[] = []
    const countingById = new Map(dataset.byId)
    const get = countingById.get.bind(countingById)
    countingById.get = (id: string) => {
      lookups.push(id)
      return get(id)
    }
    const evaluate = createGroqEvaluator()

    const disclaimers = await evaluate({documents: dataset.documents, byId: countingById}, `*[_type == "clinic"] | order(slug.current asc).disclaimer->version`)

    expect(disclaimers).toEqual(['2026.1', '2026.1'])
    expect(lookups).toEqual(['disclaimer.eg-2026', 'disclaimer.sa-2026'])
  })

  it('gives null for a reference to a draft, as the Content Lake does in the published perspective', async () => {
    const {dataset} = toPublishedDataset([
      ...(allDocuments as RawDocument[]),
      {_id: 'clinic.test', _type: 'clinic', disclaimer: {_ref: 'drafts.disclaimer.eg-2027'}},
    ])
    const evaluate = createGroqEvaluator()
    expect(await evaluate(dataset, `*[_id == "clinic.test"][0].disclaimer->_id`)).toBeNull()
  })
})

describe('malformed NDJSON lines', () => {
  const lines = [
    JSON.stringify(allDocuments[0]),
    '{"_id": "clinic.broken", "_type": "clinic", "name": "عيادة',
    '[1, 2, 3]',
    '',
    JSON.stringify({_type: 'risk', name: 'بلا معرّف'}),
    JSON.stringify(allDocuments[1]),
  ]

  it('reports each bad line by file and line number, in Arabic, and loads the rest', async () => {
    const path = await writeNdjson(join(workDir, 'malformed'), lines.join('\n'))
    const rest = 'فلم يُحمَّل. أعد تصدير مجموعة البيانات أو صحّح هذا السطر؛ بقية المستندات حُمِّلت.'
    await withSource(path, async (source) => {
      // documentId "(line N)" is a line of the file, never a Sanity id (which holds no spaces or parentheses).
      expect(source.findings.map(({ruleId, severity, documentId, path: at, message}) => ({ruleId, severity, documentId, path: at, message}))).toEqual([
        {ruleId: 'schema-invalid', severity: 'error', documentId: '(line 2)', path: '', message: `السطر 2 في الملف ${path} ليس JSON صالحًا (ينتهي السطر قبل أن يكتمل المستند)، فلم يُحمَّل (يبدو من نصه أنه المستند clinic.broken من نوع clinic). أعد تصدير مجموعة البيانات أو صحّح هذا السطر؛ بقية المستندات حُمِّلت.`},
        {ruleId: 'schema-invalid', severity: 'error', documentId: '(line 3)', path: '', message: `السطر 3 في الملف ${path} ليس كائن مستند JSON، ${rest}`},
        {ruleId: 'schema-invalid', severity: 'error', documentId: '(line 5)', path: '', message: `السطر 5 في الملف ${path} مستند بلا معرّف _id، ${rest}`},
      ])
      expect(await source.fetch(`*._id`)).toEqual(['disclaimer.eg-2026', 'disclaimer.sa-2026'])
      expect(source.describe()).toBe(`local dataset ${path} (2 documents, 0 drafts ignored, 3 unreadable lines)`)
    })
  })

  // The line's text still names its document: the finding says which, and the source lists it.
  const CLAIMED = ' (يبدو من نصه أنه المستند clinic.x من نوع clinic)'
  const DEEP = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
  const TOO_DEEP = 'متداخل إلى عمق لا يُقرأ (آلاف المستويات من القوائم أو الكائنات بعضها داخل بعض)'
  // Only a last line that breaks off mid-document, with no newline after it, is a cut file (see
  // "operational errors"); any other bad line, the last one included, is a finding and the build goes on.
  it.each([
    ['a cut line in the middle, followed by more lines', `${JSON.stringify(allDocuments[0])}\n{"_id": "clinic.x", "_type": "clinic", "name": "عيا\n${JSON.stringify(allDocuments[1])}`, 2, 'السطر 2', 'ليس JSON صالحًا (ينتهي السطر قبل أن يكتمل المستند)', CLAIMED],
    ['a cut last line that does end with a newline', `${JSON.stringify(allDocuments[0])}\n{"_id": "clinic.x", "_type": "clinic", "name": "عيا\n`, 1, 'السطر 2', 'ليس JSON صالحًا (ينتهي السطر قبل أن يكتمل المستند)', CLAIMED],
    ['a last line, no newline, that is whole JSON but no document', `${JSON.stringify(allDocuments[0])}\n[1, 2, 3]`, 1, 'السطر 2', 'ليس كائن مستند JSON', ''],
    ['a last line, no newline, with a syntax error before its end', `${JSON.stringify(allDocuments[0])}\n{"_id": "clinic.x",, "_type": "clinic"}`, 1, 'السطر 2', 'ليس JSON صالحًا (خطأ في الصياغة عند الحرف 20 من السطر)', CLAIMED],
    ['a last line, no newline, of plain text', `${JSON.stringify(allDocuments[0])}\nملاحظة أخيرة`, 1, 'السطر 2', 'ليس JSON صالحًا (الرمز «م» في غير موضعه)', ''],
    // Any walk over such a document overflows the stack: the RangeError stopped the whole run.
    ['a document nested 200,000 levels deep', `${JSON.stringify(allDocuments[0])}\n{"_id": "clinic.x", "_type": "clinic", "x": ${DEEP}}\n${JSON.stringify(allDocuments[1])}\n`, 2, 'السطر 2', TOO_DEEP, CLAIMED],
    ['the same with a field named like an inherited member', `${JSON.stringify(allDocuments[0])}\n{"_id": "clinic.x", "_type": "clinic", "toString": 1, "x": ${DEEP}}\n`, 1, 'السطر 2', TOO_DEEP, CLAIMED],
  ])('%s stays a finding and the rest loads', async (name, contents, documents, line, problem, claimed) => {
    const path = await writeNdjson(join(workDir, `bad-line-${name.replaceAll(' ', '-').replaceAll(',', '')}`), contents)
    await withSource(path, async (source) => {
      expect(source.findings.map(({severity, message}) => [severity, message])).toEqual([
        ['error', `${line} في الملف ${path} ${problem}، فلم يُحمَّل${claimed}. أعد تصدير مجموعة البيانات أو صحّح هذا السطر؛ بقية المستندات حُمِّلت.`],
      ])
      expect(source.unreadableDocuments).toEqual(claimed ? [{id: 'clinic.x', type: 'clinic'}] : [])
      expect(await source.fetch(`count(*)`)).toBe(documents)
    })
  })

  it('keeps a document whose text holds U+2028 or U+2029 whole: JSON.stringify leaves them unescaped, and only "\\n" ends a line', async () => {
    const [first, second] = allDocuments as unknown as [Record<string, unknown>, Record<string, unknown>]
    const withSeparators = {...first, title: 'سطر\u2028وفقرة\u2029ثانية'}
    const path = await writeNdjson(join(workDir, 'separators'), `${JSON.stringify(withSeparators)}\n${JSON.stringify(second)}\n`)
    await withSource(path, async (source) => {
      expect(source.findings).toEqual([])
      expect(await source.fetch(`*[_id == $id][0].title`, {id: first._id})).toBe('سطر\u2028وفقرة\u2029ثانية')
      expect(await source.fetch(`count(*)`)).toBe(2)
    })
  })

  it('keeps the later of two lines with one _id, as an import would, and says so', async () => {
    const [first, second] = allDocuments as unknown as [Record<string, unknown>, Record<string, unknown>]
    const path = await writeNdjson(join(workDir, 'duplicate'), toNdjson([first, second, {...first, title: 'النسخة الأحدث'}]))
    await withSource(path, async (source) => {
      expect(source.findings.map(({severity, documentId}) => `${severity} ${documentId}`)).toEqual(['warning (line 3)'])
      expect(source.findings[0]!.message).toContain(String(first._id))
      expect(source.findings[0]!.message).toContain('السطر 3')
      expect(source.findings[0]!.message).toContain('السطر 1')
      expect(await source.fetch(`count(*)`)).toBe(2)
      expect(await source.fetch(`*[_id == $id][0].title`, {id: first._id})).toBe('النسخة الأحدث')
      // Both lines were read: the operator's summary does not call the repeat unreadable.
      expect(source.describe()).toBe(`local dataset ${path} (2 documents, 0 drafts ignored, 1 line repeating an id)`)
    })
  })

  // groq-js calls `value.hasOwnProperty(name)` on every object it reads: a `hasOwnProperty` string
  // in one document stopped the whole build with a TypeError.
  it('drops fields named like inherited JavaScript members, says where, and answers queries over the document', async () => {
    const [first, second] = allDocuments as unknown as [Record<string, unknown>, Record<string, unknown>]
    const list: Record<string, unknown>[] = [{_key: 'k1', toString: 3}, {constructor: {}}]
    const tampered = {...first, hasOwnProperty: 'x', extra: {list}}
    const path = await writeNdjson(join(workDir, 'reserved'), toNdjson([second, tampered]))
    await withSource(path, async (source) => {
      expect(source.findings.map(({severity, documentId, path: at}) => `${severity} ${documentId} ${at}`)).toEqual(['warning (line 2) ', 'warning (line 2) ', 'warning (line 2) '])
      expect(source.findings.map((finding) => /فيه حقل اسمه («[^»]+»(?: \(في [^)]+\))?)،/.exec(finding.message)?.[1])).toEqual([
        '«hasOwnProperty»',
        '«toString» (في extra.list[_key=="k1"].toString)',
        '«constructor» (في extra.list[1].constructor)',
      ])
      expect(source.findings[0]!.message).toContain(`المستند ${String(first._id)}`)
      expect(await source.fetch(`*[_id == $id][0]{title, extra}`, {id: first._id})).toEqual({title: first.title, extra: {list: [{_key: 'k1'}, {}]}})
      expect(await source.fetch(`count(*)`)).toBe(2)
    })
  })

  // A stream decoding UTF-8 turned such bytes into U+FFFD without a word, and the page showed «روتين�� منزلي».
  describe('bytes that are not UTF-8', () => {
    const [first, second, third] = allDocuments as unknown as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]
    // «روتين» in Windows-1256, as a file saved by an old Arabic editor holds it.
    const cp1256 = Buffer.from([0xd1, 0xe6, 0xca, 0xc7, 0xe4])
    const lineWith = (document: Record<string, unknown>, field: string, bytes: Buffer): Buffer => {
      const [before, after] = JSON.stringify({...document, [field]: '@@'}).split('@@') as [string, string]
      return Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)])
    }
    const source = async (name: string, lines: Buffer[]) => {
      const path = await writeNdjson(join(workDir, name), '')
      await writeFile(path, Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])))
      return path
    }
    const rest = 'فلم يُحمَّل. أعد تصدير مجموعة البيانات أو صحّح هذا السطر؛ بقية المستندات حُمِّلت.'

    it('a line holding them is a finding naming the line, the character and the document, and the rest loads', async () => {
      const bad = lineWith(second, 'title', Buffer.concat([Buffer.from('عنوان '), cp1256]))
      const path = await source('not-utf8', [Buffer.from(JSON.stringify(first)), bad, Buffer.from(JSON.stringify(third))])
      // The column counts characters: the line up to the title's value, «عنوان » (6), then the first broken byte.
      const column = [...JSON.stringify({...second, title: '@@'}).split('@@')[0]!].length + 7
      await withSource(path, async (loaded) => {
        expect(loaded.findings.map(({severity, documentId, message}) => [severity, documentId, message])).toEqual([
          ['error', '(line 2)', `السطر 2 في الملف ${path} فيه بايتات لا تصحّ في ترميز UTF-8 (عند الحرف ${column} من السطر، في المستند ${String(second._id)})؛ يُحفظ الملف بترميز UTF-8، ${rest}`],
        ])
        expect(await loaded.fetch(`*._id`)).toEqual([first._id, third._id])
        expect(JSON.stringify(await loaded.fetch(`*`))).not.toContain('\uFFFD')
      })
    })

    it('a line of such bytes that is not JSON either: the bytes are named first', async () => {
      const path = await source('not-utf8-text', [Buffer.from(JSON.stringify(first)), cp1256])
      await withSource(path, async (loaded) => {
        expect(loaded.findings.map(({message}) => message)).toEqual([`السطر 2 في الملف ${path} فيه بايتات لا تصحّ في ترميز UTF-8 (عند الحرف 1 من السطر)؛ يُحفظ الملف بترميز UTF-8، ${rest}`])
      })
    })

    it('a U+FFFD written as its own UTF-8 bytes is text, and loads', async () => {
      const path = await source('replacement-character', [lineWith(first, 'title', Buffer.from('عنوان \uFFFD منسوخ')), Buffer.from(JSON.stringify(second))])
      await withSource(path, async (loaded) => {
        expect(loaded.findings).toEqual([])
        expect(await loaded.fetch(`*[_id == $id][0].title`, {id: first._id})).toBe('عنوان \uFFFD منسوخ')
      })
    })
  })

  it('accepts CRLF line endings and a byte-order mark', async () => {
    const path = await writeNdjson(join(workDir, 'crlf'), '\uFEFF' + toNdjson(allDocuments.slice(0, 2)).replaceAll('\n', '\r\n'))
    await withSource(path, async (source) => {
      expect(source.findings).toEqual([])
      expect(await source.fetch(`count(*)`)).toBe(2)
    })
  })
})

describe('queries after the first ones', () => {
  // The documents are held only while queries run; a later query reads the file again.
  const titleQuery = `*[_id == "article.meso-realistic"][0].title`
  const originalTitle = 'الميزوثيرابي للبشرة: ما الذي يمكن توقّعه فعلًا؟'
  const retitled = (title: string) =>
    toNdjson(allDocuments.map((document) => (document._id === 'article.meso-realistic' ? {...document, title} : document)))

  it('reads the file again and answers the same, with references followed', async () => {
    await withSource(inputs['tar.gz'], async (source) => {
      const first = await source.fetch(clinicDirectoryQuery)
      expect(await source.fetch(clinicDirectoryQuery)).toEqual(first)
      expect(await source.fetch(titleQuery)).toBe(originalTitle)
    })
  })

  it('still reads the file as it was on open when a new export replaced it', async () => {
    const path = await writeNdjson(join(workDir, 'replaced'), toNdjson(allDocuments))
    await withSource(path, async (source) => {
      expect(await source.fetch(titleQuery)).toBe(originalTitle)
      await writeFile(`${path}.new`, retitled('عنوان من تصدير أحدث'))
      await rename(`${path}.new`, path)
      expect(await source.fetch(titleQuery)).toBe(originalTitle)
    })
  })

  it('stops with DATASET_UNREADABLE when the file was rewritten in place', async () => {
    const path = await writeNdjson(join(workDir, 'rewritten'), toNdjson(allDocuments))
    await withSource(path, async (source) => {
      expect(await source.fetch(titleQuery)).toBe(originalTitle)
      await writeFile(path, retitled('عنوان كُتب فوق الملف نفسه'))
      const error = await sanadErrorOf(source.fetch(titleQuery))
      expect(error.code).toBe('DATASET_UNREADABLE')
      expect(error.message).toContain(`${path} was rewritten`)
    })
  })

  it('refuses a query once the source is closed', async () => {
    const source = await openLocalSource(inputs.ndjson)
    await source.close()
    await expect(source.fetch(titleQuery)).rejects.toThrow('after its source was closed')
  })
})

describe('images', () => {
  it.each(['folder', 'tar.gz'] as const)('resolves _sanityAsset and asset._ref values to files that exist (%s)', async (shape) => {
    await withSource(inputs[shape], async (source) => {
      const hero = source.resolveImage({asset: {_ref: HERO_ASSET_REF}})
      const logo = source.resolveImage({_sanityAsset: `image@file://./images/${LOGO_FILE_NAME}`})
      expect(hero).toMatchObject({kind: 'file', fileName: HERO_FILE_NAME, dimensions: {width: 1200, height: 630}})
      expect(logo).toMatchObject({kind: 'file', fileName: LOGO_FILE_NAME, dimensions: {width: 64, height: 64}})
      for (const image of [hero, logo]) {
        if (image?.kind !== 'file') throw new Error('expected a file')
        expect(existsSync(image.path)).toBe(true)
      }
      // Two articles showing one picture get one answer, so a release handles the file once.
      expect(source.resolveImage({asset: {_ref: HERO_ASSET_REF}, hotspot: {x: 0.5, y: 0.5}})).toBe(hero)
      expect(source.resolveImage({_sanityAsset: `image@file://./images/${HERO_FILE_NAME}`})).toBe(hero)
    })
  })

  it.each<[string, ImageValue, keyof typeof inputs]>([
    ['a file missing from images/', {_sanityAsset: 'image@file://./images/0000-1x1.png'}, 'folder'],
    ['a path climbing out of the export', {_sanityAsset: `image@file://./../folder/images/${LOGO_FILE_NAME}`}, 'folder'],
    ['an asset id that is not an image id', {asset: {_ref: 'file-abc-pdf'}}, 'folder'],
    ['a bare data.ndjson without images/', {asset: {_ref: HERO_ASSET_REF}}, 'ndjson'],
  ])('gives undefined for %s', async (_, image, shape) => {
    await withSource(inputs[shape], async (source) => {
      expect(source.resolveImage(image)).toBeUndefined()
    })
  })

  // An export folder unpacked by another tool (GNU tar keeps links that point anywhere) must not turn
  // a file of this machine into a picture on the public site.
  it('gives undefined for a link in images/ named like an image, to a file outside the export', async () => {
    const secret = join(workDir, 'secret.txt')
    await writeFile(secret, 'NETLIFY_AUTH_TOKEN=…')
    const folder = await writeExportFolder(join(workDir, 'linked'), allDocuments, [HERO_FILE_NAME])
    await symlink(secret, join(folder, 'images', LOGO_FILE_NAME))
    await withSource(folder, async (source) => {
      expect(source.resolveImage({_sanityAsset: `image@file://./images/${LOGO_FILE_NAME}`})).toBeUndefined()
      expect(source.resolveImage({asset: {_ref: HERO_ASSET_REF}})).toMatchObject({kind: 'file', fileName: HERO_FILE_NAME})
    })
  })
  // The folder itself: readdir follows a link named images/, so «images -> /etc» published /etc/passwd.
  it('stops with DATASET_UNREADABLE when images/ itself is a link to a folder outside the export', async () => {
    const elsewhere = join(workDir, 'host-folder')
    await mkdir(elsewhere, {recursive: true})
    await writeFile(join(elsewhere, 'passwd'), 'root:x:0:0:root:/root:/bin/bash')
    const folder = join(workDir, 'images-linked')
    await writeNdjson(folder, toNdjson(allDocuments))
    await symlink(elsewhere, join(folder, 'images'))
    const error = await sanadErrorOf(openLocalSource(folder))
    expect(error.code).toBe('DATASET_UNREADABLE')
    expect(error.message).toContain(`${join(folder, 'images')} is a link to ${elsewhere}`)
    expect(error.hint).toBe(`Replace the link with the folder itself (\`rm ${join(folder, 'images')} && cp -r ${elsewhere} ${join(folder, 'images')}\`), or pass the export folder sanity dataset export wrote.`)
  })
})

describe('archives', () => {
  it('removes the extracted folder on close', async () => {
    const source = await openLocalSource(inputs['tar.gz'])
    const hero = source.resolveImage({asset: {_ref: HERO_ASSET_REF}})
    if (hero?.kind !== 'file') throw new Error('expected a file')
    expect(existsSync(hero.path)).toBe(true)
    await source.close()
    await source.close()
    expect(existsSync(hero.path)).toBe(false)
    expect(await readdir(extractionDir)).toEqual([])
  })

  it('removes the folders runs that ended without closing (SIGKILL, Ctrl+C) left, and keeps those of runs still going', async () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid
    const leftBy = async (pid: number) => {
      const folder = join(extractionDir, `sanad-dataset-${pid}-aB3xYz`)
      await mkdir(join(folder, 'images'), {recursive: true})
      await writeFile(join(folder, 'data.ndjson'), toNdjson(allDocuments))
      return folder
    }
    await leftBy(ended)
    const running = await leftBy(process.ppid)
    const source = await openLocalSource(inputs['tar.gz'])
    const hero = source.resolveImage({asset: {_ref: HERO_ASSET_REF}})
    if (hero?.kind !== 'file') throw new Error('expected a file')
    expect(hero.path.startsWith(join(extractionDir, `sanad-dataset-${process.pid}-`))).toBe(true)
    await source.close()
    expect(await readdir(extractionDir)).toEqual([`sanad-dataset-${process.ppid}-aB3xYz`])
    await rm(running, {recursive: true})
  })
})

describe('operational errors', () => {
  it('DATASET_NOT_FOUND names a path that does not exist', async () => {
    const missing = join(workDir, 'nowhere', 'export.tar.gz')
    const error = await sanadErrorOf(openLocalSource(missing))
    expect(error.code).toBe('DATASET_NOT_FOUND')
    expect(error.message).toContain(missing)
  })

  it('DATASET_NOT_FOUND names a folder without data.ndjson', async () => {
    const empty = join(workDir, 'empty-folder')
    await mkdir(empty, {recursive: true})
    const error = await sanadErrorOf(openLocalSource(empty))
    expect(error.code).toBe('DATASET_NOT_FOUND')
    expect(error.message).toBe(`The folder ${empty} holds no data.ndjson`)
  })

  it('DATASET_NOT_FOUND names the exports a folder holds side by side, and the one to pass', async () => {
    const parent = join(workDir, 'two-exports')
    for (const name of ['staging', 'production']) {
      await mkdir(join(parent, name), {recursive: true})
      await writeFile(join(parent, name, 'data.ndjson'), '')
    }
    await mkdir(join(parent, 'images'), {recursive: true})
    const error = await sanadErrorOf(openLocalSource(parent))
    expect(error.code).toBe('DATASET_NOT_FOUND')
    expect(error.message).toBe(`The folder ${parent} holds no data.ndjson of its own, but exports in production/, staging/: pass the one to read (\`--dataset ${join(parent, 'production')}\`)`)
  })

  it.each([
    ['bytes that are not gzip', async (path: string) => writeFile(path, 'ليس أرشيفًا')],
    [
      'a truncated gzip stream',
      async (path: string) => writeFile(path, (await readFile(inputs['tar.gz'])).subarray(0, 200)),
    ],
  ])('DATASET_UNREADABLE for a .tar.gz holding %s, leaving no temporary folder', async (name, write) => {
    const path = join(workDir, `bad-${name.replaceAll(' ', '-')}.tar.gz`)
    await write(path)
    const error = await sanadErrorOf(openLocalSource(path))
    expect(error.code).toBe('DATASET_UNREADABLE')
    expect(error.message).toContain(path)
    expect(await readdir(extractionDir)).toEqual([])
  })

  // `gzip data.ndjson` renamed, or a download a server compressed: tar reads «checksum failure».
  it('says a gzipped data.ndjson is one, and how to decompress it, leaving no temporary folder', async () => {
    for (const name of ['data.ndjson.gz', 'export.tar.gz']) {
      const path = join(workDir, `gzipped-ndjson-${name}`)
      await writeFile(path, gzipSync(await readFile(inputs.ndjson)))
      const error = await sanadErrorOf(openLocalSource(path))
      expect(error.code).toBe('DATASET_UNREADABLE')
      expect(error.message).toContain(`${path} is a gzip-compressed file but not a tar archive: it holds NDJSON`)
      expect(error.message).toContain(`gunzip -c ${path} > data.ndjson`)
    }
    expect(await readdir(extractionDir)).toEqual([])
  })

  it.each([
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000binary', 'is a zip archive'],
    ['a text file', 'مقال عن الميزوثيرابي\nسطر ثانٍ\n', 'none of its 2 non-empty lines is a JSON document'],
  ])('DATASET_UNREADABLE for %s passed as data.ndjson, not an empty dataset', async (name, contents, says) => {
    const path = await writeNdjson(join(workDir, `not-ndjson-${name.replaceAll(' ', '-')}`), contents)
    const error = await sanadErrorOf(openLocalSource(path))
    expect(error.code).toBe('DATASET_UNREADABLE')
    expect(error.message).toContain(path)
    expect(error.message).toContain(says)
  })

  // A file cut off mid-document: its last line breaks off with no newline after it. Read as it is,
  // the documents after the cut would be missing and every article needing them unpublished.
  describe('a data.ndjson that ends mid-document or holds no document', () => {
    const bundled = join(import.meta.dirname, '../../dataset/data.ndjson')
    const cutAfter = async (bytes: number): Promise<Buffer> => (await readFile(bundled)).subarray(0, bytes)
    // The line the bundled dataset's 100000th byte falls in (32 today), counted so an edit of the dataset keeps the test true.
    const lineAt100000 = async (): Promise<number> => (await cutAfter(100_000)).toString('utf8').split('\n').length
    const cutNumber = `${JSON.stringify(allDocuments[0])}\n{"_id": "risk.x", "_type": "risk", "rank": 12`
    const truncated = (label: string, line: number, bytes: number) =>
      `${label} ends in the middle of a document: line ${line}, its last line, breaks off at byte ${bytes} (the end of the file) with no newline after it, so the export looks truncated (an export, download or copy that stopped early, or a full disk). Sanad stops here rather than build without the documents after the cut, which would unpublish every article that needs them.`
    const empty = (label: string, what: string) =>
      `${label} holds no documents (${what}). Sanad stops here rather than build from it: an empty data.ndjson is far more often an export or copy that stopped before its first document, or the wrong file, than a dataset with nothing in it.`

    it.each([
      ['the bundled data.ndjson cut at 100000 bytes', async () => cutAfter(100_000), async (path: string) => truncated(path, await lineAt100000(), 100_000)],
      ['a cut inside the first document', async () => cutAfter(300), (path: string) => truncated(path, 1, 300)],
      ['a cut inside a number', async () => Buffer.from(cutNumber), (path: string) => truncated(path, 2, Buffer.byteLength(cutNumber))],
      ['a cut inside an Arabic letter (half of its UTF-8 bytes)', async () => Buffer.concat([Buffer.from('{"_id": "risk.x", "_type": "risk", "name": "'), Buffer.from('ك').subarray(0, 1)]), (path: string) => truncated(path, 1, 45)],
      ['an empty file', async () => Buffer.alloc(0), (path: string) => empty(path, 'the file is empty')],
      ['blank lines only', async () => Buffer.from('\n  \r\n\n'), (path: string) => empty(path, 'only 3 blank lines')],
      ['a byte-order mark only', async () => Buffer.from('\uFEFF'), (path: string) => empty(path, 'only 1 blank line')],
    ])('DATASET_UNREADABLE, exit 2, for %s', async (name, contents, message) => {
      const path = await writeNdjson(join(workDir, `cut-${name.replaceAll(' ', '-')}`), '')
      await writeFile(path, await contents())
      const error = await sanadErrorOf(openLocalSource(path))
      expect([error.code, error.exitCode, error.message]).toEqual(['DATASET_UNREADABLE', 2, await message(path)])
      expect(error.hint).toBe('Re-export the dataset with `sanity dataset export` and check the file is not truncated.')
    })

    it('names the archive and its entry when the data.ndjson inside a .tar.gz is cut', async () => {
      const folder = join(workDir, 'cut-archive')
      await mkdir(join(folder, 'export'), {recursive: true})
      await writeFile(join(folder, 'export', 'data.ndjson'), await cutAfter(100_000))
      const path = join(workDir, 'cut-archive.tar.gz')
      await tar.c({gzip: true, file: path, cwd: folder}, ['export'])
      const error = await sanadErrorOf(openLocalSource(path))
      expect([error.code, error.message]).toEqual(['DATASET_UNREADABLE', truncated(`${path} → export/data.ndjson`, await lineAt100000(), 100_000)])
      expect(await readdir(extractionDir)).toEqual([])
    })

    it('an empty folder export names its data.ndjson', async () => {
      const folder = join(workDir, 'empty-export')
      const path = await writeNdjson(folder, '')
      const error = await sanadErrorOf(openLocalSource(folder))
      expect([error.code, error.message]).toEqual(['DATASET_UNREADABLE', empty(path, 'the file is empty')])
    })
  })

  it('DATASET_UNREADABLE for an archive without data.ndjson', async () => {
    const folder = join(workDir, 'no-data')
    await writeNdjson(join(folder, 'top'), '', 'other.txt')
    const path = join(workDir, 'no-data.tar.gz')
    await tar.c({gzip: true, file: path, cwd: folder}, ['top'])
    const error = await sanadErrorOf(openLocalSource(path))
    expect(error.code).toBe('DATASET_UNREADABLE')
    expect(error.message).toContain(path)
    expect(await readdir(extractionDir)).toEqual([])
  })
})
