// The weak-related-articles content migration, dry-run offline as `sanity migration run` dry-runs it
// (sanity/migrate's dryRun over an export archive, `--from-export`): it marks every strong
// «مقالات ذات صلة» entry `_weak: true`, in drafts and published articles alike, and nothing else.
// The client handed to the migration points at 127.0.0.1 and is never called.
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {toString} from '@sanity/util/paths'
import {dryRun, type APIConfig} from 'sanity/migrate'
import {create} from 'tar'
import {afterAll, describe, expect, test} from 'vitest'
import weakRelatedArticles from '../../migrations/weak-related-articles/index.ts'
import {person, ref, seed004Article} from '../support/gateFixtures.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

const work = mkdtempSync(join(tmpdir(), 'sanad-migration-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** The documents as an export archive (`<dataset>/data.ndjson` in a .tar.gz), as `sanity dataset export` writes one. */
const exportOf = async (documents: readonly Raw[], name: string): Promise<string> => {
  mkdirSync(join(work, name, 'production'), {recursive: true})
  writeFileSync(join(work, name, 'production', 'data.ndjson'), documents.map((document) => JSON.stringify(document)).join('\n') + '\n')
  const file = join(work, `${name}.tar.gz`)
  await create({gzip: true, file, cwd: join(work, name)}, ['production'])
  return file
}

/** What the dry run would write: `id path value` per patch. */
const dryRunLines = async (exportPath: string): Promise<string[]> => {
  const lines: string[] = []
  const api: APIConfig = {projectId: 'sanad000', dataset: 'production', apiVersion: 'v2024-01-29', token: 'offline', apiHost: 'http://127.0.0.1:9'}
  for await (const batch of dryRun({api, exportPath}, weakRelatedArticles)) {
    for (const mutation of [batch].flat()) {
      if (mutation.type !== 'patch') throw new Error(`unexpected ${mutation.type} mutation`)
      for (const {path, op} of mutation.patches) lines.push(`${mutation.id} ${toString(path)} ${op.type} ${JSON.stringify('value' in op ? op.value : undefined)}`)
    }
  }
  return lines
}

const related = (key: string | undefined, id: string, weak?: boolean) => ({...ref(id, key), ...(weak === undefined ? {} : {_weak: weak})})

describe('weak-related-articles', () => {
  test.each([
    {name: 'a strong entry', documents: [seed004Article({relatedArticles: [related('r1', 'article.hair-home-routine')]})], expected: ['article.meso-realistic relatedArticles[_key=="r1"]._weak set true']},
    {
      name: 'the draft and the published article, each of their strong entries',
      documents: [
        seed004Article({relatedArticles: [related('r1', 'article.hair-home-routine'), related('r2', 'article.meso-aftercare')]}),
        {...seed004Article({relatedArticles: [related('r1', 'article.hair-home-routine')]}), _id: 'drafts.article.meso-realistic'},
      ],
      expected: ['article.meso-realistic relatedArticles[_key=="r1"]._weak set true', 'article.meso-realistic relatedArticles[_key=="r2"]._weak set true', 'drafts.article.meso-realistic relatedArticles[_key=="r1"]._weak set true'],
    },
    {name: 'an entry already weak is left as it is', documents: [seed004Article({relatedArticles: [related('r1', 'article.hair-home-routine', true), related('r2', 'article.meso-aftercare', false)]})], expected: ['article.meso-realistic relatedArticles[_key=="r2"]._weak set true']},
    {name: 'an entry without a key is found by its place', documents: [seed004Article({relatedArticles: [related(undefined, 'article.hair-home-routine')]})], expected: ['article.meso-realistic relatedArticles[0]._weak set true']},
    {name: 'no related articles: nothing to do', documents: [seed004Article({relatedArticles: []}), seed004Article({_id: 'article.no-field', relatedArticles: undefined})], expected: []},
    {name: 'other references (author, reviewer, clinics, claims) and other types stay strong', documents: [seed004Article(), {...person('person.dr-hala', 'د. هالة منصور', ['medicalReviewer']), relatedArticles: [related('r1', 'article.meso-realistic')]}], expected: []},
  ])('$name', async ({name, documents, expected}) => {
    expect(await dryRunLines(await exportOf(documents as Raw[], name.replace(/\W+/g, '-')))).toEqual(expected)
  })

  test('over the bundled dataset: the three articles saved with strong entries, and nothing more', async () => {
    const bundled = readFileSync(new URL('../../dataset/data.ndjson', import.meta.url), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Raw)
    expect(await dryRunLines(await exportOf(bundled, 'bundled'))).toEqual([
      'article.hair-home-routine relatedArticles[_key=="c0010b5fcb3f"]._weak set true',
      'article.meso-realistic relatedArticles[_key=="92b3e8a975fb"]._weak set true',
      'drafts.article.meso-realistic relatedArticles[_key=="92b3e8a975fb"]._weak set true',
    ])
  })
})
