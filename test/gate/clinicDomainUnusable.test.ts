// domain-unusable: a clinic domain typed but unusable leaves the site without feeds and sitemap;
// the build report says so on the clinic, as a warning that holds nothing back.
import {describe, expect, it} from 'vitest'
import {clinicDomainUnusable} from '../../src/gate/clinicDomainUnusable.ts'
import {runGate} from '../../src/gate/index.ts'
import {presetFor} from '../../src/presets/index.ts'
import {graphOf, NOW, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const withDomain = (domain: string | undefined) =>
  graphOf([...supportingDocuments().map((document) => (document._id === 'clinic.nour-cairo' ? {...document, domain} : document)), seed004Article()])

describe('domain-unusable', () => {
  it.each<[domain: string | undefined, reported: boolean]>([
    ['nour-cairo.example', false],
    ['https://nour-cairo.example/', false],
    ['نور-القاهرة.example', false],
    [undefined, false],
    ['  ', false],
    ['https://nour-cairo.example/ar', true],
    ['nour-cairo.example?lang=ar', true],
    ['nour..example', true],
    ['localhost', true],
  ])('%s: reported %s', (domain, reported) => {
    const clinic = withDomain(domain).clinics.get('clinic.nour-cairo')!
    expect(clinicDomainUnusable(clinic).map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(
      reported ? ['domain-unusable warning clinic.nour-cairo domain'] : [],
    )
  })

  it('is a warning on the clinic in the gate: it names the domain and what to type, and the articles still publish', () => {
    const graph = withDomain('https://nour-cairo.example/ar')
    const result = runGate({graph, clinic: graph.clinics.get('clinic.nour-cairo')!, now: NOW, preset: presetFor('EG')})
    expect(result.clinicFindings.map((finding) => finding.message)).toEqual([
      '«النطاق» https://nour-cairo.example/ar لا يصلح أصلًا لروابط موقع العيادة: اكتب النطاق وحده، مثل nour-clinic.example أو نور-القاهرة.example، بلا مسار أو «?» أو «@»؛ فبدونه لا تُنشر خلاصات المقالات (Atom وJSON Feed) ولا خريطة الموقع، وتبقى روابط الـAPI نسبية.',
    ])
    expect(result.articles.map((verdict) => verdict.publishable)).toEqual([true])
  })
})
