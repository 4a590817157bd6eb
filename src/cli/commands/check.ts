// `sanad check`: run the publish gate only; exit 1 if any article is blocked.
import type {Command} from 'commander'
import {hasErrors} from '../../report/buildReport.ts'
import {formatJsonReport} from '../../report/formatJson.ts'
import {formatTextReport} from '../../report/formatText.ts'
import {selectSource} from '../../sources/selectSource.ts'
import {clinicOption, datasetOption, formatOption, nowOption, type CommonOptions} from '../options.ts'

export const registerCheckCommand = (program: Command): void => {
  program
    .command('check')
    .description('run the publish gate and report what would be published and what is blocked (writes nothing)')
    .addOption(datasetOption())
    .addOption(clinicOption())
    .addOption(formatOption())
    .addOption(nowOption())
    .action(async (options: CommonOptions) => {
      const {runCheck} = await import('../../pipeline/runCheck.ts')
      const source = await selectSource(process.env, options.dataset ? {datasetPath: options.dataset} : {})
      try {
        const report = await runCheck({source, clinicSlugs: options.clinic ?? [], now: options.now ?? new Date()})
        process.stdout.write(`${options.format === 'json' ? formatJsonReport(report) : formatTextReport(report, {mode: 'check'})}\n`)
        process.exitCode = hasErrors(report) ? 1 : 0
      } finally {
        await source.close()
      }
    })
}
