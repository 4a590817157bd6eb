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
    hint: 'Fix the environment variable named above (see "Connecting to a real Sanity project" in README.md); or, to use the bundled sample dataset instead, unset SANITY_PROJECT_ID and the other Sanity connection variables (SANITY_DATASET, SANITY_READ_TOKEN, SANITY_API_VERSION, SANITY_API_HOST).',
  },
  SANITY_UNREACHABLE: {
    exitCode: 2,
    hint: 'Check the network (and SANITY_API_HOST if set), and that SANITY_PROJECT_ID and SANITY_DATASET name an existing project and dataset; then run the command again.',
  },
  SANITY_REQUEST_REFUSED: {
    exitCode: 2,
    hint: 'Check SANITY_API_VERSION (a date no later than today, e.g. 2025-02-19) and, if set, that SANITY_API_HOST is the Sanity API itself, not a proxy that answers for it; then run the command again.',
  },
  SANITY_UNAUTHORIZED: {
    exitCode: 2,
    hint: 'Set the token variable named above to a token of this project with the permission the command needs (Viewer to read drafts and private datasets, Editor for `sanad import --to-sanity`): create one at sanity.io/manage → API → Tokens.',
  },
  CLINIC_UNKNOWN: {
    exitCode: 2,
    hint: 'Use the slug of a clinic document in the dataset; `sanad check --format json` lists them.',
  },
  CLINIC_INVALID: {
    exitCode: 2,
    hint: 'Fix the clinic document in the Studio: `sanad check` lists its schema-invalid findings. Its previous site stays live until then.',
  },
  OUTPUT_UNWRITABLE: {
    exitCode: 2,
    hint: 'Choose an --out folder (SANAD_OUT for npm start) you can write to, with free disk space.',
  },
  OUTPUT_OCCUPIED: {
    exitCode: 2,
    hint: 'Sanad makes <out>/<clinic> a link to its own releases in <out>/.releases/ and never moves or deletes what it did not write: move the folder, file or link named above elsewhere (it may be your own site or repository), or choose another --out (SANAD_OUT for npm start).',
  },
  WRITE_LOCK_LOST: {
    exitCode: 2,
    hint: 'This build was stopped (Ctrl+Z, a suspended machine or container) for longer than the lock lasts without being renewed, and another build took it over; the clinic keeps the site that build or an earlier one published. Run the build again, and resume a stopped build with `fg` rather than leaving it stopped.',
  },
  PORT_UNAVAILABLE: {
    exitCode: 2,
    hint: 'The report takes the chosen port and each clinic site one of the ports after it, all on 127.0.0.1: stop the program holding the port named above (`ss -ltnp` shows which), or choose another --port (PORT for npm start).',
  },
  SITE_NOT_BUILT: {
    exitCode: 2,
    hint: 'If the slug is mistyped, pass --clinic one of the built sites listed above; if the clinic is not built yet, run `sanad build --clinic <slug>` with the same --out first (`sanad check --format json` lists the clinics in the content).',
  },
  CLINIC_TEXTS_HELD_BACK: {
    exitCode: 2,
    hint: "Fix the clinic's or its disclaimer's fields listed under clinicFindings in the report (the Studio marks them on the clinic and disclaimer forms), then build again.",
  },
  NETLIFY_CONFIG_INVALID: {
    exitCode: 2,
    hint: 'Set NETLIFY_AUTH_TOKEN to a Netlify personal access token, and give the clinic a netlifySiteId in the Studio (or pass --site). See "Netlify sites" in README.md.',
  },
  NETLIFY_UNREACHABLE: {
    exitCode: 2,
    hint: 'Check the network (and NETLIFY_API_URL if set); nothing was deployed and the previous deploy stays live. Re-run `sanad deploy` once Netlify can be reached.',
  },
  SITE_CHANGED_DURING_DEPLOY: {
    exitCode: 2,
    hint: 'A build (`sanad build` or a running `sanad serve`) published a new release of the clinic while it was being deployed. Nothing went live: Netlify publishes a deploy only once it has every file, and keeps the previous one. Run `sanad deploy` again; it uploads only what Netlify still lacks.',
  },
  NETLIFY_FUNCTION_BUILD_FAILED: {
    exitCode: 2,
    hint: 'Fix the function or the [functions] settings of netlify.toml the message names, then run `sanad deploy` again. Nothing was sent to Netlify; the previous deploy, and its functions, stay live.',
  },
  NETLIFY_DEPLOY_FAILED: {
    exitCode: 2,
    hint: 'Check the deploy log in the Netlify UI; the previous deploy stays live. Re-run `sanad deploy` once the cause is fixed.',
  },
  WEBHOOK_CONFIG_INVALID: {
    exitCode: 2,
    hint: 'Set SANITY_WEBHOOK_SECRET to the secret of the webhook in sanity.io/manage, and SANAD_BUILD_HOOKS to a JSON object of clinic slug → Netlify build hook URL. See "Webhook" in README.md.',
  },
  REPLAY_STORE_NOT_CONFIGURED: {
    exitCode: 2,
    hint: 'The webhook function keeps the deliveries it accepted in Netlify Blobs, whose context (NETLIFY_BLOBS_CONTEXT) Netlify gives every function it runs: deploy the function to Netlify, or run it under `netlify dev`, which provides a local store. Until then it accepts no delivery. See "Webhook" in README.md.',
  },
  REPLAY_STORE_UNAVAILABLE: {
    exitCode: 2,
    hint: 'No build hook was triggered and the delivery was answered 503, so Sanity sends it again. If this goes on, check the state of Netlify Blobs on netlifystatus.com; the message says what the store answered.',
  },
  SCHEDULE_STATE_UNWRITABLE: {
    exitCode: 2,
    hint: 'Set "stateFile" in the schedule file to a path the scheduler can write (missing folders are made), or make it writable. See "Scheduler" in README.md.',
  },
  SCHEDULE_CONFIG_INVALID: {
    exitCode: 2,
    hint: 'Fix the schedule file named above; each job takes a five-field cron expression such as "*/5 * * * *". See "Scheduler" in README.md.',
  },
  INPUT_UNREADABLE: {
    exitCode: 2,
    hint: 'Check the file path and permissions; `sanad lint` and `sanad import` read UTF-8 Markdown (.md) or plain text files.',
  },
  INPUT_IS_FOLDER: {
    exitCode: 2,
    hint: 'Pass the Markdown (.md) or plain-text files inside the folder instead, e.g. `old/*.md old/*.txt` (the shell expands the pattern to the files).',
  },
  IMPORT_DATASET_INVALID: {
    exitCode: 2,
    hint: '`sanad import --dataset` adds drafts to an export folder or its data.ndjson and leaves anything else untouched. For a .tar.gz from `sanity dataset export`, extract it (`mkdir export && tar -xzf export.tar.gz -C export`) and pass `--dataset export`; to start a new dataset, pass a file name that does not exist yet.',
  },
  IMPORT_DATASET_UNWRITABLE: {
    exitCode: 2,
    hint: 'Pass --dataset an export folder or data.ndjson you can write to (a new file name starts a new data.ndjson in an existing folder); check its permissions and the free disk space.',
  },
  IMPORT_DRAFT_ID_CLASH: {
    exitCode: 2,
    hint: "A draft's id and slug come from its file name (Latin letters, digits and dashes), so two files with the same name would be one draft: rename one of them (e.g. `mv b/article.md b/article-b.md`) and import again.",
  },
  IMPORT_TARGET_INVALID: {
    exitCode: 2,
    hint: 'Pass either --dataset <data.ndjson> or --to-sanity (with SANITY_PROJECT_ID, SANITY_DATASET and a SANITY_WRITE_TOKEN set), not both.',
  },
  USAGE: {
    exitCode: 2,
    hint: 'Run `sanad --help` for the commands and their options.',
  },
} as const satisfies Record<string, {exitCode: number; hint: string}>

export type SanadErrorName = keyof typeof ERROR_CATALOG

/** How the CLI tells an operational error on stderr: its name and message, then what to do. */
export const sanadErrorText = (error: SanadError): string => `sanad: ${error.code}: ${error.message}\n  what to do: ${error.hint}\n`

export class SanadError extends Error {
  readonly code: SanadErrorName
  readonly hint: string
  readonly exitCode: number

  /**
   * `options.hint` replaces the code's usual hint where that one would send the reader the wrong way
   * (e.g. the scheduler's state file, under the code of its schedule file): the code stays the same
   * for scripts, and what to do fits the case.
   */
  constructor(code: SanadErrorName, message: string, options?: {cause?: unknown; hint?: string}) {
    super(message, options?.cause === undefined ? undefined : {cause: options.cause})
    this.name = 'SanadError'
    this.code = code
    this.hint = options?.hint ?? ERROR_CATALOG[code].hint
    this.exitCode = ERROR_CATALOG[code].exitCode
  }
}

export const isSanadError = (error: unknown): error is SanadError => error instanceof SanadError
