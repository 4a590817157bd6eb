// `npm start`: the main job on the embedded default. Builds every clinic from the bundled dataset
// (or Sanity, when SANITY_PROJECT_ID is set) into dist/, then serves the sites and the report page.
import {resolve} from 'node:path'
import {parsePort} from '../src/cli/options.ts'
import {isSanadError} from '../src/errors/catalog.ts'
import {runBuild} from '../src/pipeline/runBuild.ts'
import {formatTextReport} from '../src/report/formatText.ts'
import {renderReportPage} from '../src/report/reportPage.ts'
import {startSiteServers} from '../src/server/startSiteServers.ts'
import {selectSource} from '../src/sources/selectSource.ts'

const outDir = resolve(process.env.SANAD_OUT ?? 'dist')

try {
  const port = parsePort(process.env.PORT ?? '4321', 'PORT')
  const source = await selectSource(process.env)
  const report = await runBuild({source, outDir, now: new Date(), onProgress: (message) => console.error(`sanad: ${message}`)}).finally(() =>
    source.close(),
  )
  console.log(formatTextReport(report, {mode: 'build'}))
  const servers = await startSiteServers({
    outDir,
    // A clinic whose new release failed still has its previous site to serve.
    clinics: report.clinics.filter((clinic) => clinic.release || clinic.previousSiteLive).map((clinic) => clinic.slug),
    port,
    reportHtml: (clinicUrls) => renderReportPage(report, clinicUrls),
  })
  console.log(`\nBuild report: ${servers.reportUrl}`)
  for (const [slug, url] of Object.entries(servers.clinicUrls)) console.log(`  ${slug}: ${url}`)
  console.log('Press Ctrl+C to stop.')
  const stop = () => void servers.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  if (!isSanadError(error)) throw error
  console.error(`sanad: ${error.code}: ${error.message}\n  what to do: ${error.hint}`)
  process.exit(error.exitCode)
}
