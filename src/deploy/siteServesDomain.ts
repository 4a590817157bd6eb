// Before a deploy to a site id taken from content: the Netlify site must serve the clinic's domain.
// A valid id of another clinic's site would otherwise replace that site with this clinic's pages, its
// disclaimer and its jurisdiction's gate; an id the token cannot see is Netlify's 404, as for a deploy.
import type {NetlifyAPI} from '@netlify/api'
import {domainOrigin} from '../content/clinicDomain.ts'
import {SanadError} from '../errors/catalog.ts'
import {netlifyFailure} from './netlifyFailure.ts'

/** The fields of Netlify's site resource (`getSite`) that name the hosts it answers on. */
interface NetlifySite {
  url?: string
  ssl_url?: string
  custom_domain?: string | null
  domain_aliases?: string[] | null
}

/** A host as URLs carry it: lower case, an Arabic label in punycode, whichever way it was written. */
const urlHost = (host: string): string => URL.parse(`https://${host}`)?.hostname ?? host.toLowerCase()

/** Every host a Netlify site answers on, as its API describes it. */
const siteHosts = (site: NetlifySite): string[] => {
  const hostOf = (url: string | undefined) => (url ? URL.parse(url)?.hostname : undefined)
  return [...new Set([site.custom_domain, ...(site.domain_aliases ?? []), hostOf(site.url), hostOf(site.ssl_url)].flatMap((host) => (host ? [urlHost(host)] : [])))]
}

/**
 * Resolves when site `siteId` serves `domain`; throws NETLIFY_CONFIG_INVALID, naming what it serves,
 * otherwise. `domain` is read as the site's own URLs read it (clinicDomain.ts): the Studio takes
 * «https://nour-cairo.example/» and «نور-القاهرة.example», which Netlify lists as nour-cairo.example
 * and in punycode.
 */
export const assertSiteServes = async (client: NetlifyAPI, siteId: string, domain: string): Promise<void> => {
  let site: NetlifySite
  try {
    site = (await client.getSite({site_id: siteId})) as NetlifySite
  } catch (error) {
    throw netlifyFailure(error, `reading site ${siteId}`, siteId)
  }
  const hosts = siteHosts(site)
  const origin = domainOrigin(domain)
  if (hosts.includes(origin ? new URL(origin).hostname : domain.trim().toLowerCase())) return
  throw new SanadError(
    'NETLIFY_CONFIG_INVALID',
    `Netlify site ${siteId} serves ${hosts.join(', ') || 'no domain'}, not ${domain}, the clinic's domain: nothing was deployed. Check the clinic's netlifySiteId and domain in the Studio, or pass --site to deploy to that site anyway.`,
  )
}
