// The local content source: a dataset export on disk (data.ndjson, an export folder or its .tar.gz),
// filtered to the published perspective and queried in memory with groq-js. The documents are read
// on open and held only while queries run (holdWhileQueried.ts); a query after that reads the file
// again through the handle opened first, so every query sees the file as it was on open.
import {open, readdir, realpath, type FileHandle} from 'node:fs/promises'
import type {Dirent, Stats} from 'node:fs'
import {join} from 'node:path'
import {SanadError} from '../../errors/catalog.ts'
import {shellQuoted} from '../../errors/shellQuoted.ts'
import {englishCount as plural} from '../../locale/englishCount.ts'
import type {ContentSource, ImageValue, ResolvedImage} from '../contentSource.ts'
import {oncePerObject} from '../../memo/oncePerObject.ts'
import {localSourceLabel} from '../arabicSourceLabel.ts'
import {datasetReadError} from './datasetReadError.ts'
import {createGroqEvaluator} from './groqEvaluator.ts'
import {holdWhileQueried} from './holdWhileQueried.ts'
import {locateDataset, type DatasetLocation} from './locateDataset.ts'
import {toPublishedDataset, type PublishedDataset} from './publishedDataset.ts'
import {readNdjsonDocuments} from './readNdjsonDocuments.ts'
import {missingExportImageReason} from './missingExportImageReason.ts'
import {resolveExportImage, type ExportImageIndex} from './resolveExportImage.ts'

const IMAGES_FOLDER = 'images'

const readImageIndex = async (rootDir: string): Promise<ExportImageIndex> => {
  // An export without images is valid (a dataset with no image fields, or exported with --no-assets);
  // an image field pointing into it is reported (missingExportImageReason.ts), not fatal.
  // Regular files only: a link in an export unpacked by another tool (GNU tar keeps links that point
  // anywhere) would publish whatever file of this machine it names.
  // The folder itself too: readdir follows a link named images/, which would publish a whole folder
  // of this machine (images -> /etc) one regular file at a time.
  const folder = join(rootDir, IMAGES_FOLDER)
  const [root, resolved] = await Promise.all([realpath(rootDir), realpath(folder).catch(() => undefined)])
  if (resolved !== undefined && resolved !== join(root, IMAGES_FOLDER)) {
    throw new SanadError(
      'DATASET_UNREADABLE',
      `${folder} is a link to ${resolved}: Sanad reads images only from the export's own images/ folder, so that no file elsewhere on this machine reaches a site.`,
      // The catalog's hint (export again, check for truncation) is about a damaged file; this one is whole.
      {hint: `Replace the link with the folder itself (\`rm ${shellQuoted(folder)} && cp -r ${shellQuoted(resolved)} ${shellQuoted(folder)}\`), or pass the export folder sanity dataset export wrote.`},
    )
  }
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => undefined)
  const inFolder = (kind: (entry: Dirent) => boolean) => new Set((entries ?? []).filter(kind).map((entry) => `${IMAGES_FOLDER}/${entry.name}`))
  return {rootDir, files: inFolder((entry) => entry.isFile()), links: inFolder((entry) => entry.isSymbolicLink()), hasImagesFolder: entries !== undefined}
}

const openDataFile = async (location: DatasetLocation): Promise<FileHandle> => {
  try {
    return await open(location.ndjsonPath, 'r')
  } catch (error) {
    throw datasetReadError(location.ndjsonLabel, location.ndjsonPath, error)
  }
}

/**
 * A file replaced on disk (a new export written next to it and renamed) is still the file this
 * handle reads; one rewritten in place is not, and mixing two versions in one build would be worse
 * than stopping.
 */
const assertUnchanged = async (file: FileHandle, opened: Stats, label: string): Promise<void> => {
  const now = await file.stat()
  if (now.size !== opened.size || now.mtimeMs !== opened.mtimeMs) {
    throw new SanadError('DATASET_UNREADABLE', `${label} was rewritten while this run was using it; run again to read the new version.`)
  }
}

/** Opens the dataset at `path`; call `close()` when done so an extracted archive is removed. */
export const openLocalSource = async (path: string): Promise<ContentSource> => {
  const location = await locateDataset(path)
  let file: FileHandle | undefined
  try {
    file = await openDataFile(location)
    const opened = await file.stat()
    const read = await readNdjsonDocuments(file, location.ndjsonLabel)
    const {dataset, draftsIgnored, drafts} = toPublishedDataset(read.documents)
    const images = await readImageIndex(location.rootDir)
    // Every build asks again for the image of every published article (reused pages still carry
    // their images into the release); an image value never changes, so it is resolved once. And
    // once per file: articles sharing a picture get the same answer, so a release, which collects
    // its images by answer, handles each file once rather than once per article.
    const byFile = new Map<string, ResolvedImage>()
    const resolveImage = oncePerObject((image: ImageValue): ResolvedImage | undefined => {
      const resolved = resolveExportImage(image, images)
      if (resolved?.kind !== 'file') return resolved
      const known = byFile.get(resolved.path)
      if (known) return known
      byFile.set(resolved.path, resolved)
      return resolved
    })
    const evaluate = createGroqEvaluator()
    const handle = file
    const datasets = holdWhileQueried<PublishedDataset>(dataset, async () => {
      await assertUnchanged(handle, opened, location.ndjsonLabel)
      return toPublishedDataset((await readNdjsonDocuments(handle, location.ndjsonLabel)).documents).dataset
    })

    const details = [
      plural(dataset.documents.length, 'document', 'documents'),
      `${plural(draftsIgnored, 'draft', 'drafts')} ignored`,
      ...(read.unreadableLines > 0 ? [plural(read.unreadableLines, 'unreadable line', 'unreadable lines')] : []),
      ...(read.repeatedIds > 0 ? [plural(read.repeatedIds, 'line repeating an id', 'lines repeating an id')] : []),
    ]
    let closed = false

    return {
      kind: 'local',
      fetch: (query, params) => datasets.query((published) => evaluate(published, query, params)),
      resolveImage,
      missingImageReason: (image) => missingExportImageReason(image, images, location.inputPath),
      describe: () => `local dataset ${location.inputPath} (${details.join(', ')})`,
      describeInArabic: () => localSourceLabel(location.inputPath),
      findings: read.findings,
      unreadableDocuments: read.unreadable,
      listDrafts: async () => drafts,
      close: async () => {
        if (closed) return
        closed = true
        datasets.release()
        try {
          await handle.close()
        } finally {
          await location.release()
        }
      },
    }
  } catch (error) {
    await file?.close()
    await location.release()
    throw error
  }
}
