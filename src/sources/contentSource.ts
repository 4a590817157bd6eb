// The one interface the pipeline reads content through, whether from a dataset export on disk or
// from the Sanity Content Lake. Sources do IO; validation happens later, once, in parseDocuments.
import type {Finding} from '../findings/finding.ts'
import type {SourceLabel} from './arabicSourceLabel.ts'

export type QueryParams = Record<string, unknown>

/** An image field as stored: `asset._ref` (Content Lake) or `_sanityAsset` (inside a dataset export). */
export interface ImageValue {
  asset?: {_ref: string} | undefined
  _sanityAsset?: string | undefined
  crop?: {top?: number; bottom?: number; left?: number; right?: number} | undefined
  hotspot?: {x?: number; y?: number; height?: number; width?: number} | undefined
}

export interface ImageDimensions {
  width: number
  height: number
}

/** Where an image's bytes are: a file to copy next to the page, or a CDN URL to link to. */
export type ResolvedImage =
  | {kind: 'file'; path: string; fileName: string; dimensions?: ImageDimensions}
  | {kind: 'url'; url: string; dimensions?: ImageDimensions}

export interface ImageOptions {
  /** Requested width in CSS pixels; only CDN images are resized, files are copied as they are. */
  width?: number
}

/** A draft or release version a source saw and left out: what the build report lists as not published. */
export interface DraftSummary {
  id: string
  type: string
  /** The document's `title` (or `name`), when it has one. */
  title?: string
}

/** A document a source could not read but can name: its id and type as the unreadable text gives them. */
export interface UnreadableDocument {
  id: string
  type?: string
}

export interface ContentSource {
  readonly kind: 'local' | 'sanity'
  /**
   * Runs a GROQ query over published documents only (drafts and release versions never match). The
   * result is the caller's own: loadContent empties the array of documents as it parses them.
   */
  fetch<Result = unknown>(query: string, params?: QueryParams): Promise<Result>
  /** `undefined` when the value points at no image this source can deliver (e.g. a file missing from the export). */
  resolveImage(image: ImageValue, options?: ImageOptions): ResolvedImage | undefined
  /**
   * Why `resolveImage` has nothing for this image value, in Arabic for the writer or operator: which
   * file is missing and what brings it back; `undefined` when it has the image. Only a source whose
   * files can go missing (a dataset export copied without its images/) says.
   */
  missingImageReason?(image: ImageValue): string | undefined
  /** One line for operators (progress, errors, the JSON reports), e.g. `local dataset /data/export.tar.gz (123 documents, 4 drafts ignored)`. */
  describe(): string
  /**
   * The same source in Arabic, for the reports writers and reviewers read, e.g. «مجموعة بيانات
   * محلية (تصدير Sanity): /data/export.tar.gz», its path or ids as parts of their own
   * (arabicSourceLabel.ts). No counts: the reports give them on a line of their own.
   */
  describeInArabic(): SourceLabel
  /** Content problems met while reading, before any document is parsed (e.g. a malformed NDJSON line). */
  readonly findings: readonly Finding[]
  /**
   * Documents the source could not read but can name (an export line that is not JSON, whose text
   * still gives its id and type): a clinic among them is left unbuilt, not taken for a deleted one.
   */
  readonly unreadableDocuments?: readonly UnreadableDocument[]
  /**
   * The drafts and release versions the published perspective leaves out, which the build report
   * lists as not published. `null` when the source cannot see them: the Content Lake shows them only
   * to a request with a token.
   */
  listDrafts(): Promise<readonly DraftSummary[] | null>
  /** Releases what the source holds (temporary folders of an extracted archive). Safe to call twice. */
  close(): Promise<void>
}
