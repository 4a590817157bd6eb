// The bundled dataset (or an edited copy of it) built and served by `sanad serve` (serveSites) on
// 127.0.0.1 ports, at the tests' fixed now; every browser test file starts its own and closes it afterwards.
import {rm} from 'node:fs/promises'
import {serveSites, type ServedSites} from '../../../src/server/serveSites.ts'
import {openLocalSource} from '../../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, copyBundledDataset, NOW, tempDir, type RawDocument} from '../../support/bundledDataset.ts'

export interface BundledSites {
  served: ServedSites
  close(): Promise<void>
}

/** Serves the bundled dataset, or a temporary copy with `edit` applied to its documents (removed on close). */
export const serveBundledSites = async (edit?: (documents: RawDocument[]) => RawDocument[]): Promise<BundledSites> => {
  const dataset = edit ? await copyBundledDataset(edit) : BUNDLED_DATASET
  const outDir = await tempDir('sanad-browser-')
  const served = await serveSites({outDir, openSource: () => openLocalSource(dataset), port: 0, now: () => NOW})
  return {
    served,
    close: async () => {
      await served.close()
      await rm(outDir, {recursive: true, force: true})
      if (edit) await rm(dataset, {recursive: true, force: true})
    },
  }
}
