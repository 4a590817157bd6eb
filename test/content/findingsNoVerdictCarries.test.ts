// findingsNoVerdictCarries: the findings reports list on their own, because no article's verdict carries
// them: unreadable lines, documents left out of the graph, and notes on documents that are in it.
import {describe, expect, test} from 'vitest'
import {buildContentGraph, findingsNoVerdictCarries} from '../../src/content/contentGraph.ts'
import type {SanadDocument} from '../../src/content/parseDocuments.ts'
import {ruleDocsUrl, type Finding} from '../../src/findings/finding.ts'

const graph = buildContentGraph([
  {_id: 'article.meso-realistic', _type: 'article'},
  {_id: 'clinic.nour-cairo', _type: 'clinic'},
] as unknown as SanadDocument[])

const finding = (ruleId: string, documentId: string): Finding => ({
  ruleId,
  severity: ruleId === 'image-missing' ? 'warning' : 'error',
  message: 'رسالة',
  documentId,
  path: '',
  url: ruleDocsUrl(ruleId),
})

describe('findingsNoVerdictCarries', () => {
  test.each([
    {name: 'an unreadable line', finding: finding('schema-invalid', '(line 3)'), listed: true},
    {name: 'a document left out of the graph', finding: finding('schema-invalid', 'claim.gone'), listed: true},
    {name: "an article's own parse finding, which its verdict carries", finding: finding('schema-invalid', 'article.meso-realistic'), listed: false},
    {name: "an article's missing hero image", finding: finding('image-missing', 'article.meso-realistic'), listed: true},
    {name: "a clinic's missing logo", finding: finding('image-missing', 'clinic.nour-cairo'), listed: true},
  ])('$name: listed $listed', ({finding: given, listed}) => {
    expect(findingsNoVerdictCarries(graph, [given])).toEqual(listed ? [given] : [])
  })
})
