// Builds Sanity CDN URLs for image values from the Content Lake, honouring the editor's crop and
// hotspot, with @sanity/image-url (the URL scheme is Sanity's, so we don't hand-assemble it).
import {createImageUrlBuilder, type SanityImageObject} from '@sanity/image-url'
import type {ImageOptions, ImageValue, ResolvedImage} from '../contentSource.ts'
import {parseImageAssetRef} from '../imageAssetRef.ts'

type Complete<T> = {[K in keyof T]-?: Exclude<T[K], undefined>}

const isComplete = <T extends object>(value: T | undefined, keys: readonly (keyof T)[]): value is T & Complete<T> =>
  value !== undefined && keys.every((key) => typeof value[key] === 'number')

export const createSanityImageResolver = (project: {projectId: string; dataset: string}) => {
  const builder = createImageUrlBuilder(project)
  return (image: ImageValue, options: ImageOptions = {}): ResolvedImage | undefined => {
    const ref = image.asset?._ref
    const asset = ref ? parseImageAssetRef(ref) : undefined
    if (!ref || !asset) return undefined
    const source: SanityImageObject = {
      asset: {_ref: ref},
      // A partial crop or hotspot would make the builder compute NaN rectangles; ignore it instead.
      ...(isComplete(image.crop, ['top', 'bottom', 'left', 'right']) ? {crop: image.crop} : {}),
      ...(isComplete(image.hotspot, ['x', 'y', 'width', 'height']) ? {hotspot: image.hotspot} : {}),
    }
    let url = builder.image(source).auto('format')
    if (options.width) url = url.width(options.width)
    return {kind: 'url', url: url.url(), dimensions: asset.dimensions}
  }
}
