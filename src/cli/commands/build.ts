// `sanad build`: publish what passes the gate to <out>/<clinic>, leave out what fails.
import {resolve} from 'node:path'
import {Option, type Command} from 'commander'
import {hasErrors} from '../../report/buildReport.ts'
import {formatJsonReport} from '../../report/formatJson.ts'
import {formatTextReport} from '../../report/formatText.ts'
import {selectSource} from '../../sources/selectSource.ts'
import {clinicOption, datasetOption, formatOption, nonEmpty, nowOption, type CommonOptions} from '../options.ts'

interface BuildOptions extends CommonOptions {
  out: string
  strict?: boolean
}

export const registerBuildCommand = (program: Command): void => {
  program
    .command('build')
    .description('build every clinic site (or --clinic ones) into <out>/<clinic>/, publishing only articles that pass the gate')
    .addOption(datasetOption())
    .addOption(clinicOption())
    .addOption(new Option('--out <dir>', 'output folder').default('dist').argParser(nonEmpty('--out')))
    .addOption(new Option('--strict', 'exit 1 if any article was blocked or any document could not be read'))
    .addOption(formatOption())
    .addOption(nowOption())
    .action(async (options: BuildOptions) => {
      const {runBuild} = await import('../../pipeline/runBuild.ts')
      const source = await selectSource(process.env, options.dataset ? {datasetPath: options.dataset} : {})
      try {
        const report = await runBuild({
          source,
          outDir: resolve(options.out),
          clinicSlugs: options.clinic ?? [],
          now: options.now ?? new Date(),
          onProgress: (message) => process.stderr.write(`sanad: ${message}\n`),
        })
        process.stdout.write(`${options.format === 'json' ? formatJsonReport(report) : formatTextReport(report, {mode: 'build'})}\n`)
        const failed = report.clinics.some((clinic) => clinic.failure)
        // --strict fails on what check fails on: a blocked article, or a document left out unread.
        process.exitCode = failed ? 2 : options.strict && hasErrors(report) ? 1 : 0
      } finally {
        await source.close()
      }
    })
}
