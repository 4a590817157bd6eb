// validationMarkers: findings become Sanity custom-validation results at the right path and level.
import {describe, expect, test} from 'vitest'
import type {Finding} from '../../src/findings/finding.ts'
import {toCustomValidatorResult, toValidationErrors} from '../../src/studio/validation/validationMarkers.ts'

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
    {path: 'body[_key=="f1"].items[_key=="q2"].answer', expected: ['body', {_key: 'f1'}, 'items', {_key: 'q2'}, 'answer']},
    {path: 'heroImage.alt', expected: ['heroImage', 'alt']},
    {path: 'procedures[1]', expected: ['procedures', 1]},
  ])('$path becomes a Sanity path', ({path, expected}) => {
    expect(toValidationErrors([finding('error', path)], 'error')).toEqual([{message: 'الادعاء غير معتمد [claim-unapproved]', path: expected}])
  })

  test('a whole-document finding has no path', () => {
    expect(toValidationErrors([finding('error', '', 'schema-invalid')], 'error')).toEqual([{message: 'الادعاء غير معتمد [schema-invalid]'}])
  })

  test('each level takes only its own findings; info goes with warnings', () => {
    const findings = [finding('error', 'author'), finding('warning', 'title'), finding('info', 'excerpt')]
    expect(toValidationErrors(findings, 'error').map((e) => e.path)).toEqual([['author']])
    expect(toValidationErrors(findings, 'warning').map((e) => e.path)).toEqual([['title'], ['excerpt']])
  })

  test('nothing to say is `true`, as Sanity expects', () => {
    expect(toCustomValidatorResult([finding('warning', 'title')], 'error')).toBe(true)
    expect(toCustomValidatorResult([finding('error', 'title')], 'error')).toEqual([{message: 'الادعاء غير معتمد [claim-unapproved]', path: ['title']}])
  })
})
