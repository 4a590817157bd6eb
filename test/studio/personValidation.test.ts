// The person form shows what the gate of every article crediting the person finds in them: what the
// zod boundary refuses, and the text rules on what their byline shows (name, credentials, licences),
// under every country's preset; an error says it holds back those articles.
import {describe, expect, test} from 'vitest'
import {personValidation} from '../../src/studio/validation/personValidation.ts'
import {BYLINE_HELD_BACK_NOTE, studioPersonFindings} from '../../src/studio/validation/studioPersonFindings.ts'
import {runValidation} from '../support/fakeStudio.ts'
import {licence, person} from '../support/gateFixtures.ts'
import {studioMarkers} from '../support/studioMarkers.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

const hala = (extra: Record<string, unknown> = {}): Raw => ({
  ...person('drafts.person.hala', 'د. هالة عبد الرحمن', ['medicalReviewer']),
  credentials: 'استشارية الأمراض الجلدية',
  licence: licence('نقابة الأطباء المصرية', '٤٥٦٧٨', 'EG'),
  ...extra,
})

const lines = (findings: readonly {ruleId: string; severity: string; path: string}[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}`)

describe('studioPersonFindings', () => {
  test.each([
    {name: 'a clean person', document: hala(), expected: []},
    {name: 'an override before the credentials', document: hala({credentials: '\u202Eاستشارية الأمراض الجلدية'}), expected: ['bidi-control error credentials']},
    {name: 'credentials promising results, with diacritics and Arabic-Indic digits', document: hala({credentials: 'استشاريةٌ، نتائجُ مضمونةٌ ١٠٠٪'}), expected: ['banned-claim error credentials']},
    {name: 'an isolate in the licence number', document: hala({licence: licence('نقابة الأطباء المصرية', '\u2067٤٥٦٧٨\u2069', 'EG')}), expected: ['bidi-control error licence.number']},
    {name: 'a zero-width space in the name', document: hala({name: 'د. هالة\u200B عبد الرحمن'}), expected: ['invisible-char warning name']},
    {name: 'a name is not praise («الأفضل»)', document: hala({name: 'د. أفضل الدين'}), expected: []},
    {name: 'an email with a space after it', document: hala({email: 'hala@nour-cairo.example '}), expected: ['schema-invalid error email']},
    {name: 'a new draft without a name: its own required rule says so', document: {_id: 'drafts.person.new', _type: 'person', roles: ['writer']}, expected: ['schema-invalid error name']},
  ])('$name', ({document, expected}) => {
    expect(lines(studioPersonFindings({document}))).toEqual(expected)
  })

  test('an error says it holds back the articles crediting the person; a warning does not', () => {
    const [error] = studioPersonFindings({document: hala({credentials: '\u202Eاستشارية'})})
    expect(error!.message.endsWith(`(${BYLINE_HELD_BACK_NOTE})`)).toBe(true)
    const [warning] = studioPersonFindings({document: hala({name: 'د. هالة\u200B'})})
    expect(warning!.message).not.toContain(BYLINE_HELD_BACK_NOTE)
  })
})

describe('personValidation (the person form)', () => {
  test('puts each finding at its field, errors and warnings apart; an empty required field only once', async () => {
    const {results} = await runValidation(personValidation, hala({credentials: '\u202Eاستشارية', name: 'د. هالة\u200B'}), [])
    expect(results.error).toEqual([{message: expect.stringMatching(/\[bidi-control\]$/), path: ['credentials']}])
    expect(results.warning).toEqual([{message: expect.stringMatching(/^يحتوي النص على محارف خفية: U\+200B ZERO WIDTH SPACE .* \[invisible-char\]$/), path: ['name']}])
    const empty = await runValidation(personValidation, {_id: 'drafts.person.new', _type: 'person', roles: ['writer']}, [])
    expect(empty.results).toEqual({error: true, warning: true})
  })

  test('the Studio shows it on the person schema', async () => {
    const markers = await studioMarkers(hala({credentials: 'نتائج مضمونة ١٠٠٪'}))
    expect(markers.map(({level, path, message}) => [level, path, message.endsWith(`(${BYLINE_HELD_BACK_NOTE}) [banned-claim]`)])).toEqual([['error', 'credentials', true]])
  })
})
