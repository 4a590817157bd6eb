// Runs a real build in its own process and SIGKILLs itself after N files of the given clinic's new
// release are written: a crash with no chance to clean up, as a power cut or OOM kill would be.
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'

const [dataset, outDir, clinic, afterFiles] = process.argv.slice(2)
let written = 0
const source = await openLocalSource(dataset!)
await runBuild({
  source,
  outDir: outDir!,
  now: new Date('2026-11-21T12:00:00Z'),
  onFileWritten: (slug) => {
    if (slug === clinic && ++written >= Number(afterFiles)) process.kill(process.pid, 'SIGKILL')
  },
})
