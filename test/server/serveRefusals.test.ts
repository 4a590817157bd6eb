// `sanad serve` and `npm start` as an operator runs them: ports they cannot use are refused before
// anything is built (exit 2, the output folder untouched), and a first build that left no clinic
// with a site to serve ends the command (exit 2) instead of serving nothing.
import {access, writeFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:net'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {removedAfterEach, tempDir} from '../support/bundledDataset.ts'
import {errorLine, runServing} from '../support/runServing.ts'
import {ERROR_CATALOG} from '../../src/errors/catalog.ts'

const cleanup = removedAfterEach()
const SERVE = 'scripts/sanad.ts'
const START = 'scripts/start.ts'
const exists = (path: string) => access(path).then(() => true, () => false)
const hintLine = (stderr: string) => stderr.split('\n').find((line) => line.startsWith('  what to do: '))

/** A command line per entry point: `sanad serve --out OUT --port P`, or `npm start` with SANAD_OUT and PORT. */
const commands = {
  'sanad serve': (out: string, port: number | string) => ({script: SERVE, args: ['serve', '--out', out, '--port', String(port)], env: {}, name: '--port'}),
  'npm start': (out: string, port: number | string) => ({script: START, args: [], env: {SANAD_OUT: out, PORT: String(port)}, name: 'PORT'}),
}
const each = Object.entries(commands)

let blocker: Server
let busyPort: number
beforeAll(async () => {
  blocker = createServer()
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  busyPort = (blocker.address() as {port: number}).port
})
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())))

describe('ports the sites cannot have', () => {
  it.each(each)('%s with the first port near 65535 exits 2 before building', async (_command, command) => {
    const out = join(await tempDir('sanad-ports-'), 'dist')
    cleanup(join(out, '..'))
    const {script, args, env, name} = command(out, 65534)
    const result = await runServing(script, args, env)
    expect(result).toMatchObject({code: 2, served: false})
    expect(await exists(out)).toBe(false)
    expect(errorLine(result.stderr)).toBe(
      `sanad: PORT_UNAVAILABLE: ${name} is 65534, but the report takes that port and the 3 clinic sites the ports after it, up to 65537; ports end at 65535. Choose ${name} 65532 or lower.`,
    )
    // No program holds these ports: the hint says to choose a lower one, not to stop anything.
    expect(hintLine(result.stderr)).toBe(
      `  what to do: Choose a lower ${name}, from 1024 to 65532: the report takes ${name} and each clinic site one of the ports after it, and all of them must be 65535 or lower.`,
    )
  })

  it.each(each)('%s with the highest first port that leaves room serves', async (_command, command) => {
    const out = join(await tempDir('sanad-ports-'), 'dist')
    cleanup(join(out, '..'))
    const {script, args, env} = command(out, 65532)
    const result = await runServing(script, args, env)
    expect(result.served).toBe(true)
    expect(result.stdout).toContain('Build report: http://127.0.0.1:65532/\n')
    expect(result.stdout).toMatch(/rawda-riyadh: http:\/\/127\.0\.0\.1:65535\//)
  })

  it.each([
    ...each.map(([command, make]) => [command, 'the report', make, 0] as const),
    ...each.map(([command, make]) => [command, 'a clinic site', make, 2] as const),
  ])('%s whose port for %s is in use exits 2 before building', async (_command, _which, command, offset) => {
    const out = join(await tempDir('sanad-ports-'), 'dist')
    cleanup(join(out, '..'))
    const first = busyPort - offset
    const {script, args, env, name} = command(out, first)
    const result = await runServing(script, args, env)
    expect(result).toMatchObject({code: 2, served: false})
    expect(await exists(out)).toBe(false)
    expect(errorLine(result.stderr)).toBe(
      `sanad: PORT_UNAVAILABLE: Port ${busyPort} on 127.0.0.1 is in use by another program, so nothing was built: the report takes ${name} (${first}) and the 3 clinic sites the ports after it. Stop that program, or choose another ${name}.`,
    )
    expect(hintLine(result.stderr)).toBe(`  what to do: ${ERROR_CATALOG.PORT_UNAVAILABLE.hint}`)
  })
})

describe('an output folder no site could be published in', () => {
  it.each(each)('%s exits 2 instead of serving nothing', async (_command, command) => {
    const dir = await tempDir('sanad-out-file-')
    cleanup(dir)
    const out = join(dir, 'afile')
    await writeFile(out, 'not a folder\n')
    const {script, args, env} = command(out, 0)
    const result = await runServing(script, args, env)
    expect(result).toMatchObject({code: 2, served: false})
    // Refused before the content is read (src/publish/outputFolder.ts), not after every clinic failed.
    expect(errorLine(result.stderr)).toBe(`sanad: OUTPUT_UNWRITABLE: Cannot write the sites in ${out}: it, or a folder above it, is a file.`)
    expect(result.stderr).not.toContain('pass the gate')
  })
})
