// `sanad lint` as a user runs it: compiler-style text, the JSON shape, and exit codes 0/1/2.
import {rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../support/bundledDataset.ts'
import {runSanad} from '../support/runSanad.ts'

const SEED_000 = 'test/fixtures/legacy/seed-000.txt'
const SEED_004 = 'test/fixtures/legacy/seed-004.txt'

const sanad = runSanad

let dir: string
beforeAll(async () => {
  dir = await tempDir('sanad-lint-')
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('sanad lint', () => {
  it('prints file:line:col  severity  message  rule-id for seed 000 and exits 1', async () => {
    const result = await sanad(['lint', SEED_000])
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split('\n')
    expect(lines.map((line) => line.replace(/  (error|warning)  .*  (\S+)$/, '  $1  …  $2'))).toEqual([
      `${SEED_000}:1:1  error  …  disclaimer-missing`,
      `${SEED_000}:22:92  error  …  banned-claim`,
      `${SEED_000}:26:156  error  …  banned-claim`,
      `${SEED_000}:41:139  error  …  banned-claim`,
      '4 errors, 0 warnings in 1 file',
    ])
    expect(lines[2]).toContain('«لا يُعرض الجسم لأي مضاعفات»')
  })

  it('reads a file named twice («a.txt ./a.txt», overlapping globs) once, reported as first named', async () => {
    const once = await sanad(['lint', SEED_000, '--format', 'json'])
    const twice = await sanad(['lint', SEED_000, `./${SEED_000}`, SEED_000, '--format', 'json'])
    expect(twice.code).toBe(1)
    expect(twice.stdout).toBe(once.stdout)
    expect(JSON.parse(twice.stdout).files.map((file: {path: string}) => file.path)).toEqual([SEED_000])
  })

  it('reports nothing for seed 004 and exits 0', async () => {
    const result = await sanad(['lint', SEED_004, '--jurisdiction', 'SA'])
    expect(result).toMatchObject({code: 0, stdout: '0 errors, 0 warnings in 1 file\n'})
  })

  it('writes {files:[{path, findings:[{ruleId, severity, message, line, column, excerpt}]}]} with --format json', async () => {
    const result = await sanad(['lint', SEED_004, SEED_000, '--format', 'json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.files.map((file: {path: string}) => file.path)).toEqual([SEED_004, SEED_000])
    expect(report.files[0].findings).toEqual([])
    expect(report.files[1].findings[2]).toEqual({
      ruleId: 'banned-claim',
      severity: 'error',
      message: expect.stringContaining('ادعاء أمان مطلق'),
      line: 26,
      column: 156,
      excerpt: 'لا يُعرض الجسم لأي مضاعفات',
    })
  })

  it('exits 0 when the only findings are warnings (discount wording in EG), 1 in AE', async () => {
    const file = join(dir, 'offer.md')
    await writeFile(file, '# عرض\n\nخصم على الجلسات.\n\nالمحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.\n')
    const egypt = await sanad(['lint', file])
    expect(egypt.code).toBe(0)
    expect(egypt.stdout).toContain(`${file}:3:1  warning  «خصم»`)
    expect((await sanad(['lint', file, '--jurisdiction', 'AE'])).code).toBe(1)
  })

  it.each([
    ['a missing file', async () => join(dir, 'missing.md'), /INPUT_UNREADABLE: Cannot read .*missing\.md/, 'what to do: Check the file path and permissions'],
    [
      'a file that is not UTF-8',
      async () => {
        const file = join(dir, 'latin1.txt')
        await writeFile(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff]))
        return file
      },
      /INPUT_UNREADABLE: .*latin1\.txt is not UTF-8/,
      // Read fine, in another encoding: converting it, not its path or permissions, is what to do.
      'what to do: Save it as UTF-8 and run the command again: old Arabic documents are often Windows-1256, which `iconv -f WINDOWS-1256 -t UTF-8 ',
    ],
  ])('exits 2 on %s, saying what to do', async (_, path, message, hint) => {
    const result = await sanad(['lint', SEED_004, await path()])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain(hint)
  })

  it('rejects an unknown jurisdiction with exit 2', async () => {
    expect((await sanad(['lint', SEED_004, '--jurisdiction', 'FR'])).code).toBe(2)
  })
})
