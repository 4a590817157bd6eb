// Builds the corpus as a Hugo site and measures it like the Sanad build: wall clock from process
// spawn to exit, pages = HTML files written, peak RSS and CPU from GNU time when it is installed.
import {execFile, spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {promisify} from 'node:util'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import {countHtmlPages} from './countHtmlPages.ts'
import {hugoSiteFiles} from './hugoSite.ts'

const GNU_TIME = '/usr/bin/time'

export interface HugoRun {
  wallMs: number
  /** What Hugo itself reports ("Total in … ms"). */
  hugoReportedMs: number | undefined
  /** From GNU time; undefined when it is not installed. */
  maxRssKb: number | undefined
  cpuMs: number | undefined
  pages: number
}

export interface HugoMeasurement {
  version: string
  markdownFiles: number
  runs: HugoRun[]
}

/** Hugo's version line, or undefined when `hugo` is not on PATH. */
export const hugoVersion = async (): Promise<string | undefined> => {
  try {
    const {stdout} = await promisify(execFile)('hugo', ['version'])
    return stdout.trim()
  } catch {
    return undefined
  }
}

const runHugo = (siteDir: string, publicDir: string, cacheDir: string, timeFile: string): Promise<{stdout: string; wallMs: number}> =>
  new Promise((resolve, reject) => {
    const hugoArgs = ['--source', siteDir, '--destination', publicDir, '--cacheDir', cacheDir]
    const [command, args] = existsSync(GNU_TIME)
      ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, 'hugo', ...hugoArgs]]
      : ['hugo', hugoArgs]
    const started = performance.now()
    const child = spawn(command, args as string[], {stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      if (code === 0) resolve({stdout, wallMs})
      else reject(new Error(`hugo exited with ${code}: ${stderr.slice(0, 2000)}`))
    })
  })

const readGnuTime = async (timeFile: string): Promise<Pick<HugoRun, 'maxRssKb' | 'cpuMs'>> => {
  const text = await readFile(timeFile, 'utf8').catch(() => '')
  const [, user, system, rss] = text.trim().split(/\s+/).map(Number)
  if (user === undefined || system === undefined || rss === undefined || [user, system, rss].some(Number.isNaN)) {
    return {maxRssKb: undefined, cpuMs: undefined}
  }
  return {maxRssKb: rss, cpuMs: (user + system) * 1000}
}

/** Writes the Hugo site for `graph` under `workDir` and builds it `runs` times from scratch. */
export const measureHugo = async (graph: ContentGraph, workDir: string, runs: number, version: string): Promise<HugoMeasurement> => {
  const siteDir = join(workDir, 'site')
  const files = hugoSiteFiles(graph)
  for (const file of files) {
    const path = join(siteDir, file.path)
    await mkdir(dirname(path), {recursive: true})
    await writeFile(path, file.contents)
  }
  const measured: HugoRun[] = []
  for (let run = 0; run < runs; run++) {
    const publicDir = join(workDir, `public-${run}`)
    const cacheDir = join(workDir, `cache-${run}`)
    const timeFile = join(workDir, `time-${run}.txt`)
    const {stdout, wallMs} = await runHugo(siteDir, publicDir, cacheDir, timeFile)
    const reported = /Total in (\d+) ms/.exec(stdout)?.[1]
    measured.push({
      wallMs,
      hugoReportedMs: reported === undefined ? undefined : Number(reported),
      ...(await readGnuTime(timeFile)),
      pages: await countHtmlPages(publicDir),
    })
    await rm(publicDir, {recursive: true, force: true})
  }
  return {version, markdownFiles: files.filter((file) => file.path.endsWith('.md') && !file.path.endsWith('_index.md')).length, runs: measured}
}
