// Finds the file behind an image value in a dataset export: `_sanityAsset` names it directly, an
// `asset._ref` names it by convention (`image-<sha1>-<w>x<h>-<ext>` → `images/<sha1>-<w>x<h>.<ext>`).
import {basename, join} from 'node:path'
import type {ImageValue, ResolvedImage} from '../contentSource.ts'
import {dimensionsFromFileName, parseExportAssetPath, parseImageAssetRef} from '../imageAssetRef.ts'

export interface ExportImageIndex {
  rootDir: string
  /** Export-relative paths of the image files present, e.g. `images/abc-1200x630.jpg`. */
  files: ReadonlySet<string>
  /** Whether the export has an `images/` folder at all (one exported with `--no-assets`, or a bare data.ndjson, has none). */
  hasImagesFolder: boolean
  /** Export-relative paths of the links in `images/`, which are never read (a link may name any file of the machine). */
  links?: ReadonlySet<string>
}

const IMAGES_FOLDER = 'images'

/** The export-relative path (`images/<file>`) an image value names, or `undefined` when it names none. */
export const exportImagePath = (image: ImageValue): string | undefined => {
  if (image._sanityAsset) return parseExportAssetPath(image._sanityAsset)
  const ref = image.asset?._ref ? parseImageAssetRef(image.asset._ref) : undefined
  return ref ? `${IMAGES_FOLDER}/${ref.fileName}` : undefined
}

export const resolveExportImage = (image: ImageValue, index: ExportImageIndex): ResolvedImage | undefined => {
  const relativePath = exportImagePath(image)
  if (!relativePath || !index.files.has(relativePath)) return undefined
  const fileName = basename(relativePath)
  const dimensions = dimensionsFromFileName(fileName)
  return {kind: 'file', path: join(index.rootDir, relativePath), fileName, ...(dimensions ? {dimensions} : {})}
}
