// An email field (a person's, a clinic's contact) is refused on the form by the zod boundary's own
// pattern and in its words: Sanity's rule.email() trimmed the value and took Arabic letters before the
// @, so the Studio let through an address the build then refused (the person, or the whole clinic, left out).
// It is marked once, by the field: the boundary's schema-invalid finding about it stays a reason
// Publish names (markedByField), and every other problem the boundary finds is still shown.
import {describe, expect, it} from 'vitest'
import {EMAIL_FORMAT, formatMismatch} from '../../src/content/fieldFormats.ts'
import {parseDocument} from '../../src/content/parseDocuments.ts'
import {parseDraft} from '../../src/studio/validation/draftStandIns.ts'
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

  it.each([
    ['a space after it', 'hala.abdelrahman@nour-cairo.example '],
    ['an Arabic local part', 'هالة@nour-cairo.example'],
    ['an empty string written from outside the Studio', ''],
  ])('marks %s once, at the field, in its own words', async (_, email) => {
    expect(await emailMarkers(make(email))).toEqual([`error ${path} ${formatMismatch(EMAIL_FORMAT)}`])
  })

  it.each(['hala.abdelrahman@nour-cairo.example', 'info+booking@nour-cairo.example'])('accepts %s', async (email) => {
    expect(await emailMarkers(make(email))).toEqual([])
    expect(boundaryMessages(make(email))).toEqual([])
  })
})

describe('the person form: the boundary\'s other problems are still shown', () => {
  const lines = (document: Record<string, unknown>) => {
    const draft = parseDraft(document)
    return 'findings' in draft ? draft.findings.map((finding) => `${finding.ruleId} ${finding.path} ${finding.markedByField ? 'بالحقل' : 'بالبوابة'}`) : []
  }
  it.each([
    {name: 'a bad email: left to the field, still a reason Publish names', document: hala('hala@nour-cairo.example '), expected: ['schema-invalid email بالحقل']},
    {name: 'an email that is not text (written through the API): the boundary says so', document: hala(42 as never), expected: ['schema-invalid email بالبوابة']},
    {name: 'a bad email and a licence of an unknown country: only the email is left to its field', document: {...hala('هالة@nour-cairo.example'), otherLicences: [{_key: 'l1', _type: 'licence', number: '٤٥٦٧٨', jurisdiction: 'KW'}]}, expected: ['schema-invalid otherLicences[_key=="l1"].jurisdiction بالبوابة', 'schema-invalid email بالحقل']},
  ])('$name', ({document, expected}) => {
    expect(lines(document).sort()).toEqual([...expected].sort())
  })

  it('shows the boundary\'s finding about a value the field does not check, on the form', async () => {
    const markers = await studioMarkers(hala(42 as never))
    expect(markers.filter((marker) => marker.message.endsWith('[schema-invalid]')).map((marker) => `${marker.level} ${marker.path}`)).toEqual(['error email'])
  })
})
