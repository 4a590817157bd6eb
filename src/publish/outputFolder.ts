// The --out folder, made (or found) before anything is read or rendered: a build into a file, or
// where nothing can be written, stops at once with what to do, instead of after gating and
// rendering every clinic and then failing each one on its own.
import {parse, resolve} from 'node:path'
import {SanadError} from '../errors/catalog.ts'
import {makeFolder} from './makeFolder.ts'

const reasonOf = (error: unknown): string => {
  const code = (error as {code?: unknown}).code
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'it, or a folder above it, is a file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EROFS') return 'the file system is read-only'
  if (code === 'ENOSPC') return 'no space left on the disk'
  return error instanceof Error ? error.message : String(error)
}

export const prepareOutputFolder = async (outDir: string): Promise<void> => {
  // A build writes .releases/ and a link per clinic at the top of --out: at the root of the file
  // system that is never meant, and is what `--out "$DIR/"` with DIR unset asks for.
  const resolved = resolve(outDir)
  if (resolved === parse(resolved).root) {
    throw new SanadError('OUTPUT_UNWRITABLE', `Cannot write the sites in ${outDir}: it is the root of the file system (an empty variable in --out "$DIR/" gives this). Name a folder of its own, e.g. --out dist.`)
  }
  try {
    await makeFolder(outDir)
  } catch (error) {
    throw new SanadError('OUTPUT_UNWRITABLE', `Cannot write the sites in ${outDir}: ${reasonOf(error)}.`, {cause: error})
  }
}
