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
  ])('%s: %s', (_, domain, expected) => {
    expect(domainOrigin(domain)).toBe(expected)
  })

  it('is the origin of a clinic’s site', () => {
    expect(clinicOrigin({domain: 'نور-القاهرة.example'} as Clinic)).toBe(`https://${domainToASCII('نور-القاهرة.example')}`)
  })
})
