// The formats of identifier fields a writer types into an Arabic Studio: PMID, DOI and colours are
// ASCII (they become URLs and CSS), so Arabic-Indic digits and invisible bidi marks do not fit.
import {describe, expect, it} from 'vitest'
import {DOI_FORMAT, HEX_COLOUR_FORMAT, NETLIFY_SITE_ID_FORMAT, PMID_FORMAT, type FieldFormat} from '../../src/content/fieldFormats.ts'

describe.each([
  {format: PMID_FORMAT, name: 'PMID', rows: [
    ['31234567', true],
    ['٣١٢٣٤٥٦٧', false],
    ['۳۱۲۳۴۵۶۷', false],
    ['\u200E31234567', false],
    ['31234567\u200F', false],
    ['3123 4567', false],
    ['PMID31234567', false],
  ]},
  // Pasted unencoded into Netlify API paths by sanad deploy: nothing that changes the path.
  {format: NETLIFY_SITE_ID_FORMAT, name: 'Netlify site id', rows: [
    ['3970e0fe-8564-4903-9a55-c5f8de49fb8b', true],
    ['nour-cairo.netlify.app', true],
    ['3f6c2a1e-victim/../../../accounts/victim-team/env/SECRET?x=', false],
    ['../accounts/x', false],
    ['site..example', false],
    ['site%2F..', false],
    ['site#x', false],
    ['\u200E3970e0fe-8564-4903-9a55-c5f8de49fb8b', false],
    ['', false],
  ]},
  {format: DOI_FORMAT, name: 'DOI', rows: [
    ['10.1111/jocd.12345', true],
    ['١٠.١١١١/jocd.12345', false],
    ['\u200E10.1111/jocd.12345', false],
    ['10.1111/jocd 12345', false],
    ['10.1111/jocd.12345\u200F', false],
  ]},
  {format: HEX_COLOUR_FORMAT, name: 'hex colour', rows: [
    ['#1B4F72', true],
    ['#١B٤F٧٢', false],
    ['\u2066#1B4F72\u2069', false],
  ]},
] as Array<{format: FieldFormat; name: string; rows: Array<[string, boolean]>}>)('$name', ({format, rows}) => {
  it.each(rows)('%s → %s', (value, fits) => {
    expect(format.pattern.test(value)).toBe(fits)
  })
})
