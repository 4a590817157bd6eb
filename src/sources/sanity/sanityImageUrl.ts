// Builds Sanity CDN URLs for image values from the Content Lake, honouring the editor's crop and
// hotspot, with @sanity/image-url (the URL scheme is Sanity's, so we don't hand-assemble it).
import {createImageUrlBuilder, type SanityImageObject} from '@sanity/image-url'
import type {ImageOptions, ImageValue, ResolvedImage} from '../contentSource.ts'
import {parseImageAssetRef} from '../imageAssetRef.ts'

type Complete<T> = {[K in keyof T]-?: Exclude<T[K], undefined>}

const isComplete = <T extends object>(value: T | undefined, keys: readonly (keyof T)[]): value is T & Complete<T> =>
  value !== undefined && keys.every((key) => typeof value[key] === 'number')

const buildImageUrl = (project: {projectId: string; dataset: string}) => {
  const builder = createImageUrlBuilder(project)
  return (image: ImageValue, options: ImageOptions): ResolvedImage | undefined => {
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

type Resolved = Map<number | undefined, ResolvedImage | undefined>

// Per project and dataset, what each image value resolved to, per width. A running server opens a
// source for every save and then asks for the hero image of every published article (a reused page
// still carries its image): building thousands of URLs with @sanity/image-url again took ~50 ms of
// each save at 4,000 articles. Image values are never changed once loaded, and a save shares every
// unchanged document, so a value's URL is built once; weakly held, it goes with its document.
const resolvedPerProject = new Map<string, WeakMap<ImageValue, Resolved>>()

export const createSanityImageResolver = (project: {projectId: string; dataset: string}) => {
  const build = buildImageUrl(project)
  const key = `${project.projectId}\u0000${project.dataset}`
  let resolved = resolvedPerProject.get(key)
  if (!resolved) resolvedPerProject.set(key, (resolved = new WeakMap()))
  const known = resolved
  return (image: ImageValue, options: ImageOptions = {}): ResolvedImage | undefined => {
    let widths = known.get(image)
    if (!widths) known.set(image, (widths = new Map()))
    if (widths.has(options.width)) return widths.get(options.width)
    const value = build(image, options)
    widths.set(options.width, value)
    return value
  }
}
