// Runs a serving command (`sanad serve`, `npm start`) in a child process until it exits on its own
// or starts serving (prints its report URL), then stops it with SIGTERM: a refusal is an exit code,
// and a command that goes on serving when it should have refused is caught without hanging the test.
import {spawn} from 'node:child_process'
import {cleanEnv} from './runSanad.ts'

export interface ServingRun {
  /** The exit code, or null when the command had to be stopped. */
  code: number | null
  /** Whether it printed its report URL, i.e. went on serving. */
  served: boolean
  stdout: string
  stderr: string
}

const SERVING = /^Build report: http:\/\/127\.0\.0\.1:\d+\/$/m

/** `script` is `scripts/sanad.ts` or `scripts/start.ts`; the run is stopped after `timeoutMs` at the latest. */
export const runServing = (script: string, args: readonly string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ServingRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {env: {...cleanEnv, ...env}})
    let stdout = ''
    let stderr = ''
    let served = false
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (!served && SERVING.test(stdout)) {
        served = true
        child.kill('SIGTERM')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, served, stdout, stderr})
    })
  })

/** The `sanad: CODE: message` line of an operational error, the one before its `what to do:` line. */
export const errorLine = (stderr: string): string | undefined => {
  const lines = stderr.split('\n')
  const hint = lines.findIndex((line) => line.startsWith('  what to do: '))
  return hint > 0 ? lines[hint - 1] : undefined
}
