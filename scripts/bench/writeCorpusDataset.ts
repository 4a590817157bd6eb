// Writes a generated corpus as a dataset export folder (data.ndjson, plus assets.json and images/
// from the bundled dataset so image references resolve) under a fresh temporary directory.
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {RawDocument} from './generateCorpus.ts'

export const readExportDocuments = async (datasetDir: string): Promise<RawDocument[]> =>
  (await readFile(join(datasetDir, 'data.ndjson'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawDocument)

/** Writes `documents` as `<dir>/data.ndjson`, copying the base export's assets; returns the ndjson size in bytes. */
export const writeExportDataset = async (dir: string, documents: readonly RawDocument[], assetsFrom: string): Promise<number> => {
  await cp(join(assetsFrom, 'images'), join(dir, 'images'), {recursive: true})
  await cp(join(assetsFrom, 'assets.json'), join(dir, 'assets.json')).catch(() => {})
  const ndjson = `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`
  await writeFile(join(dir, 'data.ndjson'), ndjson)
  return Buffer.byteLength(ndjson)
}

export const makeTempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), prefix))
