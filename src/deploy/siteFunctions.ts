// The site's Netlify Functions (the Sanity webhook receiver) as a deploy carries them: each bundled
// and zipped by @netlify/zip-it-and-ship-it, the library Netlify's CLI and builders zip functions
// with, from the `[functions]` settings of netlify.toml, so a `sanad deploy` ships the same archive
// a Netlify build of the repository would, at the same route.
import {createHash} from 'node:crypto'
import {readdir, readFile, rm, rmdir, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import type {TrafficRules} from '@netlify/zip-it-and-ship-it'
import {parse} from 'smol-toml'
import {z} from 'zod'
import {SanadError} from '../errors/catalog.ts'
import {makeRunTempFolder} from '../process/runTempFolder.ts'

/** One function of a deploy: its zip, the SHA256 Netlify knows it by, and how it runs. */
export interface SiteFunction {
  name: string
  /** The archive's bytes, as digested: what is uploaded if Netlify asks for it. */
  bytes: Uint8Array<ArrayBuffer>
  sha256: string
  /** `runtime` of the upload: the Node version (`nodejs24.x`), else the runtime's name, as Netlify's CLI sends it. */
  runtime: string
  invocationMode?: string
  timeout?: number
  /** Its entry in the deploy's `functions_config` (routes from the function's own `config.path`), when it has one. */
  config?: Record<string, unknown>
  schedule?: string
}

// netlify.toml's names for the settings a function is zipped with, zip-it-and-ship-it's, and the
// values Netlify's builders take (@netlify/config). Any other setting, or value, fails the deploy:
// zip-it-and-ship-it would ignore it, or fail on it without saying which, and ship a function built
// otherwise than Netlify builds it from the same file. zip-it-and-ship-it's timeout and nodeVersion
// are not among them: Netlify's builders ignore them in a function's table and take them for a
// function's name in [functions], failing the build.
const names = z.array(z.string())
const SETTINGS: Readonly<Record<string, {name: string; value: z.ZodType}>> = {
  node_bundler: {name: 'nodeBundler', value: z.enum(['esbuild', 'nft', 'zisi', 'none'])},
  external_node_modules: {name: 'externalNodeModules', value: names},
  included_files: {name: 'includedFiles', value: names},
  ignored_node_modules: {name: 'ignoredNodeModules', value: names},
  schedule: {name: 'schedule', value: z.string()},
}

const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const invalidConfig = (configFile: string, message: string): SanadError =>
  new SanadError('NETLIFY_FUNCTION_BUILD_FAILED', `${configFile}: ${message}`)

/** One settings table of `[functions]` (or of `[functions."name"]`) in zip-it-and-ship-it's terms. */
const functionSettings = (configFile: string, table: Record<string, unknown>, where: string, nodeVersion: string | undefined): Record<string, unknown> => {
  const settings: Record<string, unknown> = nodeVersion === undefined ? {} : {nodeVersion}
  for (const [key, value] of Object.entries(table)) {
    const setting = SETTINGS[key]
    if (setting === undefined) throw invalidConfig(configFile, `${where} has "${key}", which sanad deploy does not know how to bundle a function with (it knows ${Object.keys(SETTINGS).join(', ')}). Remove it, or deploy through a Netlify build of the repository.`)
    const parsed = setting.value.safeParse(value)
    if (!parsed.success) throw invalidConfig(configFile, `${where} ${key} is ${JSON.stringify(value)}, not what Netlify's builders take: ${parsed.error.issues[0]!.message}.`)
    settings[setting.name] = parsed.data
  }
  return settings
}

export interface FunctionsConfig {
  /** Absolute path of the functions folder. */
  directory: string
  /** Where netlify.toml names it, or `default`: Netlify's own, netlify/functions, when it names none. */
  directoryFrom: '[functions] directory' | '[build] functions' | 'default'
  /** zip-it-and-ship-it's config: glob `*` for every function, then one entry per function named in netlify.toml. */
  config: Record<string, Record<string, unknown>>
}

// The settings of a deploy context ([context.production], [context.deploy-preview], a branch's) are
// applied by Netlify's builders over the others, and [build] base moves every path; sanad deploy reads
// netlify.toml for no context, so one that changes the functions would zip them otherwise than
// Netlify does from the same file.
const CONTEXT_RUNTIME_VARIABLES = ['NODE_VERSION', 'AWS_LAMBDA_JS_RUNTIME']

const refuseWhatNetlifyReadsElsewhere = (configFile: string, toml: Record<string, unknown>, build: Record<string, unknown>): void => {
  if (build.base !== undefined) throw invalidConfig(configFile, `[build] base is ${JSON.stringify(build.base)}: Netlify's builders then read the functions folder from there, which sanad deploy does not. Remove it, or deploy through a Netlify build of the repository.`)
  for (const [name, context] of Object.entries(isTable(toml.context) ? toml.context : {})) {
    if (!isTable(context)) continue
    const environment = isTable(context.environment) ? context.environment : {}
    const set = [
      ...(context.functions === undefined ? [] : ['functions']),
      ...CONTEXT_RUNTIME_VARIABLES.filter((variable) => variable in environment).map((variable) => `environment ${variable}`),
    ]
    if (set.length > 0) throw invalidConfig(configFile, `[context.${name}] sets ${set.join(' and ')} for its deploys, which sanad deploy does not apply: it zips the functions with [functions] and [build.environment] alone. Move the setting there, or deploy through a Netlify build of the repository.`)
  }
}

/** Netlify's functions folder when netlify.toml names none: its builders zip the functions there. */
const DEFAULT_FUNCTIONS_DIRECTORY = 'netlify/functions'

/**
 * The `[functions]` settings of the netlify.toml at `configFile`, and the functions folder as
 * Netlify's builders find it: `[functions] directory`, else the older `[build] functions`, else
 * netlify/functions. The Node version is picked as they pick the functions' runtime:
 * `[build.environment] AWS_LAMBDA_JS_RUNTIME` when set, else the builds' `NODE_VERSION`.
 */
export const readFunctionsConfig = async (configFile: string): Promise<FunctionsConfig> => {
  let toml: Record<string, unknown>
  try {
    toml = parse(await readFile(configFile, 'utf8'))
  } catch (error) {
    throw invalidConfig(configFile, `could not be read as TOML (${(error as Error).message.split('\n')[0]}).`)
  }
  const functions = toml.functions ?? {}
  if (!isTable(functions)) throw invalidConfig(configFile, '[functions] is not a table.')
  const build = isTable(toml.build) ? toml.build : {}
  refuseWhatNetlifyReadsElsewhere(configFile, toml, build)
  const {directory: toldDirectory, ...rest} = functions
  const [directoryFrom, directory] = toldDirectory !== undefined ? (['[functions] directory', toldDirectory] as const) : build.functions !== undefined ? (['[build] functions', build.functions] as const) : (['default', DEFAULT_FUNCTIONS_DIRECTORY] as const)
  if (typeof directory !== 'string') throw invalidConfig(configFile, `${directoryFrom} is not a path.`)
  const environment = isTable(build.environment) ? build.environment : {}
  const nodeVersion = [environment.AWS_LAMBDA_JS_RUNTIME, environment.NODE_VERSION].find((version): version is string => typeof version === 'string')
  const shared: Record<string, unknown> = {}
  const perFunction: Record<string, Record<string, unknown>> = {}
  for (const [key, value] of Object.entries(rest)) {
    if (isTable(value)) perFunction[key] = functionSettings(configFile, value, `[functions."${key}"]`, undefined)
    else shared[key] = value
  }
  // [functions."*"] is every function's table too: Netlify's builders read it with the settings of
  // [functions] itself, its own first, where spread after them it would replace them all.
  const {'*': everyFunction, ...named} = perFunction
  return {directory: resolve(dirname(configFile), directory), directoryFrom, config: {'*': {...functionSettings(configFile, shared, '[functions]', nodeVersion), ...everyFunction}, ...named}}
}

interface BundlerMessage {
  text: string
  location?: {file: string; line: number; column: number} | null
}

// zip-it-and-ship-it's own bundler puts the file on a line of its own, the cause on the next.
const IN_FILE_LINE = /^In file ".*"$/

/**
 * What went wrong, said as the bundler says it: esbuild's first error with its place (its file
 * relative to the working folder it ran in, resolved here), else the error's first line, with the
 * cause that follows an `In file "…"` line.
 */
const bundlingProblem = (error: unknown): string => {
  const {errors, customErrorInfo} = error as {errors?: BundlerMessage[]; customErrorInfo?: {location?: {functionName?: string}}}
  const first = errors?.[0]
  const fn = customErrorInfo?.location?.functionName
  const where = first?.location ? `${resolve(first.location.file)}:${first.location.line}:${first.location.column}: ` : ''
  const [line = '', next] = ((error as Error).message ?? String(error)).split('\n')
  const what = first ? `${where}${first.text}` : IN_FILE_LINE.test(line) && next ? `${line}: ${next}` : line
  return fn ? `function "${fn}": ${what}` : what
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A function's rate limit (its config's `rateLimit`) in the deploy API's snake case, as Netlify's CLI sends it. */
const trafficRulesOf = ({action}: TrafficRules): Record<string, unknown> => ({
  action: {
    type: action.type,
    config: {
      rate_limit_config: {algorithm: action.config.rateLimitConfig.algorithm, window_size: action.config.rateLimitConfig.windowSize, window_limit: action.config.rateLimitConfig.windowLimit},
      aggregate: action.config.aggregate,
      to: action.config.to,
    },
  },
})

// zip-it-and-ship-it 16's esbuild bundler bundles each function into a new folder of the temp folder,
// named `tmp-<pid>-<12 characters>` by the `tmp` package, and once the function is zipped removes the
// files but not the folder: each deploy of a v1 function bundled with esbuild left an empty one
// behind. This process's empty ones are removed after bundling; one with anything in it is left.
const bundlerFolder = new RegExp(`^tmp-${process.pid}-[A-Za-z0-9]{12}$`)

const removeEmptyBundlerFolders = async (): Promise<void> => {
  for (const name of await readdir(tmpdir()).catch((): string[] => [])) {
    if (bundlerFolder.test(name)) await rmdir(join(tmpdir(), name)).catch(() => {})
  }
}

/**
 * Every function of the functions folder netlify.toml names (or of netlify/functions), bundled and
 * zipped; none when netlify.toml names none and netlify/functions is not there. Bundling happens before anything is sent, so a function that does not build fails the
 * deploy (NETLIFY_FUNCTION_BUILD_FAILED) while the previous one stays live.
 */
export const zipSiteFunctions = async (configFile: string): Promise<SiteFunction[]> => {
  const settings = await readFunctionsConfig(configFile)
  // zip-it-and-ship-it zips none from a folder that is not there, and Netlify's builders only log it:
  // a deploy would then go out without the webhook receiver, taking it off the site it replaces.
  // Netlify's own folder may well not be there, in a site without functions.
  const folder = await stat(settings.directory).catch(() => undefined)
  if (!folder?.isDirectory()) {
    if (settings.directoryFrom === 'default') return []
    throw invalidConfig(configFile, `${settings.directoryFrom} is ${settings.directory}, which is not a folder: a deploy without the functions would take them off the site. Fix the path, or remove it if the site has no functions.`)
  }
  // Loaded here only: the bundler and its tracing are large, and only a deploy needs them.
  const {zipFunctions} = await import('@netlify/zip-it-and-ship-it')
  // Named with the process id: a deploy stopped while bundling (Ctrl+C) leaves it, and the next removes it.
  const outDir = await makeRunTempFolder('sanad-functions-')
  try {
    let zipped: Awaited<ReturnType<typeof zipFunctions>>
    try {
      zipped = await zipFunctions([settings.directory], outDir, {basePath: dirname(configFile), repositoryRoot: dirname(configFile), config: settings.config})
    } catch (error) {
      throw new SanadError('NETLIFY_FUNCTION_BUILD_FAILED', `Bundling the functions in ${settings.directory} failed: ${bundlingProblem(error)}`, {cause: error})
    }
    return await Promise.all(
      zipped.map(async (result): Promise<SiteFunction> => {
        const bytes = new Uint8Array(await readFile(result.path))
        // functions_config as Netlify's CLI sends it: only the settings a function has.
        const entries = Object.entries({
          display_name: result.displayName,
          generator: result.generator,
          routes: result.routes,
          excluded_routes: result.excludedRoutes,
          build_data: result.buildData,
          priority: result.priority,
          memory: result.memory,
          region: result.region,
          vcpu: result.vcpu,
          traffic_rules: result.trafficRules && trafficRulesOf(result.trafficRules),
        }).filter(([, value]) => value !== undefined)
        return {
          name: result.name,
          bytes,
          sha256: sha256Of(bytes),
          runtime: result.runtimeVersion ?? result.runtime,
          ...(result.invocationMode === undefined ? {} : {invocationMode: result.invocationMode}),
          ...(result.timeout === undefined ? {} : {timeout: result.timeout}),
          ...(entries.length > 0 ? {config: Object.fromEntries(entries)} : {}),
          // An empty schedule is none, to Netlify's builders and CLI alike.
          ...(result.schedule ? {schedule: result.schedule} : {}),
        }
      }),
    )
  } finally {
    await rm(outDir, {recursive: true, force: true})
    await removeEmptyBundlerFolders()
  }
}
