// Vitest global setup: every test file's temporary folders (mkdtemp under os.tmpdir(), and those of
// the processes tests start) go into one folder for the run, removed when the run ends, so a test
// that forgets its scratch folder, or fails before removing it, leaves nothing behind in /tmp.
import {mkdirSync, rmSync} from 'node:fs'

export default function setup(): () => void {
  const folder = process.env.SANAD_TEST_TMPDIR
  if (!folder) throw new Error('vitest.config.ts sets SANAD_TEST_TMPDIR for the run; it is missing')
  mkdirSync(folder, {recursive: true})
  return () => rmSync(folder, {recursive: true, force: true, maxRetries: 5, retryDelay: 100})
}
