// `sanad deploy --clinic S`: upload the built dist/S, with the repository's functions, to the clinic's
// Netlify site through the file digest deploy, sending only what Netlify does not already have.
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Option, type Command} from 'commander'
import {SanadError} from '../../errors/catalog.ts'
import {NETLIFY_SITE_ID_FORMAT} from '../../content/fieldFormats.ts'
import {selectSource} from '../../sources/selectSource.ts'
import {datasetOption} from '../options.ts'

/** The repository's netlify.toml: the headers and redirects Netlify's builders apply, sent with every deploy. */
const NETLIFY_CONFIG_FILE = fileURLToPath(new URL('../../../netlify.toml', import.meta.url))

interface DeployOptions {
  clinic: string
  out: string
  site?: string
  draft?: boolean
  dryRun?: boolean
  dataset?: string
}

/**
 * A site id as Netlify's API takes it in its paths, unencoded (NETLIFY_SITE_ID_FORMAT): content or a
 * flag with «/», «?» or «..» in it would aim the operator's token at another endpoint.
 */
const checkedSiteId = (siteId: string, what: string, fix: string): string => {
  if (NETLIFY_SITE_ID_FORMAT.pattern.test(siteId)) return siteId
  throw new SanadError('NETLIFY_CONFIG_INVALID', `${what} ${JSON.stringify(siteId)}, which is not a Netlify site id (its API ID, e.g. ${NETLIFY_SITE_ID_FORMAT.example}, or its domain); ${fix}.`)
}

interface DeployTarget {
  siteId: string
  /** The clinic's domain, which the site must serve, when the id came from content (deploySite's expectedDomain). */
  expectedDomain?: string
}

/** The clinic's Netlify site id, as editors set it on the clinic document, and the domain it must serve. */
const siteIdFromContent = async (slug: string, datasetPath: string | undefined): Promise<DeployTarget> => {
  const source = await selectSource(process.env, datasetPath ? {datasetPath} : {})
  try {
    const [{loadContent}, {selectClinics}] = await Promise.all([import('../../content/loadContent.ts'), import('../../pipeline/selectClinics.ts')])
    const loaded = await loadContent(source)
    const [clinic] = selectClinics(loaded, [slug])
    if (!clinic!.netlifySiteId) throw new SanadError('NETLIFY_CONFIG_INVALID', `Clinic "${slug}" has no netlifySiteId; set it in the Studio or pass --site.`)
    const siteId = checkedSiteId(clinic!.netlifySiteId, `Clinic "${slug}" has netlifySiteId`, 'fix it in the Studio or pass --site')
    // One site per clinic: a deploy replaces the whole site, so an id copied from another clinic's
    // document would put this clinic's pages in place of that one's, whether or not a domain tells.
    const sharing = [...loaded.graph.clinics.values()].filter((other) => other._id !== clinic!._id && other.netlifySiteId === siteId).map((other) => `"${other.slug.current}"`)
    if (sharing.length > 0) {
      throw new SanadError('NETLIFY_CONFIG_INVALID', `Clinic "${slug}" has netlifySiteId ${siteId}, which clinic ${sharing.join(', ')} has too: a deploy would replace that clinic's site with this one's, so nothing was deployed. Give each clinic its own Netlify site in the Studio, or pass --site.`)
    }
    return {siteId, ...(clinic!.domain ? {expectedDomain: clinic!.domain} : {})}
  } finally {
    await source.close()
  }
}

// --site is the operator's own choice of site, deployed to as given.
const chosenTarget = (options: DeployOptions): Promise<DeployTarget> =>
  options.site !== undefined
    ? Promise.resolve({siteId: checkedSiteId(options.site, '--site is', 'pass the site id shown in the site\'s settings on Netlify')})
    : siteIdFromContent(options.clinic, options.dataset)

export const registerDeployCommand = (program: Command): void => {
  program
    .command('deploy')
    .description("deploy a built clinic site (<out>/<clinic>) to its Netlify site, uploading only the files and functions Netlify lacks (NETLIFY_AUTH_TOKEN)")
    .addOption(new Option('--clinic <slug>', 'the clinic to deploy').makeOptionMandatory())
    .addOption(new Option('--out <dir>', 'the folder `sanad build` wrote').default('dist'))
    .addOption(new Option('--site <id>', "Netlify site id; default: the clinic's netlifySiteId"))
    .addOption(datasetOption())
    .addOption(new Option('--draft', 'create a draft deploy instead of publishing it'))
    .addOption(new Option('--dry-run', 'digest the files, bundle the functions and report; send nothing to Netlify'))
    .action(async (options: DeployOptions) => {
      const [{deploySite}, {checkNetlifyEnvironment, createNetlifyClient}, {zipSiteFunctions}] = await Promise.all([
        import('../../deploy/deploySite.ts'),
        import('../../deploy/netlifyClient.ts'),
        import('../../deploy/siteFunctions.ts'),
      ])
      const siteDir = join(resolve(options.out), options.clinic)
      const log = (message: string) => process.stderr.write(`sanad: ${message}\n`)
      // Every deploy carries the functions (the webhook receiver, /hooks/sanity): a deploy is atomic,
      // functions included, so one without them would take the receiver off the site it replaces.
      const bundleFunctions = () => zipSiteFunctions(NETLIFY_CONFIG_FILE)
      if (options.dryRun) {
        // The environment and the site id first, as a real run checks them: a dry run that passes
        // says the real one would reach Netlify (its variables well-formed, the clinic in the
        // content with its netlifySiteId), token aside, and one that fails has digested nothing.
        checkNetlifyEnvironment(process.env)
        const {siteId} = await chosenTarget(options)
        const result = await deploySite({siteId, siteDir, configFile: NETLIFY_CONFIG_FILE, bundleFunctions, dryRun: true, onProgress: log})
        process.stdout.write(`${JSON.stringify({...result, siteId}, null, 2)}\n`)
        return
      }
      const client = createNetlifyClient(process.env)
      const target = await chosenTarget(options)
      const result = await deploySite({client, ...target, siteDir, configFile: NETLIFY_CONFIG_FILE, bundleFunctions, draft: options.draft ?? false, onProgress: log})
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    })
}
