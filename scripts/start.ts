// `npm start`: the main job on the embedded default. Builds every clinic from the bundled dataset
// (or Sanity, when SANITY_PROJECT_ID is set) into dist/, then serves the sites and the report page,
// through `sanad serve`'s own code (serveSites, without a webhook): its ports are taken before the
// build, and a build that leaves no site to serve ends it with exit 2.
import {resolve} from 'node:path'
import {parsePort} from '../src/cli/options.ts'
import {isSanadError} from '../src/errors/catalog.ts'
import {limitHeapGrowth} from '../src/process/heapGrowth.ts'
import {formatTextReport} from '../src/report/formatText.ts'
import {serveSites} from '../src/server/serveSites.ts'
import {selectSource} from '../src/sources/selectSource.ts'

limitHeapGrowth()
const outDir = resolve(process.env.SANAD_OUT ?? 'dist')

try {
  const port = parsePort(process.env.PORT ?? '4321', 'PORT')
  const served = await serveSites({
    outDir,
    openSource: () => selectSource(process.env),
    port,
    portName: 'PORT',
    onProgress: (message) => console.error(`sanad: ${message}`),
  })
  console.log(formatTextReport(served.initialReport, {mode: 'build'}))
  console.log(`\nBuild report: ${served.reportUrl}`)
  for (const [slug, url] of Object.entries(served.clinicUrls)) console.log(`  ${slug}: ${url}`)
  console.log('Press Ctrl+C to stop.')
  const stop = () => void served.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  if (!isSanadError(error)) throw error
  console.error(`sanad: ${error.code}: ${error.message}\n  what to do: ${error.hint}`)
  process.exit(error.exitCode)
}
