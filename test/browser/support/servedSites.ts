// The bundled dataset built and served by `sanad serve` (serveSites) on 127.0.0.1 ports, at the
// tests' fixed now; every browser test file starts its own and closes it afterwards.
import {rm} from 'node:fs/promises'
import {serveSites, type ServedSites} from '../../../src/server/serveSites.ts'
import {openLocalSource} from '../../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, NOW, tempDir} from '../../support/bundledDataset.ts'

export interface BundledSites {
  served: ServedSites
  close(): Promise<void>
}

export const serveBundledSites = async (): Promise<BundledSites> => {
  const outDir = await tempDir('sanad-browser-')
  const served = await serveSites({outDir, openSource: () => openLocalSource(BUNDLED_DATASET), port: 0, now: () => NOW})
  return {
    served,
    close: async () => {
      await served.close()
      await rm(outDir, {recursive: true, force: true})
    },
  }
}
