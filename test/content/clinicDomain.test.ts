// domainOrigin: the origin every absolute URL of a clinic's site (canonical links, feeds, sitemap, API)
// is built on, from the domain typed in the Studio; nothing when it is not a bare host.
import {domainToASCII} from 'node:url'
import {describe, expect, it} from 'vitest'
import {domainOrigin} from '../../src/content/clinicDomain.ts'
import type {Clinic} from '../../src/content/documents/clinic.ts'
import {clinicOrigin} from '../../src/render/lib/sitePaths.ts'

describe('domainOrigin', () => {
  it.each([
    ['a bare host', 'nour-cairo.example', 'https://nour-cairo.example'],
    ['with its scheme and a trailing slash', 'https://nour-cairo.example/', 'https://nour-cairo.example'],
    ['upper case and spaces around', '  Nour-Cairo.Example ', 'https://nour-cairo.example'],
    ['an Arabic domain, in punycode', 'نور-القاهرة.example', `https://${domainToASCII('نور-القاهرة.example')}`],
    ['an Arabic domain with its scheme, under an Arabic top-level domain', 'https://عيادة-نور.مصر', `https://${domainToASCII('عيادة-نور.مصر')}`],
    ['a port', 'nour-cairo.example:8443', 'https://nour-cairo.example:8443'],
    ['none', undefined, undefined],
    ['empty', '  ', undefined],
    ['a path', 'nour-cairo.example/ar', undefined],
    ['a query', 'nour-cairo.example?x=1', undefined],
    ['credentials', 'user@nour-cairo.example', undefined],
    ['a space inside', 'nour cairo.example', undefined],
    ['a zero-width space, which the parser drops', 'clinic\u200b.example', undefined],
    ['a soft hyphen, which the parser drops', 'clinic\u00ad.example', undefined],
    ['a percent-escape, which the parser decodes', '%41.example', undefined],
    ['tatweel, not allowed in a domain name', 'نـور.example', undefined],
    ['a diacritic, which registries do not accept', 'نُور.example', undefined],
    ['hamza forms are letters', 'أمل-وإيمان.example', `https://${domainToASCII('أمل-وإيمان.example')}`],
    ['Arabic-Indic digits are digits', 'عيادة٣.example', new URL('https://عيادة٣.example').origin],
    // The URL parser takes these as hosts; the site's feeds and sitemap would name an address nobody can reach.
    ['an empty label', 'nour..example', undefined],
    ['a dot alone', '.', undefined],
    ['a trailing dot', 'nour-cairo.example.', undefined],
    ['a label starting with a hyphen', '-nour.example', undefined],
    ['a label ending with a hyphen', 'nour-.example', undefined],
    ['a single label', 'localhost', undefined],
  ])('%s: %s', (_, domain, expected) => {
    expect(domainOrigin(domain)).toBe(expected)
  })

  it('is the origin of a clinic’s site', () => {
    expect(clinicOrigin({domain: 'نور-القاهرة.example'} as Clinic)).toBe(`https://${domainToASCII('نور-القاهرة.example')}`)
  })
})
