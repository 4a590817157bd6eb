// /robots.txt: pages are for search engines; the API and the Markdown export duplicate them and are
// for clinic sites, so crawlers are kept out of those.
import type {Clinic} from '../content/documents/clinic.ts'
import {clinicOrigin} from '../render/lib/sitePaths.ts'
import {API_ROOT, fileUrlPath, SITEMAP_FILE} from './deliveryPaths.ts'

export const robotsTxt = (clinic: Clinic): string => {
  const origin = clinicOrigin(clinic)
  return [
    'User-agent: *',
    `Disallow: /${API_ROOT.split('/')[0]}/`,
    'Disallow: /export/',
    'Allow: /',
    ...(origin ? ['', `Sitemap: ${origin}${fileUrlPath(SITEMAP_FILE)}`] : []),
    '',
  ].join('\n')
}
