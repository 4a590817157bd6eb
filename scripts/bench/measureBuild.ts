// Runs one corpus size's Sanad measurements in a fresh Node process (buildChild.ts), so start-up,
// JIT warm-up and peak RSS belong to that build alone, and reads back its JSON line.
import {fileURLToPath} from 'node:url'
import type {BuildChildRequest, BuildMeasurement} from './buildChild.ts'
import {runJsonChild} from './jsonChild.ts'

const CHILD = fileURLToPath(new URL('./buildChild.ts', import.meta.url))

export interface ChildBuildOptions extends BuildChildRequest {
  /** Write a V8 CPU profile of the child here (`--cpu-prof-dir`). */
  cpuProfDir?: string | undefined
}

export const measureBuildInChild = async ({cpuProfDir, ...request}: ChildBuildOptions): Promise<BuildMeasurement & {processWallMs: number}> => {
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []
  const {result, wallMs} = await runJsonChild<BuildMeasurement>('build child', [...nodeArgs, CHILD, JSON.stringify(request)])
  return {...result, processWallMs: wallMs}
}
