// The CLI entry: parses arguments with commander, runs one command, and turns operational errors
// from the error catalog into a clear message and exit code 2.
import {Command, CommanderError} from 'commander'
import {isSanadError, sanadErrorText} from '../errors/catalog.ts'
import {registerBuildCommand} from './commands/build.ts'
import {registerCheckCommand} from './commands/check.ts'
import {registerReviewReportCommand} from './commands/review-report.ts'
import {registerDeployCommand} from './commands/deploy.ts'
import {registerScheduleCommand} from './commands/schedule.ts'
import {registerServeCommand} from './commands/serve.ts'
import {registerImportCommand} from './commands/import.ts'
import {registerLintCommand} from './commands/lint.ts'

// Each command imports its work when it runs, so `sanad build` does not load the server, Netlify's
// client or the scheduler (and `sanad --help` none of them).
const createProgram = (): Command => {
  const program = new Command('sanad')
    .description(
      'Sanad (سند): publishes only evidence-backed, reviewed Arabic medical-aesthetics articles, per clinic.\n' +
        'Without SANITY_PROJECT_ID it reads the bundled dataset in dataset/.',
    )
    .exitOverride()
    .showHelpAfterError()
  registerCheckCommand(program)
  registerBuildCommand(program)
  registerReviewReportCommand(program)
  registerServeCommand(program)
  registerDeployCommand(program)
  registerScheduleCommand(program)
  registerLintCommand(program)
  registerImportCommand(program)
  return program
}

/** Runs the CLI and resolves to the process exit code. */
export const main = async (argv: readonly string[]): Promise<number> => {
  const program = createProgram()
  try {
    await program.parseAsync([...argv])
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (isSanadError(error)) {
      process.stderr.write(sanadErrorText(error))
      return error.exitCode
    }
    // Not a content finding (exit 1) but a failure of the run itself; the stack is for the report.
    process.stderr.write(`sanad: unexpected error, a bug in Sanad; please report it with this output.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 2
  }
}
