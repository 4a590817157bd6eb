// schema-invalid: findings from the zod boundary keep their path, take the preset's severity, and
// make an article unpublishable whatever that severity is.
import {describe, expect, test} from 'vitest'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {isPublishable} from '../../src/gate/checkArticle.ts'
import {egPreset} from '../../src/presets/eg.ts'
import {definePreset} from '../../src/presets/preset.ts'
import {gateFindings, graphWith, seed004Article, seed004Body, summarize} from '../support/gateFixtures.ts'

const RULE = 'schema-invalid'

describe(RULE, () => {
  // The Studio refuses these on «موعد سحب النشر»; written through the API, the article was reported
  // only as withdrawn, its publishAt unheeded, and never went live.
  test.each<[publishAt: string | undefined, unpublishAt: string | undefined, findings: string[]]>([
    ['2026-12-01T00:00:00Z', '2026-11-01T00:00:00Z', [`${RULE} error unpublishAt`]],
    ['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000Z', [`${RULE} error unpublishAt`]],
    ['2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z', []],
    [undefined, '2026-11-01T00:00:00Z', []],
    ['2026-12-01T00:00:00Z', undefined, []],
  ])('publishAt %s, unpublishAt %s: %j', (publishAt, unpublishAt, findings) => {
    const parsed = parseDocuments([seed004Article({publishAt, unpublishAt})])
    expect(summarize(parsed.findings)).toEqual(findings)
    if (findings.length > 0) expect(parsed.findings[0]!.message).toContain(`موعد سحب النشر (${unpublishAt}) يجب أن يكون بعد موعد النشر (${publishAt})، وإلا فلا يُنشر المقال أبدًا`)
  })

  // The Studio refuses these on the plan's fields; written through the API, 9 and 6 sessions (or 45
  // and 30 minutes) were published as typed while the page swapped them («٦–٩ جلسات»), and 0 passed.
  test.each<[sessions: Record<string, number>, findings: string[], message?: string]>([
    [{countMin: 9, countMax: 6}, [`${RULE} error sessions.countMax`], '«أكبر عدد للجلسات» (6) يجب ألا يقل عن «أقل عدد للجلسات» (9)؛ لعل القيمتين كُتبتا مقلوبتين'],
    [{countMin: 0, countMax: 6}, [`${RULE} error sessions.countMin`], '«أقل عدد للجلسات» يجب أن يكون جلسة واحدة على الأقل، لا 0'],
    [{countMax: 0}, [`${RULE} error sessions.countMax`], '«أكبر عدد للجلسات» يجب أن يكون جلسة واحدة على الأقل، لا 0'],
    [{countMin: -2, countMax: -1}, [`${RULE} error sessions.countMin`, `${RULE} error sessions.countMax`]],
    [{countMin: 3, countMax: 6}, []],
    [{countMin: 1, countMax: 1}, []],
    [{intervalWeeksMin: 4, intervalWeeksMax: 1}, [`${RULE} error sessions.intervalWeeksMax`], '«أكبر فاصل بين الجلسات (أسابيع)» (1) يجب ألا يقل عن «أقل فاصل بين الجلسات (أسابيع)» (4)؛ لعل القيمتين كُتبتا مقلوبتين'],
    [{intervalWeeksMin: -1}, [`${RULE} error sessions.intervalWeeksMin`], '«أقل فاصل بين الجلسات (أسابيع)» يجب ألا يكون سالبًا، لا -1'],
    [{durationMinutesMin: 45, durationMinutesMax: 30}, [`${RULE} error sessions.durationMinutesMax`], '«أكبر مدة للجلسة (دقائق)» (30) يجب ألا يقل عن «أقل مدة للجلسة (دقائق)» (45)؛ لعل القيمتين كُتبتا مقلوبتين'],
    [{durationMinutesMin: 0}, [`${RULE} error sessions.durationMinutesMin`], '«أقل مدة للجلسة (دقائق)» يجب أن يكون دقيقة واحدة على الأقل، لا 0'],
    [{intervalWeeksMin: 0, intervalWeeksMax: 0, durationMinutesMin: 30, durationMinutesMax: 30}, []],
    [{countMin: 4}, []],
    [{countMax: 4}, []],
  ])('a procedure of sessions %j: %j', (sessions, findings, message) => {
    const parsed = parseDocuments([{_id: 'procedure.p1', _type: 'procedure', name: 'الميزوثيرابي', slug: {_type: 'slug', current: 'meso'}, category: 'skin', summary: 'حقن مواد في الجلد.', sessions}])
    expect(summarize(parsed.findings)).toEqual(findings)
    if (message) expect(parsed.findings[0]!.message).toContain(message)
  })

  // Finding paths name an item by its _key: with two items of one key they point at the first. The
  // later item is named by position, and the article is not published, as the Studio shows it broken.
  describe('two items of one array with the same _key', () => {
    type Body = Record<string, unknown>[]
    const withBody = (edit: (body: Body) => Body) => seed004Article({body: edit(seed004Body() as Body)})
    const rekeyed = (body: Body, index: number, key: string) => body.map((block, at) => (at === index ? {...block, _key: key} : block))
    test.each<[name: string, article: Record<string, unknown>, findings: string[], says?: string]>([
      [
        'two blocks',
        withBody((body) => rekeyed(body, 2, 'b1')),
        [`${RULE} error body[2]._key`],
        'في الحقل «نص المقال» (body[2]._key): المفتاح «b1» (_key) للعنصر 3 هو مفتاح العنصر 1 في القائمة نفسها، ويجب أن يكون لكل عنصر مفتاح لا يشاركه فيه غيره: يعرض الاستوديو القائمة معطوبة، وكل ملاحظة تسمّي العنصر بمفتاحه قد تشير إلى غير موضعها. صحّح الحقل في الاستوديو ثم أعد النشر.',
      ],
      [
        'two spans of one block',
        withBody((body) => body.map((block) => (block._key === 'b1' ? {...block, children: rekeyed(block.children as Body, 2, 's1')} : block))),
        [`${RULE} error body[_key=="b1"].children[2]._key`],
      ],
      [
        'two questions of one FAQ',
        withBody((body) => body.map((block) => (block._key === 'f1' ? {...block, items: rekeyed(block.items as Body, 1, 'q1')} : block))),
        [`${RULE} error body[_key=="f1"].items[1]._key`],
      ],
      [
        'three blocks: each later one',
        withBody((body) => rekeyed(rekeyed(body, 2, 'b1'), 3, 'b1')),
        [`${RULE} error body[2]._key`, `${RULE} error body[3]._key`],
      ],
      // Keys are unique within an array: s1 in b1 and s1 in b2 are two paths.
      ['the same key in two arrays', seed004Article(), []],
    ])('%s', (_, article, findings, says) => {
      const parsed = parseDocuments([article])
      expect(summarize(parsed.findings).sort()).toEqual(findings)
      if (says) expect(parsed.findings[0]!.message).toBe(`المستند لا يطابق نموذج المحتوى ${says}`)
      expect(parsed.documents).toHaveLength(findings.length === 0 ? 1 : 0)
    })
  })

  test('the zod boundary reports an invalid document at the offending field', () => {
    const parsed = parseDocuments([seed004Article({_id: 'article.bad-slug', slug: {current: 'مسار خاطئ!'}})])
    expect(summarize(parsed.findings)).toEqual([`${RULE} error slug.current`])
    expect(parsed.findings[0]!.documentId).toBe('article.bad-slug')
  })

  // The claim's markDef is gone but its words still carry the mark: rendered as plain text, the
  // claim would reach the page without claim-unapproved or claim-expired ever seeing it.
  test('a span mark with no markDef in its block, claim or link, is invalid at that mark', () => {
    const body = seed004Body() as {_type: string; markDefs?: unknown[]}[]
    const orphaned = body.map((block, index) => (index === 0 ? {...block, markDefs: []} : block))
    const parsed = parseDocuments([seed004Article({body: orphaned})])
    expect(summarize(parsed.findings)).toEqual([`${RULE} error body[_key=="b1"].children[_key=="s2"].marks[0]`])
    expect(parsed.findings[0]!.message).toContain('العلامة «m1» على «بعض الدراسات تشير لتحسّن')
    expect(parsed.documents).toEqual([])
  })

  test.each([
    ['a decorator', ['strong']],
    ['decorators and the annotation the block defines', ['em', 'm1', 'strong']],
  ])('%s on a span is valid', (_, marks) => {
    const body = seed004Body() as {_type: string; children?: {_key: string}[]}[]
    const marked = body.map((block, index) => (index === 0 ? {...block, children: block.children!.map((child) => (child._key === 's2' ? {...child, marks} : child))} : block))
    expect(parseDocuments([seed004Article({body: marked})]).findings).toEqual([])
  })

  // `min(1)` alone let these through: the page showed «مراجعة طبية:   (استشارية…)», an empty
  // disclaimer box, an <h1> of spaces.
  test.each([
    ['spaces', '   '],
    ['a no-break space', '\u00a0'],
    ['an ideographic space and a line break', '\u3000\n'],
    ['a zero-width space', '\u200b'],
    ['bidi marks only', '\u200f\u202b'],
  ])('a required text of %s only is invalid, as an empty one is', (_, blank) => {
    const parsed = parseDocuments([
      seed004Article({title: blank}),
      {_id: 'person.blank', _type: 'person', name: blank, roles: ['writer']},
      {_id: 'disclaimer.blank', _type: 'disclaimer', title: 'إخلاء', jurisdiction: 'EG', version: '2026.1', effectiveDate: '2026-01-01', text: blank},
    ])
    expect(parsed.findings.map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual([
      `${RULE} article.meso-realistic title`,
      `${RULE} person.blank name`,
      `${RULE} disclaimer.blank text`,
    ])
    expect(parsed.findings[0]!.message).toContain('لا يحوي إلا مسافات أو محارف غير مرئية فيظهر فارغًا على الصفحة')
  })

  test('a text with a letter among the invisible characters is text; a blank optional text is read as absent', () => {
    const parsed = parseDocuments([
      {_id: 'person.hala', _type: 'person', name: '\u200fد. هالة ', roles: ['writer']},
      {_id: 'risk.bruise', _type: 'risk', name: 'كدمات', explanation: ' \u200b ', whatToDo: 'كمادات باردة.'},
    ])
    expect(parsed.findings).toEqual([])
    expect(parsed.documents.find((document) => document._id === 'risk.bruise')).toMatchObject({explanation: undefined, whatToDo: 'كمادات باردة.'})
  })

  // An excerpt of one space made the home page's <p class="excerpt"> and the meta description blank;
  // a city of spaces put «،   » in every footer.
  test.each([
    ['an article excerpt', seed004Article({excerpt: ' '}), (document: Record<string, unknown>) => document.excerpt],
    ['how a procedure is done', {_id: 'procedure.p', _type: 'procedure', name: 'إجراء', slug: {current: 'p'}, category: 'hair', summary: 'ملخص', howPerformed: '\u200b', downtime: '  '}, (document: Record<string, unknown>) => [document.howPerformed, document.downtime].find((value) => value !== undefined)],
    ['a reviewer credentials', {_id: 'person.p', _type: 'person', name: 'د. هالة', roles: ['medicalReviewer'], credentials: '\u00a0'}, (document: Record<string, unknown>) => document.credentials],
    ['a clinic city', {_id: 'clinic.c', _type: 'clinic', name: 'عيادة', slug: {current: 'c'}, jurisdiction: 'EG', locale: 'ar-EG', contact: {city: '  ', address: 'شارع'}}, (document: Record<string, unknown>) => (document.contact as Record<string, unknown>).city],
  ])('a blank optional text is read as absent: %s', (_, raw, field) => {
    const parsed = parseDocuments([raw])
    expect(parsed.findings.filter((finding) => finding.documentId === (raw as {_id: string})._id)).toEqual([])
    expect(field(parsed.documents[0] as unknown as Record<string, unknown>)).toBeUndefined()
  })

  test.each([
    {name: 'no parse findings', parseFindings: [], expected: []},
    {
      name: 'a finding about this article is carried into its verdict',
      parseFindings: [{ruleId: RULE, severity: 'error' as const, message: 'x', documentId: 'article.meso-realistic', path: 'excerpt', url: ''}],
      expected: [`${RULE} error excerpt`],
    },
    {
      name: 'a finding about another document is not',
      parseFindings: [{ruleId: RULE, severity: 'error' as const, message: 'x', documentId: 'claim.other', path: 'statement', url: ''}],
      expected: [],
    },
  ])('$name', ({parseFindings, expected}) => {
    expect(summarize(gateFindings(graphWith(seed004Article()), {parseFindings}), RULE)).toEqual(expected)
  })

  test('a preset that lowers it to a warning still cannot make the article publishable', () => {
    const lenient = definePreset({
      ...egPreset,
      rules: egPreset.rules.map((setting) => (setting[0] === RULE ? ([RULE, 'warning'] as const) : setting)),
    })
    const parseFindings = [{ruleId: RULE, severity: 'error' as const, message: 'x', documentId: 'article.meso-realistic', path: 'excerpt', url: ''}]
    const findings = gateFindings(graphWith(seed004Article()), {preset: lenient, parseFindings})
    expect(summarize(findings)).toEqual([`${RULE} warning excerpt`])
    expect(isPublishable(findings)).toBe(false)
  })
})
