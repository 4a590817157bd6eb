// Site-wide delivery files a running process made in an earlier build, reused when they are made
// from the same inputs. After one edit the feeds, the sitemap and most procedure documents of a
// large site come out the same; making, serialising and hashing them again is most of what an
// incremental build would otherwise spend. Inputs are compared element by element with Object.is:
// remembered summaries and documents are the same objects while unchanged (graphReadMemo.ts), and
// strings compare by value.
import {sameItems} from '../memo/sameItems.ts'
import {withSha256OffThread} from '../publish/fileHash.ts'
import type {HashedFile, RenderedFile} from '../render/lib/types.ts'

const lastMade = new WeakMap<object, Map<string, {inputs: readonly unknown[]; files: HashedFile<RenderedFile>[]}>>()

/**
 * `make()`'s files, or the files made last time for the same `owner` (the clinic) and `name` when
 * `inputs` are the same.
 */
export const reuseOrMake = async (
  owner: object,
  name: string,
  inputs: readonly unknown[],
  make: () => RenderedFile[] | Promise<RenderedFile[]>,
): Promise<HashedFile<RenderedFile>[]> => {
  let byName = lastMade.get(owner)
  if (!byName) lastMade.set(owner, (byName = new Map()))
  const last = byName.get(name)
  if (last && sameItems(last.inputs, inputs)) return last.files
  const files = await Promise.all((await make()).map(withSha256OffThread))
  byName.set(name, {inputs, files})
  return files
}
