// Reads the two ways an image field names its file: a Content Lake asset id
// (`image-<sha1>-<w>x<h>-<ext>`) and a dataset export's `_sanityAsset` (`image@file://./images/<file>`).
import type {ImageDimensions} from './contentSource.ts'

export interface ImageAssetRef {
  assetId: string
  /** The name `sanity dataset export` gives the file under `images/`: `<sha1>-<w>x<h>.<ext>`. */
  fileName: string
  dimensions: ImageDimensions
}

const ASSET_ID = /^image-([a-zA-Z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/

export const parseImageAssetRef = (ref: string): ImageAssetRef | undefined => {
  const match = ASSET_ID.exec(ref)
  if (!match) return undefined
  const [, hash, width, height, extension] = match as unknown as [string, string, string, string, string]
  return {
    assetId: ref,
    fileName: `${hash}-${width}x${height}.${extension}`,
    dimensions: {width: Number(width), height: Number(height)},
  }
}

const EXPORT_ASSET = /^image@file:\/\/\.\/(.+)$/

/** The export-relative path (`images/<file>`) of a `_sanityAsset` value, or `undefined` if it is not one. */
export const parseExportAssetPath = (value: string): string | undefined => {
  const relativePath = EXPORT_ASSET.exec(value)?.[1]
  // An export only ever points inside itself; anything climbing out is not an asset path.
  if (!relativePath || relativePath.split('/').includes('..')) return undefined
  return relativePath
}

const FILE_DIMENSIONS = /-(\d+)x(\d+)\.[a-z0-9]+$/

/** Exported image files keep the asset's dimensions in their name. */
export const dimensionsFromFileName = (fileName: string): ImageDimensions | undefined => {
  const match = FILE_DIMENSIONS.exec(fileName)
  return match ? {width: Number(match[1]), height: Number(match[2])} : undefined
}
