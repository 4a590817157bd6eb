// The local content source: a dataset export on disk (data.ndjson, an export folder or its .tar.gz),
// read once, filtered to the published perspective and queried in memory with groq-js.
import {readdir} from 'node:fs/promises'
import {join} from 'node:path'
import type {ContentSource} from '../contentSource.ts'
import {createGroqEvaluator} from './groqEvaluator.ts'
import {locateDataset} from './locateDataset.ts'
import {toPublishedDataset} from './publishedDataset.ts'
import {readNdjsonDocuments} from './readNdjsonDocuments.ts'
import {resolveExportImage, type ExportImageIndex} from './resolveExportImage.ts'

const IMAGES_FOLDER = 'images'

const readImageIndex = async (rootDir: string): Promise<ExportImageIndex> => {
  // An export without images is valid (a dataset with no image fields, or exported with --no-assets).
  const names = await readdir(join(rootDir, IMAGES_FOLDER)).catch(() => [] as string[])
  return {rootDir, files: new Set(names.map((name) => `${IMAGES_FOLDER}/${name}`))}
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`

/** Opens the dataset at `path`; call `close()` when done so an extracted archive is removed. */
export const openLocalSource = async (path: string): Promise<ContentSource> => {
  const location = await locateDataset(path)
  try {
    const read = await readNdjsonDocuments(location.ndjsonPath, location.ndjsonLabel)
    const {dataset, draftsIgnored, drafts} = toPublishedDataset(read.documents)
    const images = await readImageIndex(location.rootDir)
    const evaluate = createGroqEvaluator(dataset)

    const details = [
      plural(dataset.documents.length, 'document', 'documents'),
      `${plural(draftsIgnored, 'draft', 'drafts')} ignored`,
      ...(read.findings.length > 0 ? [plural(read.findings.length, 'unreadable line', 'unreadable lines')] : []),
    ]
    let closed = false

    return {
      kind: 'local',
      fetch: (query, params) => evaluate(query, params),
      resolveImage: (image) => resolveExportImage(image, images),
      describe: () => `local dataset ${location.inputPath} (${details.join(', ')})`,
      findings: read.findings,
      draftsIgnored,
      drafts,
      close: async () => {
        if (closed) return
        closed = true
        await location.release()
      },
    }
  } catch (error) {
    await location.release()
    throw error
  }
}
