// Runs one corpus size's Sanad measurements in a fresh Node process (buildChild.ts), so start-up,
// JIT warm-up and peak RSS belong to that build alone, and reads back its JSON line.
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {BuildChildRequest, BuildMeasurement} from './buildChild.ts'

const CHILD = fileURLToPath(new URL('./buildChild.ts', import.meta.url))

export interface ChildBuildOptions extends BuildChildRequest {
  /** Write a V8 CPU profile of the child here (`--cpu-prof-dir`). */
  cpuProfDir?: string | undefined
}

export const measureBuildInChild = ({cpuProfDir, ...request}: ChildBuildOptions): Promise<BuildMeasurement & {processWallMs: number}> =>
  new Promise((resolve, reject) => {
    const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []
    const started = performance.now()
    const child = spawn(process.execPath, [...nodeArgs, CHILD, JSON.stringify(request)], {stdio: ['ignore', 'pipe', 'inherit']})
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const processWallMs = performance.now() - started
      const line = stdout.trim().split('\n').pop() ?? ''
      if (code !== 0) return reject(new Error(`build child exited with ${code}`))
      try {
        resolve({...(JSON.parse(line) as BuildMeasurement), processWallMs})
      } catch (error) {
        reject(new Error(`build child printed no measurement: ${String(error)}: ${line.slice(0, 500)}`))
      }
    })
  })
