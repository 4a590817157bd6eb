// A clinic's domain, as typed in the Studio, as the origin of every absolute URL of its site
// (canonical links, feeds, sitemap, API), and what the Studio says when it is not a bare host. Pure.

/**
 * `https://<host>` of `domain`, or `undefined` when there is none or it is not a bare host (a path,
 * a query, credentials). An Arabic domain («نور-القاهرة.example») is a host too: its origin is
 * written in the punycode every URL of the site then uses.
 */
export const domainOrigin = (domain: string | undefined): string | undefined => {
  const host = domain?.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '')
  if (!host || /[/?#@\\\s]/.test(host)) return undefined
  try {
    return new URL(`https://${host}`).origin
  } catch {
    return undefined
  }
}

/** Without a usable domain the site builds, but with no feeds or sitemap and root-relative API URLs. */
export const CLINIC_DOMAIN_MESSAGE =
  'اكتب النطاق وحده، مثل nour-clinic.example أو نور-القاهرة.example، بلا مسار أو «?» أو «@»: بغيره لا تُنشر الخلاصات ولا خريطة الموقع، وتبقى روابط الـAPI نسبية'
