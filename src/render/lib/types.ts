// The renderer's contract: what one clinic's site is rendered from, and the files it is made of.
import type {ContentGraph} from '../../content/contentGraph.ts'
import type {GraphReadMemo} from '../../content/graphReadMemo.ts'
import type {Clinic} from '../../content/documents/clinic.ts'
import type {Image} from '../../content/fields.ts'

/** Where an image is served from; `undefined` leaves the image out. Injected so rendering stays pure. */
export type ImageUrl = (image: Image) => string | undefined

export interface RenderSiteInput {
  clinic: Clinic
  graph: ContentGraph
  /** Ids of the articles the gate let through for this clinic; nothing else is rendered or linked. */
  publishedArticleIds: ReadonlySet<string>
  now: Date
  imageUrl: ImageUrl
  /**
   * A running process's memory of per-article values (API summaries…) with what they read from the
   * graph (src/content/graphReadMemo.ts): a rebuild after one edit recomputes only what it changed.
   */
  memo?: GraphReadMemo
}

/** A file the renderer wrote: site path (POSIX, relative to the clinic folder) and its text or UTF-8 bytes. */
export interface RenderedFile {
  path: string
  contents: string | Uint8Array
  /** sha256 of `contents`, when the producer has it cached with them: the release writer skips hashing. */
  sha256?: string
}

/** A rendered file whose contents are text: every file but the long lists (fragments.ts). */
export type TextFile = RenderedFile & {contents: string}

/** A rendered file that carries its hash (producers that keep files between builds attach it). */
export type HashedFile<File extends RenderedFile = TextFile> = File & {sha256: string}

/** A file the publisher copies unchanged out of an installed npm package. */
export interface CopiedFile {
  path: string
  copyFrom: {package: string; file: string}
}

export type SiteFile = RenderedFile | CopiedFile
