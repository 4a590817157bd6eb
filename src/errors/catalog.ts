// Operational failures (bad config, unreadable dataset, unreachable Sanity): each has a stable name,
// says what happened, and says what to do. Content problems are never these; they are Findings.

export const ERROR_CATALOG = {
  DATASET_NOT_FOUND: {
    exitCode: 2,
    hint: 'Pass --dataset with a data.ndjson file, a folder holding one, or a .tar.gz from `sanity dataset export`.',
  },
  DATASET_UNREADABLE: {
    exitCode: 2,
    hint: 'Re-export the dataset with `sanity dataset export` and check the file is not truncated.',
  },
  ENV_INVALID: {
    exitCode: 2,
    hint: 'Fix the environment variable named above (see "Connecting to Sanity" in README.md), or unset SANITY_PROJECT_ID to use the bundled dataset.',
  },
  SANITY_UNREACHABLE: {
    exitCode: 2,
    hint: 'Check the network, SANITY_PROJECT_ID, SANITY_DATASET and that SANITY_READ_TOKEN has read access.',
  },
  CLINIC_UNKNOWN: {
    exitCode: 2,
    hint: 'Use the slug of a clinic document in the dataset; `sanad check --format json` lists them.',
  },
  OUTPUT_UNWRITABLE: {
    exitCode: 2,
    hint: 'Choose an --out folder you can write to, with free disk space.',
  },
  USAGE: {
    exitCode: 2,
    hint: 'Run `sanad --help` for the commands and their options.',
  },
} as const satisfies Record<string, {exitCode: number; hint: string}>

export type SanadErrorName = keyof typeof ERROR_CATALOG

export class SanadError extends Error {
  readonly code: SanadErrorName
  readonly hint: string
  readonly exitCode: number

  constructor(code: SanadErrorName, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'SanadError'
    this.code = code
    this.hint = ERROR_CATALOG[code].hint
    this.exitCode = ERROR_CATALOG[code].exitCode
  }
}

export const isSanadError = (error: unknown): error is SanadError => error instanceof SanadError
