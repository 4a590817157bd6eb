// Options several commands share, declared once so `check` and `build` read them the same way.
import {Option} from 'commander'
import {isoDate} from '../content/fields.ts'
import {SanadError} from '../errors/catalog.ts'

/**
 * An option given an empty value (`--dataset "$EXPORT"` with EXPORT unset) is a mistake, not a
 * request for the default: the default would quietly read the demo dataset or write into ".".
 */
export const nonEmpty = (option: string) => (value: string): string => {
  if (value.trim() === '') throw new SanadError('USAGE', `${option} was given an empty value; pass a path, or leave ${option} out to use its default.`)
  return value
}

/** A TCP port from `--port` or `PORT` (`name` says which, for the message); 0 picks a free one. */
export const parsePort = (value: string, name = '--port'): number => {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) {
    // An environment variable (`npm start` reads PORT) is not fixed by reading `sanad --help`.
    const hint = name.startsWith('--') ? undefined : `Set ${name} to a free port such as 4321, or unset it to use 4321; the clinic sites take the ports after it.`
    throw new SanadError('USAGE', `${name} must be a port number from 0 to 65535, got "${value}".`, hint ? {hint} : undefined)
  }
  return port
}

export const datasetOption = () =>
  new Option('--dataset <path>', 'dataset export to read (data.ndjson, a folder holding one, or a .tar.gz); default: Sanity if SANITY_PROJECT_ID is set, else the bundled dataset/').argParser(nonEmpty('--dataset'))
export const clinicOption = () =>
  new Option('--clinic <slug>', 'only this clinic (repeatable)').argParser((value: string, previous: string[] = []) => [...previous, value])
export const formatOption = () => new Option('--format <format>', 'report format').choices(['text', 'json']).default('text')
export const nowOption = () =>
  new Option('--now <date>', 'evaluate review and expiry dates as of this day (YYYY-MM-DD); default: today').argParser(parseNow)

export interface CommonOptions {
  dataset?: string
  clinic?: string[]
  format: 'text' | 'json'
  now?: Date
}

function parseNow(value: string): Date {
  // A calendar check, not just the shape: new Date would roll 2025-02-30 over to 2 March.
  if (!isoDate.safeParse(value).success) throw new SanadError('USAGE', `--now must be a real date like 2026-11-21, got "${value}".`)
  return new Date(`${value}T12:00:00Z`)
}
