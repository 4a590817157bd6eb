// An email field (a person's, a clinic's contact) is refused on the form by the zod boundary's own
// pattern and in its words: Sanity's rule.email() trimmed the value and took Arabic letters before the
// @, so the Studio let through an address the build then refused (the person, or the whole clinic, left out).
import {describe, expect, it} from 'vitest'
import {EMAIL_FORMAT, formatMismatch} from '../../src/content/fieldFormats.ts'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {studioMarkers} from '../support/studioMarkers.ts'
import {clinic, person} from '../support/gateFixtures.ts'

const hala = (email: string) => ({...person('drafts.person.hala', 'د. هالة عبد الرحمن', ['writer']), email})
const cairo = (email: string) => ({...clinic('drafts.clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'), contact: {_type: 'contact', email}})

const boundaryMessages = (document: Record<string, unknown>): string[] => {
  const parsed = parseDocument(document)
  return 'findings' in parsed ? parsed.findings.filter((finding) => finding.path.endsWith('email')).map((finding) => finding.message) : []
}
const emailMarkers = async (document: Record<string, unknown> & {_id: string; _type: string}) =>
  (await studioMarkers(document)).filter((marker) => marker.path.endsWith('email')).map(({level, path, message}) => `${level} ${path} ${message}`)

describe.each([
  {form: 'person', make: hala, path: 'email'},
  {form: 'clinic contact', make: cairo, path: 'contact.email'},
])('$form email', ({make, path}) => {
  it.each([
    ['a space after it', 'hala.abdelrahman@nour-cairo.example '],
    ['a space before it', ' hala@nour-cairo.example'],
    ['an Arabic local part', 'هالة@nour-cairo.example'],
    ['a zero-width space in it', 'hala\u200B@nour-cairo.example'],
    ['a right-to-left mark after it', 'hala@nour-cairo.example\u200F'],
  ])('refuses %s on the form and at the boundary, in the same words', async (_, email) => {
    expect(await emailMarkers(make(email))).toContain(`error ${path} ${formatMismatch(EMAIL_FORMAT)}`)
    expect(boundaryMessages(make(email))).toEqual([expect.stringContaining(formatMismatch(EMAIL_FORMAT, email))])
  })

  it.each(['hala.abdelrahman@nour-cairo.example', 'info+booking@nour-cairo.example'])('accepts %s', async (email) => {
    expect(await emailMarkers(make(email))).toEqual([])
    expect(boundaryMessages(make(email))).toEqual([])
  })
})
