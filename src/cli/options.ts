// Options several commands share, declared once so `check` and `build` read them the same way.
import {Option} from 'commander'
import {SanadError} from '../errors/catalog.ts'

export const datasetOption = () =>
  new Option('--dataset <path>', 'dataset export to read (data.ndjson, a folder holding one, or a .tar.gz); default: Sanity if SANITY_PROJECT_ID is set, else the bundled dataset/')
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

export function parseNow(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(Number.NaN)
  if (Number.isNaN(date.getTime())) throw new SanadError('USAGE', `--now must be a date like 2026-11-21, got "${value}".`)
  return date
}
