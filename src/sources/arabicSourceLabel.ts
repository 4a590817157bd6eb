// How a content source is named in the Arabic reports (build, check, review). Each source says
// what it is in its own words; the values it names (a path, a project id, a dataset) are separate
// parts, because each report keeps them left to right in its own way: the page in a `dir="ltr"`
// isolate, so a path's leading slash keeps its place in the Arabic sentence; the text report as it
// is, since it carries no reordering control at all (it reports them in content). Pure.
import {revealReorderingControls} from '../checks/formatCharacters.ts'
import {LRM} from '../locale/bidiIsolates.ts'

/** Arabic prose, or a value that reads left to right whatever letters it holds. */
export type SourceLabel = ReadonlyArray<string | {ltr: string}>

export const localSourceLabel = (path: string): SourceLabel => ['مجموعة بيانات محلية (تصدير Sanity): ', {ltr: path}]

export const sanitySourceLabel = (config: {projectId: string; dataset: string; apiVersion: string; withToken: boolean}): SourceLabel => [
  'مشروع Sanity ',
  {ltr: config.projectId},
  '، مجموعة البيانات ',
  {ltr: config.dataset},
  ' (إصدار الواجهة ',
  {ltr: `v${config.apiVersion}`},
  `، المحتوى المنشور وحده، ${config.withToken ? 'برمز قراءة' : 'بلا رمز قراءة'})`,
]

/**
 * The label as plain text: a value's reordering controls spelled out as the text report shows
 * content's, and an LRM before it so a path's leading slash stays with it (bidiIsolates.ts).
 */
export const sourceLabelText = (label: SourceLabel): string =>
  label.map((part) => (typeof part === 'string' ? part : `${LRM}${revealReorderingControls(part.ltr)}`)).join('')
