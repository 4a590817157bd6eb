// validationMarkers: findings become Sanity custom-validation results at the right path and level,
// their messages isolated right to left with the rule id and its brackets left to right (the finding
// keeps its own).
import {describe, expect, test} from 'vitest'
import {FIELD_TITLES} from '../../src/content/fieldTitles/fieldTitles.generated.ts'
import type {Finding} from '../../src/findings/finding.ts'
import {toCustomValidatorResult, toValidationErrors} from '../../src/studio/validation/validationMarkers.ts'

/** What the form shows for «الادعاء غير معتمد» under `ruleId`: RLI … [LRI rule id PDI] PDI, a word joiner after each of its hyphens. */
const shown = (ruleId: string) => `\u2067الادعاء غير معتمد \u2066[${ruleId.replaceAll('-', '-\u2060')}]\u2069\u2069`

const finding = (severity: Finding['severity'], path: string, ruleId = 'claim-unapproved'): Finding => ({
  ruleId,
  severity,
  message: 'الادعاء غير معتمد',
  documentId: 'article.x',
  path,
  url: `docs/rules/${ruleId}.md`,
})

describe('toValidationErrors', () => {
  test.each([
    {path: 'body[_key=="b3"].markDefs[_key=="m1"]', expected: ['body', {_key: 'b3'}, 'markDefs', {_key: 'm1'}]},
    {path: 'body[_key=="b3"].children[_key=="s1"].text', expected: ['body', {_key: 'b3'}]},
    {path: 'children', expected: ['children']},
    {path: 'body[_key=="f1"].items[_key=="q2"].answer', expected: ['body', {_key: 'f1'}, 'items', {_key: 'q2'}, 'answer']},
    {path: 'heroImage.alt', expected: ['heroImage', 'alt']},
    {path: 'procedures[1]', expected: ['procedures', 1]},
    // The slug field, not Sanity's English-titled sub-field «Current slug».
    {path: 'slug.current', expected: ['slug']},
  ])('$path becomes a Sanity path', ({path, expected}) => {
    expect(toValidationErrors([finding('error', path)], 'error')).toEqual([{message: shown('claim-unapproved'), path: expected}])
  })

  test("no field of the schema is named like a slug's text, so only a slug's is marked on its parent", () => {
    const named = Object.entries(FIELD_TITLES).flatMap(([type, fields]) => Object.keys(fields).filter((name) => name === 'current').map((name) => `${type}.${name}`))
    expect(named).toEqual([])
  })

  test('a whole-document finding has no path', () => {
    expect(toValidationErrors([finding('error', '', 'schema-invalid')], 'error')).toEqual([{message: shown('schema-invalid')}])
  })

  test('each level takes only its own findings; info goes with warnings', () => {
    const findings = [finding('error', 'author'), finding('warning', 'title'), finding('info', 'excerpt')]
    expect(toValidationErrors(findings, 'error').map((e) => e.path)).toEqual([['author']])
    expect(toValidationErrors(findings, 'warning').map((e) => e.path)).toEqual([['title'], ['excerpt']])
  })

  test('a date and a document id in the message are isolated left to right; the finding is left as it was', () => {
    const expired = {...finding('error', 'body', 'claim-expired'), message: 'انتهى اعتماد الادعاء «claim.microneedling-hair-count» في 2026-11-23.'}
    expect(toValidationErrors([expired], 'error')).toEqual([
      {message: '\u2067انتهى اعتماد الادعاء «\u2066claim.microneedling-\u2060hair-\u2060count\u2069» في \u20662026-\u206011-\u206023\u2069. \u2066[claim-\u2060expired]\u2069\u2069', path: ['body']},
    ])
    expect(expired.message).toBe('انتهى اعتماد الادعاء «claim.microneedling-hair-count» في 2026-11-23.')
  })

  test('an empty required field its own required rule marks is not marked again', () => {
    const empty = {...finding('error', 'slug', 'schema-invalid'), markedByField: true}
    expect(toValidationErrors([empty, finding('error', 'author')], 'error')).toEqual([{message: shown('claim-unapproved'), path: ['author']}])
    expect(toCustomValidatorResult([empty], 'error')).toBe(true)
  })

  test('nothing to say is `true`, as Sanity expects', () => {
    expect(toCustomValidatorResult([finding('warning', 'title')], 'error')).toBe(true)
    expect(toCustomValidatorResult([finding('error', 'title')], 'error')).toEqual([{message: shown('claim-unapproved'), path: ['title']}])
  })
})
