// `sanad serve`: build every clinic, serve each site and its content API on localhost, and rebuild
// the affected clinics on each signed Sanity webhook (when SANITY_WEBHOOK_SECRET is set).
import {resolve} from 'node:path'
import {Option, type Command} from 'commander'
import {selectSource} from '../../sources/selectSource.ts'
import {datasetOption, parsePort} from '../options.ts'

interface ServeOptions {
  dataset?: string
  out: string
  port: number
}

export const registerServeCommand = (program: Command): void => {
  program
    .command('serve')
    .description('build and serve every clinic site and its /api/v1/ on localhost; with SANITY_WEBHOOK_SECRET, accept POST /hooks/sanity and rebuild the affected clinics')
    .addOption(datasetOption())
    .addOption(new Option('--out <dir>', 'output folder').default('dist'))
    .addOption(new Option('--port <port>', 'port of the report and webhook; clinic sites take the next ones').default(4321).argParser((value: string) => parsePort(value)))
    .action(async (options: ServeOptions) => {
      const {serveSites} = await import('../../server/serveSites.ts')
      const log = (message: string) => process.stderr.write(`sanad: ${message}\n`)
      const secret = process.env.SANITY_WEBHOOK_SECRET?.trim()
      const served = await serveSites({
        outDir: resolve(options.out),
        openSource: () => selectSource(process.env, options.dataset ? {datasetPath: options.dataset} : {}),
        port: options.port,
        webhookSecret: secret,
        onProgress: log,
        onRebuilt: (result) => log(`rebuilt ${result.clinics.join(', ') || 'nothing'} in ${result.latencyMs} ms`),
      })
      process.stdout.write(`Build report: ${served.reportUrl}\n`)
      for (const [slug, url] of Object.entries(served.clinicUrls)) process.stdout.write(`  ${slug}: ${url}  (API: ${url}api/v1/index.json)\n`)
      process.stdout.write(served.webhookUrl ? `Sanity webhook: POST ${served.webhookUrl}\n` : 'No webhook: set SANITY_WEBHOOK_SECRET to accept POST /hooks/sanity.\n')
      await new Promise<void>((resolveStop) => {
        const stop = () => void served.close().then(resolveStop)
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
    })
}
