// Injects the loss of a clinic's write lock as proper-lockfile reports it when this process was
// stopped past the lock's staleness: each time `clinic`'s lock is taken, while `losses` lasts,
// "another build" takes it over (ours is let go, the other's taken) and proper-lockfile calls our
// onCompromised. The other build holds its lock until `otherBuildDone`; process.exit is stubbed.
import lockfile from 'proper-lockfile'
import {vi} from 'vitest'

export const losingWriteLock = (clinic: string, losses: number) => {
  const original = lockfile.lock
  const others: (() => Promise<void>)[] = []
  const spy = vi.spyOn(lockfile, 'lock').mockImplementation(async (file, options) => {
    const release = await original(file, options)
    if (!file.endsWith(`/${clinic}`) || losses === 0) return release
    losses -= 1
    await release()
    others.push(await original(file, {stale: 20_000, realpath: false}))
    options!.onCompromised!(Object.assign(new Error('Unable to update lock within the stale threshold'), {code: 'ECOMPROMISED'}))
    return release
  })
  const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never)
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  return {
    exit,
    otherBuildDone: () => Promise.all(others.splice(0).map((release) => release())),
    restore: () => [spy, exit, stderr].forEach((mock) => mock.mockRestore()),
  }
}
