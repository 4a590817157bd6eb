// A site file a running process made in an earlier build, reused with its hash when nothing it
// read from the graph has changed (reads are recorded, see src/content/graphReadMemo.ts) and its
// other inputs (`keys`, plus the clinic and its calendar day) are the same. A one-off build, whose
// site input has no memo, just makes the file.
import {todayFor} from '../../presets/index.ts'
import {rememberGraphReads} from '../../content/graphReadMemo.ts'
import {withSha256} from '../../publish/fileHash.ts'
import type {RenderedFile, RenderSiteInput} from './types.ts'

export const rememberedFile = (
  site: RenderSiteInput,
  owner: object,
  name: string,
  keys: readonly unknown[],
  make: (site: RenderSiteInput) => RenderedFile,
): RenderedFile => {
  if (!site.memo) return make(site)
  const key = {owner, scope: `${name}:${site.clinic._id}`, graph: site.graph, keys: [site.clinic, todayFor(site.clinic.jurisdiction, site.now), ...keys]}
  return rememberGraphReads(site.memo, key, (graph) => withSha256(make({...site, graph})))
}
