// A clinic's domain, as typed in the Studio, as the origin of every absolute URL of its site
// (canonical links, feeds, sitemap, API), and what the Studio says when it is not a bare host. Pure.

// Labels of letters, digits and inner hyphens, two or more joined by dots, and a port. Anything else
// the URL parser would drop or change (a zero-width or soft hyphen, «%41», a diacritic) and give a
// host nobody registered; and the parser takes «nour..example», «.», «-nour.example» or «localhost»
// as they are, which no clinic's public site is at. Tatweel is a letter to Unicode but not allowed
// in a domain name (IDNA2008).
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?'
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+(?::\\d+)?$`, 'u')
const TATWEEL = '\u0640'

/**
 * `https://<host>` of `domain`, or `undefined` when there is none or it is not a bare host (a path,
 * a query, credentials). An Arabic domain («نور-القاهرة.example») is a host too: its origin is
 * written in the punycode every URL of the site then uses.
 */
export const domainOrigin = (domain: string | undefined): string | undefined => {
  const host = domain?.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '')
  if (!host || !HOST.test(host) || host.includes(TATWEEL)) return undefined
  try {
    return new URL(`https://${host}`).origin
  } catch {
    return undefined
  }
}

/** A domain is typed but gives no origin: the Studio warns on the field, and a build reports it (domain-unusable). */
export const isDomainUnusable = (domain: string | undefined): boolean => Boolean(domain?.trim()) && domainOrigin(domain) === undefined

/** Without a usable domain the site builds, but with no feeds or sitemap and root-relative API URLs. */
export const CLINIC_DOMAIN_MESSAGE =
  'اكتب النطاق وحده، مثل nour-clinic.example أو نور-القاهرة.example، بلا مسار أو «?» أو «@»؛ فبدونه لا تُنشر خلاصات المقالات (Atom وJSON Feed) ولا خريطة الموقع، وتبقى روابط الـAPI نسبية'
