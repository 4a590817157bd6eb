// Runs a bench script in a fresh Node process and reads back the JSON line it prints last: a
// measurement of start-up, memory or heap belongs to that process alone.
import {spawn} from 'node:child_process'

/** `name` says which child in an error ("build child"). */
export const runJsonChild = <Result>(name: string, args: readonly string[]): Promise<{result: Result; wallMs: number}> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'inherit']})
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      const line = stdout.trim().split('\n').pop() ?? ''
      if (code !== 0) return reject(new Error(`${name} exited with ${code}`))
      try {
        resolve({result: JSON.parse(line) as Result, wallMs})
      } catch (error) {
        reject(new Error(`${name} printed no measurement: ${String(error)}: ${line.slice(0, 500)}`))
      }
    })
  })
