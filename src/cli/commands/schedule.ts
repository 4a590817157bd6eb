// `sanad schedule`: run the sync-and-rebuild, scheduled-publishing and nightly review-sweep jobs on
// their cron schedules until SIGTERM/SIGINT, then finish the running job and exit.
import {resolve} from 'node:path'
import {Option, type Command} from 'commander'
import {checkSource, selectSource} from '../../sources/selectSource.ts'
import {datasetOption} from '../options.ts'

interface ScheduleOptions {
  config?: string
  dataset?: string
  out: string
  check?: boolean
}

export const registerScheduleCommand = (program: Command): void => {
  program
    .command('schedule')
    .description('run the scheduled jobs (sync and rebuild, scheduled publishing, nightly review sweep) until stopped')
    .addOption(new Option('--config <file>', 'schedule file (JSON); default: the built-in schedule'))
    .addOption(datasetOption())
    .addOption(new Option('--out <dir>', 'output folder').default('dist'))
    .addOption(new Option('--check', 'validate the schedule file and exit'))
    .action(async (options: ScheduleOptions) => {
      const {fileStateStore, loadScheduleConfig, reviewSweepJob, scheduledPublishingJob, skippedRunWarnings, startScheduler, syncAndRebuildJob} = await import('../../schedule/index.ts')
      const config = await loadScheduleConfig(options.config)
      const log = (message: string) => process.stderr.write(`sanad: ${new Date().toISOString()} ${message}\n`)
      const warnings = skippedRunWarnings(config, new Date())
      if (options.check) {
        for (const warning of warnings) process.stderr.write(`sanad: warning: ${warning}\n`)
        process.stdout.write(`${JSON.stringify(config, null, 2)}\n`)
        return
      }
      for (const warning of warnings) log(`warning: ${warning}`)
      const sourceOptions = options.dataset ? {datasetPath: options.dataset} : {}
      const environment = {
        outDir: resolve(options.out),
        openSource: () => selectSource(process.env, sourceOptions),
        onProgress: log,
      }
      // A source that cannot be opened now (no dataset at --dataset, a Sanity variable missing or
      // malformed) will not open at the next slot either: exit 2 with what to do, as every command
      // does, rather than run and log the same failure every few minutes. Nothing is read or asked
      // of the Content Lake, so a network that is down for a while does not stop the scheduler.
      await checkSource(process.env, sourceOptions)
      const scheduler = await startScheduler({
        config,
        store: fileStateStore(resolve(config.stateFile)),
        jobs: {
          syncAndRebuild: syncAndRebuildJob(environment),
          scheduledPublishing: scheduledPublishingJob(environment),
          reviewSweep: reviewSweepJob({...environment, digestDir: resolve(config.digestDir)}),
        },
        onEvent: (event) => {
          if (event.type === 'run-finished') log(`${event.job} (${event.slot}): ${event.summary}`)
          else if (event.type === 'run-failed') log(`${event.job} (${event.slot}) FAILED: ${event.error}`)
          else if (event.type === 'slot-missed') log(`${event.job} (${event.slot}): slot missed (the machine slept or the process was blocked); running it once now`)
          else if (event.type === 'skipped-run-made-up') log(`${event.job} (${event.slot}): ${event.skipped} does not exist in ${event.timeZone} (the clocks went forward from ${event.gap.from} to ${event.gap.to}); running it now, at ${event.gap.to} local, instead`)
          else if (event.type === 'overlap-skipped') log(`${event.job} (${event.slot}): previous run still going; skipped`)
          else if (event.type === 'run-started' && event.reason !== 'scheduled') log(`${event.job}: ${event.reason} run`)
          else if (event.type === 'state-unsaved') log(`${event.job ? `${event.job} (${event.slot}): ` : ''}the scheduler state could not be saved (${event.error}); it is kept in memory until the next save`)
        },
      })
      log(`scheduler running (${Object.entries(config.jobs).map(([name, job]) => `${name} "${job.cron}"${job.enabled ? '' : ' (off)'}`).join(', ')}, ${config.timezone}); state in ${config.stateFile}`)
      await new Promise<void>((resolveStop) => {
        const stop = (signal: string) => {
          log(`${signal}: finishing the running job, then exiting`)
          void scheduler.stop().then(resolveStop)
        }
        process.once('SIGINT', () => stop('SIGINT'))
        process.once('SIGTERM', () => stop('SIGTERM'))
      })
    })
}
