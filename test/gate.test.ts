// The publish gate: presets decide which rules run and how severe they are; verdicts are per
// (article, clinic); the Studio validation runs the very same checks.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {ruleIds} from '../src/checks/registry.ts'
import {buildContentGraph} from '../src/content/contentGraph.ts'
import {parseDocuments} from '../src/content/parseDocuments.ts'
import {runGate, runGateForAllClinics} from '../src/gate/index.ts'
import {aePreset, egPreset, presetFor, presetsByJurisdiction, saPreset, claimToday, todayFor} from '../src/presets/index.ts'
import {definePreset, type PresetSeverity, type Preset} from '../src/presets/preset.ts'
import {createArticleValidation} from '../src/studio/validation/articleValidation.ts'
import {createClaimValidation} from '../src/studio/validation/claimValidation.ts'
import {runValidation, type Validation} from './support/fakeStudio.ts'
import {disclaimerBlock, graphWith, NOW, seed004Article, seed004Body, summarize} from './support/gateFixtures.ts'

const withRule = (preset: Preset, ruleId: string, severity: PresetSeverity): Preset =>
  definePreset({...preset, rules: preset.rules.map((setting) => (setting[0] === ruleId ? ([ruleId, severity] as typeof setting) : setting))})

const withoutDisclaimers = (...keep: string[]) =>
  seed004Body().filter((block) => {
    const {_type, _key} = block as {_type: string; _key: string}
    return _type !== 'disclaimerBlock' || keep.includes(_key)
  })

const verdictFor = (clinicId: string, article = seed004Article(), preset?: Preset) => {
  const graph = graphWith(article)
  const clinic = graph.clinics.get(clinicId)!
  return runGate({graph, clinic, now: NOW, preset: preset ?? presetFor(clinic.jurisdiction)}).articles[0]!
}

describe('presets', () => {
  test.each([egPreset, saPreset, aePreset])('$name lists every rule exactly once', (preset) => {
    expect(preset.rules.map(([ruleId]) => ruleId).sort()).toEqual([...ruleIds].sort())
  })

  test.each([egPreset, saPreset, aePreset])('$name blocks on every patient-safety rule', (preset) => {
    const severities = Object.fromEntries(preset.rules.map(([ruleId, severity]) => [ruleId, severity]))
    for (const ruleId of ['schema-invalid', 'reference-broken', 'disclaimer-missing', 'claim-unapproved', 'claim-expired', 'claim-evidence-missing', 'reviewer-missing', 'review-overdue', 'bidi-control']) {
      expect(severities[ruleId], ruleId).toBe('error')
    }
  })

  test('each jurisdiction maps to its own preset', () => {
    expect([presetFor('EG').name, presetFor('SA').name, presetFor('AE').name]).toEqual(['sanad-eg', 'sanad-sa', 'sanad-ae'])
    expect(Object.values(presetsByJurisdiction).map((p) => p.jurisdiction)).toEqual(['EG', 'SA', 'AE'])
  })

  test('the presets differ where the comments say they do', () => {
    expect([egPreset.reviewPeriodMonths, saPreset.reviewPeriodMonths, aePreset.reviewPeriodMonths]).toEqual([12, 6, 12])
    expect([egPreset.dueSoonDays, saPreset.dueSoonDays, aePreset.dueSoonDays]).toEqual([30, 30, 45])
    const setting = (preset: Preset, ruleId: string) => preset.rules.find(([id]) => id === ruleId)
    expect(setting(saPreset, 'author-missing')?.[1]).toBe('error')
    expect(setting(egPreset, 'author-missing')?.[1]).toBe('warning')
    expect(setting(aePreset, 'invisible-char')?.[2]).toEqual({allowJoiners: true})
  })
})

describe('runGate', () => {
  test('seed 004 publishes cleanly for every clinic', () => {
    for (const clinicId of ['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']) {
      const verdict = verdictFor(clinicId)
      expect(verdict).toMatchObject({articleId: 'article.meso-realistic', slug: 'meso-realistic', publishable: true, findings: []})
    }
  })

  test.each([
    {severity: 'error' as const, expected: ['disclaimer-missing error body'], publishable: false},
    {severity: 'warning' as const, expected: ['disclaimer-missing warning body'], publishable: true},
    {severity: 'off' as const, expected: [], publishable: true},
  ])('a preset setting disclaimer-missing to $severity', ({severity, expected, publishable}) => {
    const verdict = verdictFor('clinic.nour-cairo', seed004Article({body: withoutDisclaimers()}), withRule(egPreset, 'disclaimer-missing', severity))
    expect(summarize(verdict.findings)).toEqual(expected)
    expect(verdict.publishable).toBe(publishable)
  })

  test('only enabled rules run: with every rule off nothing is reported', () => {
    const allOff = definePreset({...egPreset, rules: egPreset.rules.map(([ruleId]) => [ruleId, 'off'] as typeof egPreset.rules[number])})
    const broken = seed004Article({body: withoutDisclaimers(), author: undefined, medicalReviewer: undefined, title: 'عنوان\u202E'})
    expect(verdictFor('clinic.nour-cairo', broken, allOff)).toMatchObject({publishable: true, findings: []})
  })

  test('an error for one clinic blocks it there and nowhere else', () => {
    // No Saudi disclaimer block, and last reviewed seven months ago: fine for Egypt and the UAE.
    const article = seed004Article({body: withoutDisclaimers('d-eg', 'd-ae'), lastReviewed: '2026-04-20'})
    const riyadh = verdictFor('clinic.rawda-riyadh', article)
    expect(summarize(riyadh.findings)).toEqual(['disclaimer-missing error body', 'review-overdue error lastReviewed', 'review-due-later-than-policy warning nextReviewDue'])
    expect(riyadh.publishable).toBe(false)
    expect(verdictFor('clinic.nour-cairo', article)).toMatchObject({publishable: true, findings: []})
    expect(verdictFor('clinic.lulu-dubai', article)).toMatchObject({publishable: true, findings: []})
  })

  test('a warning alone does not block publication', () => {
    const verdict = verdictFor('clinic.nour-cairo', seed004Article({author: undefined}))
    expect(summarize(verdict.findings)).toEqual(['author-missing warning author'])
    expect(verdict.publishable).toBe(true)
  })

  test('findings carry the docs url of their rule', () => {
    const verdict = verdictFor('clinic.nour-cairo', seed004Article({body: withoutDisclaimers()}))
    expect(verdict.findings.map((f) => f.url)).toEqual(['docs/rules/disclaimer-missing.md'])
  })

  test('articles not targeting the clinic are not considered', () => {
    const article = seed004Article({targetClinics: [{_type: 'reference', _ref: 'clinic.nour-cairo', _key: 't1'}]})
    const graph = graphWith(article)
    expect(runGate({graph, clinic: graph.clinics.get('clinic.lulu-dubai')!, now: NOW, preset: aePreset}).articles).toEqual([])
    expect(runGate({graph, clinic: graph.clinics.get('clinic.nour-cairo')!, now: NOW, preset: egPreset}).articles).toHaveLength(1)
  })

  test('schema findings for documents outside the graph are listed as unparsed', () => {
    const graph = graphWith(seed004Article())
    const parseFindings = [{ruleId: 'schema-invalid', severity: 'error' as const, message: 'x', documentId: 'article.broken', path: 'slug.current', url: 'docs/rules/schema-invalid.md'}]
    const result = runGate({graph, clinic: graph.clinics.get('clinic.nour-cairo')!, now: NOW, preset: egPreset, parseFindings})
    expect(summarize(result.unparsed)).toEqual(['schema-invalid error slug.current'])
    expect(result.articles.map((a) => a.publishable)).toEqual([true])
  })

  test('runGateForAllClinics gives one result per clinic, each under its own preset', () => {
    const graph = graphWith(seed004Article({body: withoutDisclaimers('d-eg', 'd-ae')}))
    const results = runGateForAllClinics({graph, now: NOW})
    expect(results.map((r) => `${r.clinicSlug} ${r.preset} ${r.articles.map((a) => a.publishable).join()}`)).toEqual([
      'lulu-dubai sanad-ae true',
      'nour-cairo sanad-eg true',
      'rawda-riyadh sanad-sa false',
    ])
  })
})

// ---- The Studio runs the same checks: a fake Studio client answers GROQ over the bundled dataset.

type Raw = Record<string, any> & {_id: string; _type: string}
const dataset: Raw[] = readFileSync(new URL('../dataset/data.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
const byId = (id: string): Raw => structuredClone(dataset.find((d) => d._id === id)!)

const validate = (validation: Validation, document: Raw, documents: readonly Raw[] = dataset) => runValidation(validation, document, documents)

describe('Studio validation runs the gate checks', () => {
  const articleValidation = createArticleValidation(() => NOW)

  test('seed 004 from the bundled dataset passes: no errors, no warnings, fetched in the published perspective', async () => {
    const {results, requests} = await validate(articleValidation, byId('article.meso-realistic'))
    expect(results).toEqual({error: true, warning: true})
    expect(requests.map(({apiVersion, perspective}) => ({apiVersion, perspective}))).toEqual([{apiVersion: '2025-02-19', perspective: 'published'}])
  })

  test('a target clinic whose published document fails the content model is named as broken, not as deleted', async () => {
    const documents = dataset.map((document) => (document._id === 'clinic.lulu-dubai' ? {...document, name: undefined} : document))
    const {results} = await validate(articleValidation, byId('article.meso-realistic'), documents)
    const warnings = (results.warning as {message: string}[]).map((warning) => warning.message)
    expect(warnings.filter((message) => message.endsWith('[target-clinic-unknown]'))).toEqual([
      expect.stringContaining('تضم clinic.lulu-dubai، وهي عيادة منشورة لا يطابق مستندها نموذج المحتوى (انظر خطأ schema-invalid عليه)'),
    ])
  })

  test('the same article without disclaimer blocks shows an error on its body', async () => {
    const article = byId('article.meso-realistic')
    article.body = article.body.filter((block: Raw) => block._type !== 'disclaimerBlock')
    const {results} = await validate(articleValidation, article)
    const errors = results.error as {message: string; path: unknown}[]
    // Three clinics in three jurisdictions: three messages at the same place, each naming its clinic.
    expect(errors.map((e) => e.path)).toEqual([['body'], ['body'], ['body']])
    expect(errors.every((e) => e.message.endsWith('[disclaimer-missing]'))).toBe(true)
    expect(errors.map((e) => e.message.match(/يخصّ: ([^)]+)\)/)?.[1])).toEqual([
      'عيادة نور للجلدية والتجميل',
      'مركز روضة للأمراض الجلدية',
      'عيادة لؤلؤة للجلدية والتجميل',
    ])
    expect(results.warning).toBe(true)
  })

  test('a problem of one clinic while the others pass is a warning naming it, so Publish stays for the others', async () => {
    const article = byId('article.meso-realistic')
    article.body = article.body.filter((block: Raw) => block.disclaimer?._ref !== 'disclaimer.sa-2026')
    const {results} = await validate(articleValidation, article)
    expect(results.error).toBe(true)
    const warnings = results.warning as {message: string; path: unknown}[]
    expect(warnings.map((w) => [w.path, w.message.match(/\(لا يُنشر في: (.+) حتى يُصلَح؛ يُنشر في بقية عياداته\) \[(.+)\]$/)?.slice(1)])).toEqual([
      [['body'], ['مركز روضة للأمراض الجلدية', 'disclaimer-missing']],
    ])
  })

  test('each clinic blocked by its own problem: no clinic passes, so every one stays an error', async () => {
    const article = byId('article.meso-realistic')
    article.body = article.body.map((block: Raw) => (block.disclaimer?._ref === 'disclaimer.eg-2026' ? {...block, disclaimer: {...block.disclaimer, _ref: 'disclaimer.eg-2025'}} : block))
      .filter((block: Raw) => !['disclaimer.sa-2026', 'disclaimer.ae-2026'].includes(block.disclaimer?._ref))
    const {results} = await validate(articleValidation, article)
    const errors = results.error as {message: string}[]
    expect(errors).toHaveLength(3)
    expect(errors.every((e) => e.message.endsWith('[disclaimer-missing]') && !e.message.includes('لا يُنشر في'))).toBe(true)
    expect(results.warning).toBe(true)
  })

  test('a draft that refers to an unpublished claim shows reference-broken and claim-unapproved at the claimRef', async () => {
    const article = byId('drafts.article.meso-realistic')
    const block = article.body.find((b: Raw) => b._type === 'block' && b.markDefs?.some((m: Raw) => m._type === 'claimRef'))
    const mark = block.markDefs.find((m: Raw) => m._type === 'claimRef')
    mark.claim._ref = 'claim.not-yet-published'
    const {results} = await validate(articleValidation, article)
    const errors = results.error as {message: string; path: unknown[]}[]
    expect(errors.map((e) => `${e.message.match(/\[(.+)\]$/)?.[1]} ${JSON.stringify(e.path)}`)).toEqual([
      `reference-broken ${JSON.stringify(['body', {_key: block._key}, 'markDefs', {_key: mark._key}, 'claim'])}`,
      `claim-unapproved ${JSON.stringify(['body', {_key: block._key}, 'markDefs', {_key: mark._key}])}`,
    ])
  })

  // The form fetches each claim's approver with their licences (articleGateContextQuery's claimReviewers),
  // so it warns as the pipeline does when one holds none from a clinic's country.
  test("a claim approved by a reviewer licensed only in Saudi Arabia: the form warns at its claimRef, naming the two other clinics", async () => {
    const documents = dataset.map((document) => (document._id === 'person.dr-faisal-alqahtani' ? {...document, otherLicences: undefined} : document))
    const article = byId('article.meso-realistic')
    const block = article.body.find((b: Raw) => b.markDefs?.some((m: Raw) => m.claim?._ref === 'claim.minoxidil-first-line'))
    const mark = block.markDefs.find((m: Raw) => m.claim?._ref === 'claim.minoxidil-first-line')
    const {results} = await validate(articleValidation, article, documents)
    expect(results.error).toBe(true)
    const warnings = results.warning as {message: string; path: unknown}[]
    expect(warnings.map((w) => [w.path, w.message.match(/القحطاني» من (\S+)، والمقال يُنشر لعيادة في (\S+)\. .*\[(.+)\]$/)?.slice(1)])).toEqual([
      [['body', {_key: block._key}, 'markDefs', {_key: mark._key}], ['السعودية', 'مصر', 'claim-approver-licence-jurisdiction']],
      [['body', {_key: block._key}, 'markDefs', {_key: mark._key}], ['السعودية', 'الإمارات', 'claim-approver-licence-jurisdiction']],
    ])
    expect(warnings.every((w) => w.message.includes('الادعاء claim.minoxidil-first-line') && w.message.includes('معتمَد باسم «د. فيصل القحطاني»'))).toBe(true)
  })

  test('seed 000 (marketing) is rejected with actionable errors', async () => {
    const {results} = await validate(articleValidation, byId('article.meso-marketing'))
    const rules = (results.error as {message: string}[]).map((e) => e.message.match(/\[(.+)\]$/)?.[1])
    expect(rules).toEqual(expect.arrayContaining(['disclaimer-missing', 'reviewer-missing', 'review-overdue']))
  })

  /** The bundled dataset with `advice` appended to the named risks' what-to-do. */
  const withRiskAdvice = (advice: Readonly<Record<string, string>>): Raw[] =>
    dataset.map((document) => (advice[document._id] ? {...document, whatToDo: `${document.whatToDo} ${advice[document._id]}`} : document))

  test('a promise added to a risk the article shows: the form shows the error that keeps the pipeline from publishing it', async () => {
    const documents = withRiskAdvice({'risk.pain': 'والنتائج مضمونة.'})
    const graph = buildContentGraph(parseDocuments(documents.filter((document) => !document._id.startsWith('drafts.'))).documents)
    const verdicts = runGateForAllClinics({graph, now: NOW}).map((result) => result.articles.find((verdict) => verdict.articleId === 'article.meso-realistic')!)
    expect(verdicts.map((verdict) => summarize(verdict.findings))).toEqual([['banned-claim error whatToDo'], ['banned-claim error whatToDo'], ['banned-claim error whatToDo']])
    const {results} = await validate(articleValidation, byId('article.meso-realistic'), documents)
    expect(results).toEqual({
      error: [{message: `${verdicts[0]!.findings[0]!.message} (في «ألم موضعي» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) [banned-claim]`}],
      warning: true,
    })
  })

  test('the same wording in two risks is two findings, each naming its own risk and, once, the clinic it keeps the article from', async () => {
    const documents = withRiskAdvice({'risk.pain': 'احجزي بخصم 50% على الجلسة القادمة.', 'risk.redness': 'احجزي بخصم 50% على الجلسة القادمة.'})
    const {results} = await validate(articleValidation, byId('article.meso-realistic'), documents)
    expect(results.error).toBe(true)
    const warnings = results.warning as {message: string; path?: unknown}[]
    expect(warnings.map((warning) => [warning.path, warning.message.match(/\(في «([^»]+)» \(خطر \/ أثر جانبي\)، الحقل «([^»]+)»؛ يظهر مع هذا المقال\) \(لا يُنشر في: (.+) حتى يُصلَح؛ يُنشر في بقية عياداته\) \[(.+)\]$/)?.slice(1)])).toEqual([
      [undefined, ['ألم موضعي', 'ماذا تفعل إن حدث', 'عيادة لؤلؤة للجلدية والتجميل', 'banned-claim']],
      [undefined, ['احمرار', 'ماذا تفعل إن حدث', 'عيادة لؤلؤة للجلدية والتجميل', 'banned-claim']],
    ])
  })

  const claimValidation = createClaimValidation(() => NOW)
  test.each([
    {name: 'an approved, evidenced claim', id: 'claim.meso-hair-density', expected: true},
    {name: 'a claim still in review (a workflow state, not a defect)', id: 'claim.prp-hair-density', expected: true},
    {name: 'an expired approval', id: 'claim.microneedling-hair-count', expected: [['review', 'reviewDue']]},
  ])('claim documents: $name', async ({id, expected}) => {
    const {results} = await validate(claimValidation, byId(id))
    const warning = results.warning
    expect(warning === true ? true : (warning as {path: unknown}[]).map((w) => w.path)).toEqual(expected)
  })

  test("an approval due today reads as lapsed once it has lapsed for a clinic (Dubai's midnight), not at UTC's", async () => {
    const claim = byId('claim.meso-hair-density')
    claim.review.reviewDue = '2026-11-21'
    const at = (now: string) => validate(createClaimValidation(() => new Date(now)), claim)
    expect((await at('2026-11-21T19:30:00Z')).results.warning).toBe(true)
    expect((await at('2026-11-21T20:30:00Z')).results.warning).toEqual([{message: expect.stringContaining('[claim-expired]'), path: ['review', 'reviewDue']}])
  })

  test("an approval due today holds until midnight in the clinics its articles go to: Cairo's, for a claim only a Cairo clinic publishes", async () => {
    const claim = byId('claim.meso-hair-density')
    claim.review.reviewDue = '2026-11-21'
    const cairoOnly = dataset.map((document) =>
      document._id === 'article.meso-realistic' ? {...document, targetClinics: document.targetClinics.filter((target: Raw) => target._ref === 'clinic.nour-cairo')} : document,
    )
    const at = async (now: string) => (await validate(createClaimValidation(() => new Date(now)), claim, cairoOnly)).results.warning
    // 21:30 UTC: already the 22nd in Dubai and Riyadh, still the 21st in Cairo (UTC+2 in November).
    expect(await at('2026-11-21T21:30:00Z')).toBe(true)
    expect(await at('2026-11-21T22:30:00Z')).toEqual([{message: expect.stringContaining('[claim-expired]'), path: ['review', 'reviewDue']}])
  })

  // The bundled claim's articles go to all three countries, whose periods tie; Egypt, first in the
  // countries' order, binds it (claimReviewPeriod), so its form writes dates as Egypt does.
  test('a claim edited after its approval is flagged on its hash, naming the day it was approved', async () => {
    const claim = byId('claim.meso-hair-density')
    claim.statement = `${claim.statement} دائمًا`
    const {results} = await validate(claimValidation, claim)
    expect(results.warning).toEqual([{message: expect.stringContaining('تغيّر نصه أو دليله بعد اعتماده في ٢٠ سبتمبر ٢٠٢٦، فالاعتماد لا يشمل النص الحالي'), path: ['review', 'approvedHash']}])
  })

  test('an approval dated in the future is flagged on its date', async () => {
    const claim = byId('claim.meso-hair-density')
    claim.review.approvedAt = '2026-12-01T09:00:00Z'
    const {results} = await validate(claimValidation, claim)
    expect(results.warning).toEqual([{message: expect.stringContaining('[claim-unapproved]'), path: ['review', 'approvedAt']}])
    expect((results.warning as {message: string}[])[0]!.message).toContain('سُجِّل اعتماده بتاريخ لم يأتِ بعد (١ ديسمبر ٢٠٢٦)')
  })

  test("an approval is held to the claim review period of its articles' countries, whatever its recorded date says", async () => {
    const claim = byId('claim.meso-hair-density')
    claim.review.approvedAt = '2025-10-01T09:00:00Z'
    const {results} = await validate(claimValidation, claim)
    expect(results.warning).toEqual([{message: expect.stringContaining('[claim-expired]'), path: ['review', 'reviewDue']}])
    expect((results.warning as {message: string}[])[0]!.message).toContain('انتهت صلاحية اعتماده في ١ أكتوبر ٢٠٢٦: اعتُمد في ١ أكتوبر ٢٠٢٥، وسياسة النشر تُبقي اعتماد الادعاء ١٢ شهرًا على الأكثر، وإن كان موعد إعادة مراجعته المسجّل ٢٠ سبتمبر ٢٠٢٧')
  })

  test('a recorded review-due date beyond that period is flagged on it, naming the last day; not on a claim no article links yet', async () => {
    const claim = byId('claim.meso-hair-density')
    claim.review.reviewDue = '2027-12-31'
    const {results} = await validate(claimValidation, claim)
    expect(results.warning).toEqual([{message: expect.stringContaining('[claim-review-due-later-than-policy]'), path: ['review', 'reviewDue']}])
    expect((results.warning as {message: string}[])[0]!.message).toContain('موعد إعادة المراجعة المسجّل (٣١ ديسمبر ٢٠٢٧) أبعد مما تسمح به سياسة النشر في')
    expect((results.warning as {message: string}[])[0]!.message).toContain('١٢ شهرًا على الأكثر بعد اعتماده (٢٠ سبتمبر ٢٠٢٦)، أي حتى ٢٠ سبتمبر ٢٠٢٧')
    expect((await validate(claimValidation, {...claim, _id: 'claim.linked-nowhere'})).results.warning).toBe(true)
  })

  test('a claim approved by someone without the medicalReviewer role is flagged on its reviewer field', async () => {
    const claim = byId('claim.meso-hair-density')
    // Mona wrote this claim (its audit trail says so): recorded as its reviewer she also breaks four eyes.
    claim.review.reviewer._ref = 'person.mona-elsayed'
    const {results} = await validate(claimValidation, claim)
    expect(results.warning).toEqual([
      {message: expect.stringContaining('[claim-reviewer-role]'), path: ['review', 'reviewer']},
      {message: expect.stringContaining('[claim-four-eyes]'), path: ['review', 'reviewer']},
    ])
  })
})

describe('todayFor', () => {
  test.each([
    {now: '2026-11-21T12:00:00Z', EG: '2026-11-21', SA: '2026-11-21', AE: '2026-11-21'},
    {now: '2026-12-31T21:30:00Z', EG: '2026-12-31', SA: '2027-01-01', AE: '2027-01-01'},
    {now: '2026-11-21T20:30:00Z', EG: '2026-11-21', SA: '2026-11-21', AE: '2026-11-22'},
  ])('$now', ({now, EG, SA, AE}) => {
    expect([todayFor('EG', new Date(now)), todayFor('SA', new Date(now)), todayFor('AE', new Date(now))]).toEqual([EG, SA, AE])
  })
})

describe('claimToday', () => {
  test.each([
    {now: '2026-11-21T12:00:00Z', jurisdictions: undefined, expected: '2026-11-21'},
    {now: '2026-11-21T20:30:00Z', jurisdictions: undefined, expected: '2026-11-22'},
    {now: '2026-11-21T20:30:00Z', jurisdictions: ['EG', 'SA'], expected: '2026-11-21'},
    {now: '2026-11-21T21:30:00Z', jurisdictions: ['EG', 'SA'], expected: '2026-11-22'},
    {now: '2026-11-21T21:30:00Z', jurisdictions: ['EG'], expected: '2026-11-21'},
    // Cairo keeps summer time again (UTC+3 from the last Friday of April 2026 to the last Thursday of October).
    {now: '2026-07-15T21:30:00Z', jurisdictions: ['EG'], expected: '2026-07-16'},
    {now: '2026-11-21T20:30:00Z', jurisdictions: [], expected: '2026-11-22'},
  ] as const)('$now in $jurisdictions: $expected', ({now, jurisdictions, expected}) => {
    expect(claimToday(new Date(now), jurisdictions)).toBe(expected)
  })
})

describe('rule docs', () => {
  test.each([...ruleIds])('%s has a page at its finding url', (ruleId) => {
    const page = readFileSync(new URL(`../docs/rules/${ruleId}.md`, import.meta.url), 'utf8')
    expect(page.startsWith(`# ${ruleId}\n`)).toBe(true)
    expect(page).toContain('**Presets.**')
  })
})
