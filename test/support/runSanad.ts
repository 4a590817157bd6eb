// Runs the real `sanad` command in a child process, as a user would, with an environment free of
// the developer's own SANITY_* and NETLIFY_* variables; resolves to exit code and output.
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'

const execFileAsync = promisify(execFile)

export const cleanEnv: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_') && !name.startsWith('NETLIFY_')),
)

export interface SanadRun {
  code: number
  stdout: string
  stderr: string
}

export const runSanad = async (args: readonly string[], env: Record<string, string> = {}): Promise<SanadRun> => {
  try {
    const {stdout, stderr} = await execFileAsync(process.execPath, ['scripts/sanad.ts', ...args], {env: {...cleanEnv, ...env}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}
