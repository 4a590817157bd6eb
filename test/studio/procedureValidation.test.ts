// Procedure, risk and contraindication forms show what the gate of procedure pages finds, at the
// field it is about, at the strictest severity among the jurisdictions whose clinics show the page;
// an error for only some of those clinics, while another passes, warns naming them.
import {readFileSync} from 'node:fs'
import type {ValidationContext} from 'sanity'
import {describe, expect, test} from 'vitest'
import {procedureValidation} from '../../src/studio/validation/procedureValidation.ts'
import {studioProcedureFindings} from '../../src/studio/validation/studioProcedureFindings.ts'
import {checkProcedure} from '../../src/gate/checkProcedure.ts'
import {egPreset} from '../../src/presets/index.ts'
import {runValidation, validatorsOf} from '../support/fakeStudio.ts'
import {clinic, graphOf, mesotherapyProcedure, ref} from '../support/gateFixtures.ts'

type Raw = Record<string, any> & {_id: string; _type: string}

const RLO = '\u202E'
const PDF = '\u202C'

const cairo = clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG')
const riyadh = clinic('clinic.rawda-riyadh', 'rawda-riyadh', 'عيادة الروضة', 'SA')
const dubai = clinic('clinic.lulu-dubai', 'lulu-dubai', 'عيادة لؤلؤ', 'AE')

/** The clinic offering the mesotherapy procedure («الإجراءات المتاحة»). */
const offering = (clinicDocument: Raw): Raw => ({...clinicDocument, proceduresOffered: [ref('procedure.mesotherapy')]})

const bruising = (extra: Record<string, unknown> = {}): Raw => ({
  _id: 'risk.bruising',
  _type: 'risk',
  name: 'كدمات',
  explanation: 'قد تظهر كدماتٌ صغيرة مكان الحقن وتزول خلال ٣–٧ أيام.',
  whatToDo: 'ضع كمّادات باردة، وراجع الطبيب إن اتّسعت الكدمة.',
  ...extra,
})

const pregnancy = (extra: Record<string, unknown> = {}): Raw => ({
  _id: 'contraindication.pregnancy',
  _type: 'contraindication',
  name: 'الحمل والرضاعة',
  explanation: 'لا تتوفّر دراسات كافية عن أمان الإجراء أثناء الحمل.',
  ...extra,
})

const withBruising = (extra: Record<string, unknown> = {}) =>
  mesotherapyProcedure({risks: [{_key: 'r1', risk: ref('risk.bruising'), frequency: 'common', severity: 'mild'}], ...extra})

const lines = (findings: readonly {ruleId: string; severity: string; documentId: string; path: string}[]) =>
  findings.map((f) => `${f.ruleId} ${f.severity} ${f.documentId} ${f.path}`)

describe('studioProcedureFindings', () => {
  test.each([
    {name: 'a clean procedure', document: mesotherapyProcedure(), clinics: [cairo, riyadh, dubai], expected: []},
    {
      name: 'a promise of results in the summary, EG',
      document: mesotherapyProcedure({summary: 'حقن سطحي بنتائج مضمونة.'}),
      clinics: [cairo],
      expected: ['banned-claim error procedure.mesotherapy summary'],
    },
    {
      name: 'the same promise with diacritics and tatweel, SA',
      document: mesotherapyProcedure({summary: 'حقنٌ سطحيّ بنتـــائجَ مضمـونةٍ.'}),
      clinics: [riyadh],
      expected: ['banned-claim error procedure.mesotherapy summary'],
    },
    {
      name: 'a discount offered in EG only warns',
      document: mesotherapyProcedure({summary: 'خصم 50% على الجلسة الأولى.'}),
      clinics: [cairo],
      expected: ['banned-claim warning procedure.mesotherapy summary'],
    },
    {
      name: 'a discount offered in EG and AE: once, a warning, since the EG clinic passes',
      document: mesotherapyProcedure({summary: 'خصم 50% على الجلسة الأولى.'}),
      clinics: [cairo, dubai],
      expected: ['banned-claim warning procedure.mesotherapy summary'],
    },
    {
      name: 'a discount with Arabic-Indic digits that no clinic offers yet is held to every preset (AE blocks)',
      document: mesotherapyProcedure({summary: 'خصم ٥٠٪ على الجلسة الأولى.'}),
      clinics: [],
      expected: ['banned-claim error procedure.mesotherapy summary'],
    },
    {
      name: 'a ZWNJ in a Persian word is allowed in AE',
      document: mesotherapyProcedure({howPerformed: 'يُشرح للمريض بالفارسية: «می‌شود».'}),
      clinics: [dubai],
      expected: [],
    },
    {
      name: 'the same ZWNJ warns once an EG clinic offers it too',
      document: mesotherapyProcedure({howPerformed: 'يُشرح للمريض بالفارسية: «می‌شود».'}),
      clinics: [cairo, dubai],
      expected: ['invisible-char warning procedure.mesotherapy howPerformed'],
    },
    {
      name: 'an RLO in a risk explanation, on the risk',
      document: bruising({explanation: `تزول الكدمة خلال ${RLO}7-3${PDF} أيام.`}),
      clinics: [riyadh],
      expected: ['bidi-control error risk.bruising explanation'],
    },
    {
      name: 'a discount in a risk what-to-do, EG',
      document: bruising({whatToDo: 'احجز جلسة المتابعة بخصم 50%.'}),
      clinics: [cairo],
      expected: ['banned-claim warning risk.bruising whatToDo'],
    },
    {
      name: 'a promise in a contraindication name, AE',
      document: pregnancy({name: 'الحمل (نتائج مضمونة بعد الولادة)'}),
      clinics: [dubai],
      expected: ['banned-claim error contraindication.pregnancy name'],
    },
    {name: 'a clean contraindication', document: pregnancy(), clinics: [cairo, riyadh, dubai], expected: []},
    {
      name: 'a draft keeps its own id',
      document: mesotherapyProcedure({_id: 'drafts.procedure.mesotherapy', summary: 'نتائج مضمونة.'}),
      clinics: [cairo],
      expected: ['banned-claim error drafts.procedure.mesotherapy summary'],
    },
    {
      name: 'a procedure without a summary: the zod boundary says so',
      document: mesotherapyProcedure({summary: undefined}),
      clinics: [cairo],
      expected: ['schema-invalid error procedure.mesotherapy summary'],
    },
    {
      // A new procedure: the empty required fields are named, and its other texts are checked already.
      name: 'a half-filled procedure (no slug, no summary, no category) with a promise in how it is performed: all three and the promise',
      document: mesotherapyProcedure({slug: undefined, summary: '  ', category: undefined, howPerformed: 'حقن سطحي بنتائج مضمونة.'}),
      clinics: [cairo],
      expected: [
        'schema-invalid error procedure.mesotherapy slug',
        'schema-invalid error procedure.mesotherapy category',
        // A summary of spaces only is no summary.
        'schema-invalid error procedure.mesotherapy summary',
        'banned-claim error procedure.mesotherapy howPerformed',
      ],
    },
    {
      name: 'a risk without a name yet, with a discount in what to do',
      document: bruising({name: '', whatToDo: 'احجز جلسة المتابعة بخصم 50%.'}),
      clinics: [cairo],
      expected: ['schema-invalid error risk.bruising name', 'banned-claim warning risk.bruising whatToDo'],
    },
    {
      // As the gate warns on the release of each clinic offering it: once, at the field to fill in.
      name: 'a procedure two clinics offer with no risk and no contraindication: procedure-safety-missing warns once, at risks',
      document: mesotherapyProcedure(),
      clinics: [offering(cairo), offering(dubai)],
      expected: ['procedure-safety-missing warning procedure.mesotherapy risks'],
    },
    {
      name: 'the same, as a draft: at the draft, since the clinic offers its published id',
      document: mesotherapyProcedure({_id: 'drafts.procedure.mesotherapy'}),
      clinics: [offering(cairo)],
      expected: ['procedure-safety-missing warning drafts.procedure.mesotherapy risks'],
    },
    {name: 'the same procedure with a risk: nothing to warn of', document: withBruising(), clinics: [offering(cairo)], expected: []},
    {
      name: 'the same procedure with a contraindication only: nothing to warn of',
      document: mesotherapyProcedure({contraindications: [{_key: 'c1', contraindication: ref('contraindication.pregnancy'), kind: 'absolute'}]}),
      clinics: [offering(cairo)],
      expected: [],
    },
    {
      name: 'an empty slug and a wrong value elsewhere: only the boundary speaks, both together',
      document: mesotherapyProcedure({slug: undefined, anaesthesia: 'general', howPerformed: 'نتائج مضمونة.'}),
      clinics: [cairo],
      expected: ['schema-invalid error procedure.mesotherapy slug', 'schema-invalid error procedure.mesotherapy anaesthesia'],
    },
  ])('$name', ({document, clinics, expected}) => {
    expect(lines(studioProcedureFindings({document, context: {referenced: [], clinics}}))).toEqual(expected)
  })

  test('a problem in a risk the procedure lists is shown on the whole procedure, naming the risk and field', () => {
    const findings = studioProcedureFindings({
      document: withBruising(),
      context: {referenced: [bruising({explanation: `تزول خلال ${RLO}7-3${PDF} أيام.`})], clinics: [cairo]},
    })
    expect(lines(findings)).toEqual(['bidi-control error risk.bruising '])
    expect(findings[0]!.message).toMatch(/^يحتوي النص على محارف تحكّم خفية باتجاه الكتابة: .+ \(في «كدمات» \(خطر \/ أثر جانبي\)، الحقل «الشرح»؛ يظهر في صفحة هذا الإجراء\)$/)
  })

  test('the same wording in two risks the procedure lists: one finding for each risk', () => {
    const explanation = `تزول خلال ${RLO}7-3${PDF} أيام.`
    const findings = studioProcedureFindings({
      document: withBruising({risks: [{_key: 'r1', risk: ref('risk.bruising'), frequency: 'common', severity: 'mild'}, {_key: 'r2', risk: ref('risk.swelling'), frequency: 'common', severity: 'mild'}]}),
      context: {referenced: [bruising({explanation}), bruising({_id: 'risk.swelling', name: 'تورّم', explanation})], clinics: [cairo, riyadh]},
    })
    expect(lines(findings)).toEqual(['bidi-control error risk.bruising ', 'bidi-control error risk.swelling '])
  })

  test('findings are the gate’s own, message for message', () => {
    const document = mesotherapyProcedure({summary: 'حقن سطحي بنتائج مضمونة.', downtime: 'يوم\u200bواحد'})
    const graph = graphOf([document, cairo])
    const gate = checkProcedure({procedure: graph.procedures.get('procedure.mesotherapy')!, clinic: graph.clinics.get('clinic.nour-cairo')!, graph, preset: egPreset})
    expect(lines(gate)).toEqual(['invisible-char warning procedure.mesotherapy downtime', 'banned-claim error procedure.mesotherapy summary'])
    expect(studioProcedureFindings({document, context: {referenced: [], clinics: [cairo]}})).toEqual(gate)
  })
})

// The build publishes a procedure's page, and every page showing its texts, to each clinic whose gate
// passes them (src/render/lib/siteContents.ts, checkArticle), as it publishes an article to each clinic
// it passes: while one clinic passes, what blocks the others warns, naming them and saying their pages
// that show it are held back, even published ones; Sanity would take an error for a reason to disable
// Publish for every clinic.
describe('studioProcedureFindings: an error for only some of the clinics showing it', () => {
  const nourDubai = clinic('clinic.nour-dubai', 'nour-dubai', 'عيادة نور', 'AE')
  const HELD_BACK = (clinics: string) => ` (حتى يُصلَح تُحجب كل صفحة تعرضه، ولو كانت منشورة، في: ${clinics}؛ وتُنشر في بقية العيادات التي تعرضه)`
  const DISCOUNT = 'خصم 50% على جلسة المتابعة.'

  /** `ruleId severity documentId path`, then what the form adds after the gate's own message. */
  const noted = (findings: readonly {ruleId: string; severity: string; documentId: string; path: string; message: string}[]) =>
    findings.map((f) => `${f.ruleId} ${f.severity} ${f.documentId} ${f.path}${f.message.includes('. (') ? f.message.slice(f.message.indexOf('. (') + 1) : ''}`)

  test.each([
    {
      name: 'a procedure offered in EG and AE with a discount: AE blocks it, EG passes',
      document: mesotherapyProcedure({summary: 'خصم 50% على الجلسة الأولى.'}),
      clinics: [cairo, dubai],
      expected: [`banned-claim warning procedure.mesotherapy summary${HELD_BACK('عيادة لؤلؤ')}`],
      blocks: [[{_id: 'clinic.lulu-dubai', label: 'عيادة لؤلؤ'}]],
    },
    {
      name: 'a risk on the pages of an EG, an SA and an AE clinic, with a discount only the AE phrasebook blocks',
      document: bruising({whatToDo: DISCOUNT}),
      clinics: [cairo, riyadh, dubai],
      expected: [`banned-claim warning risk.bruising whatToDo${HELD_BACK('عيادة لؤلؤ')}`],
      blocks: [[{_id: 'clinic.lulu-dubai', label: 'عيادة لؤلؤ'}]],
    },
    {
      name: 'a Gulf-dialect promise in a contraindication: only the Gulf phrasebooks have it, the EG clinic passes',
      document: pregnancy({explanation: 'بتشوف فرق بعد الولادة.'}),
      clinics: [cairo, riyadh, dubai],
      expected: [`banned-claim warning contraindication.pregnancy explanation${HELD_BACK('عيادة الروضة، عيادة لؤلؤ')}`],
      blocks: [[{_id: 'clinic.rawda-riyadh', label: 'عيادة الروضة'}, {_id: 'clinic.lulu-dubai', label: 'عيادة لؤلؤ'}]],
    },
    {
      name: 'a risk listed by a procedure offered in EG and AE: on the procedure, naming the risk and the AE clinic',
      document: withBruising(),
      referenced: [bruising({whatToDo: DISCOUNT})],
      clinics: [cairo, dubai],
      expected: [`banned-claim warning risk.bruising  (في «كدمات» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر في صفحة هذا الإجراء)${HELD_BACK('عيادة لؤلؤ')}`],
      blocks: [[{_id: 'clinic.lulu-dubai', label: 'عيادة لؤلؤ'}]],
    },
    {
      name: 'two clinics of one name: the one held back is told apart by its slug',
      document: bruising({whatToDo: DISCOUNT}),
      clinics: [cairo, nourDubai],
      expected: [`banned-claim warning risk.bruising whatToDo${HELD_BACK('عيادة نور (nour-dubai)')}`],
      blocks: [[{_id: 'clinic.nour-dubai', label: 'عيادة نور (nour-dubai)'}]],
    },
    {
      name: 'an error in every clinic: stays an error, naming none',
      document: bruising({explanation: `تزول الكدمة خلال ${RLO}7-3${PDF} أيام.`}),
      clinics: [cairo, dubai],
      expected: ['bidi-control error risk.bruising explanation'],
      blocks: [undefined],
    },
    {
      name: 'an error in every clinic beside one only AE has: no clinic passes, both stay errors',
      document: bruising({explanation: `تزول الكدمة خلال ${RLO}7-3${PDF} أيام.`, whatToDo: DISCOUNT}),
      clinics: [cairo, dubai],
      expected: ['bidi-control error risk.bruising explanation', 'banned-claim error risk.bruising whatToDo'],
      blocks: [undefined, undefined],
    },
    {
      name: 'shown by no clinic yet: held to every preset, the AE error stays an error',
      document: bruising({whatToDo: DISCOUNT}),
      clinics: [],
      expected: ['banned-claim error risk.bruising whatToDo'],
      blocks: [undefined],
    },
    {
      name: 'a warning only the EG clinic gives says whom it concerns',
      document: mesotherapyProcedure({howPerformed: 'يُشرح للمريض بالفارسية: «می‌شود».'}),
      clinics: [cairo, dubai],
      expected: ['invisible-char warning procedure.mesotherapy howPerformed (يخصّ: عيادة نور)'],
      blocks: [undefined],
    },
  ])('$name', ({document, referenced = [], clinics, expected, blocks}) => {
    const findings = studioProcedureFindings({document, context: {referenced, clinics}})
    expect(noted(findings)).toEqual(expected)
    expect(findings.map((finding) => finding.blocksClinics)).toEqual(blocks)
  })
})

// ---- The Studio adapter, with a fake Studio client answering GROQ over a small dataset.

const validate = (document: Raw, documents: readonly Raw[]) => runValidation(procedureValidation, document, documents)

const markers = (result: unknown) => (result === true ? true : (result as {message: string; path: unknown}[]).map((m) => [m.path, m.message.match(/\[(.+)\]$/)?.[1]]))

/** The clinics each marker says its pages are held back in, or '' for none. */
const heldBackIn = (result: unknown) => (result === true ? [] : (result as {message: string}[]).map((m) => m.message.match(/ولو كانت منشورة، في: (.+)؛ وتُنشر/)?.[1] ?? ''))

describe('procedureValidation (Studio adapter)', () => {
  const offering = (raw: Raw, ...ids: string[]): Raw => ({...raw, proceduresOffered: ids.map((id, i) => ref(id, `o${i}`))})
  const published = [
    offering(cairo, 'procedure.mesotherapy'),
    offering(dubai, 'procedure.mesotherapy'),
    offering(riyadh),
    withBruising(),
    bruising(),
    pregnancy(),
  ]

  test('a draft procedure: context fetched in the published perspective by its published id, markers at the field', async () => {
    const draft = withBruising({_id: 'drafts.procedure.mesotherapy', summary: 'خصم 50% على الجلسة الأولى.'})
    const {results, requests} = await validate(draft, [...published, draft])
    // Offered in EG (a warning) and AE (an error): the Cairo clinic passes, so it warns, naming Dubai.
    expect({error: markers(results.error), warning: markers(results.warning)}).toEqual({error: true, warning: [[['summary'], 'banned-claim']]})
    expect(heldBackIn(results.warning)).toEqual(['عيادة لؤلؤ'])
    expect(requests).toEqual([{apiVersion: '2025-02-19', perspective: 'published', params: {id: 'procedure.mesotherapy', ids: ['risk.bruising']}}])
  })

  test('a draft risk: checked for the clinics offering a procedure that lists it', async () => {
    const draft = bruising({_id: 'drafts.risk.bruising', explanation: `تزول خلال ${RLO}7-3${PDF} أيام.`, whatToDo: 'خصم 50% على جلسة المتابعة.'})
    const {results, requests} = await validate(draft, [...published, draft])
    expect({error: markers(results.error), warning: markers(results.warning)}).toEqual({
      error: [[['explanation'], 'bidi-control'], [['whatToDo'], 'banned-claim']],
      warning: true,
    })
    expect(requests).toEqual([{apiVersion: '2025-02-19', perspective: 'published', params: {id: 'risk.bruising'}}])
  })

  test('a risk only an EG clinic shows: the discount warns', async () => {
    const draft = bruising({_id: 'drafts.risk.bruising', whatToDo: 'خصم 50% على جلسة المتابعة.'})
    const onlyCairo = published.map((d) => (d._id === 'clinic.lulu-dubai' ? offering(dubai) : d))
    const {results} = await validate(draft, [...onlyCairo, draft])
    expect({error: markers(results.error), warning: markers(results.warning)}).toEqual({error: true, warning: [[['whatToDo'], 'banned-claim']]})
  })

  // Articles in other clinics show a procedure's texts too (its safety section, src/render/lib/missingSafetyBlocks.ts),
  // and the pipeline gates them under those clinics' presets: a discount warns in EG and blocks in AE.
  const article = (id: string, {about = [], embeds = []}: {about?: string[]; embeds?: string[]}): Raw => ({
    _id: id,
    _type: 'article',
    targetClinics: [ref('clinic.lulu-dubai', 't0')],
    procedures: about.map((procedureId, i) => ref(procedureId, `p${i}`)),
    body: embeds.map((procedureId, i) => ({_type: 'procedureSafety', _key: `s${i}`, procedure: ref(procedureId), show: 'contraindications'})),
  })
  const offeredInCairoOnly = [offering(cairo, 'procedure.mesotherapy'), offering(dubai, 'procedure.other'), offering(riyadh), withBruising(), bruising(), pregnancy()]
  const forms = [
    {form: 'risk', document: bruising({_id: 'drafts.risk.bruising', whatToDo: 'خصم 50% على جلسة المتابعة.'}), field: 'whatToDo'},
    {form: 'procedure', document: withBruising({_id: 'drafts.procedure.mesotherapy', summary: 'خصم 50% على الجلسة الأولى.'}), field: 'summary'},
  ]
  // The Cairo clinic passes the discount (a warning in EG), so it is a warning either way; a Dubai
  // article showing the texts makes it one that holds back the Dubai clinic's pages.
  const shownBy = [
    {shownBy: 'no article', articles: [], heldBack: ''},
    {shownBy: 'an article about the procedure for a Dubai clinic', articles: [article('article.a', {about: ['procedure.mesotherapy']})], heldBack: 'عيادة لؤلؤ'},
    {shownBy: 'an article embedding its safety section for a Dubai clinic', articles: [article('article.a', {embeds: ['procedure.mesotherapy']})], heldBack: 'عيادة لؤلؤ'},
    {shownBy: 'an article about another procedure for a Dubai clinic', articles: [article('article.a', {about: ['procedure.other'], embeds: ['procedure.other']})], heldBack: ''},
    {shownBy: 'an unpublished draft article about it for a Dubai clinic', articles: [article('drafts.article.a', {about: ['procedure.mesotherapy']})], heldBack: ''},
  ]
  test.each(forms.flatMap((form) => shownBy.map((shown) => ({...form, ...shown}))))(
    'the $form form, offered in Cairo only, shown by $shownBy: the discount warns, holding back «$heldBack»',
    async ({document: shared, field, articles, heldBack}) => {
      // The validation checks each document snapshot once (gateFindingRules): every case gets its own.
      const document = structuredClone(shared)
      const {results} = await validate(document, [...offeredInCairoOnly, ...articles, document])
      expect({error: markers(results.error), warning: markers(results.warning)}).toEqual({error: true, warning: [[[field], 'banned-claim']]})
      expect(heldBackIn(results.warning)).toEqual([heldBack])
    },
  )

  test('a risk whose discount every clinic showing it blocks (Dubai only) stays an error: Publish stays disabled', async () => {
    const draft = bruising({_id: 'drafts.risk.bruising', whatToDo: 'خصم 50% على جلسة المتابعة.'})
    const onlyDubai = published.map((d) => (d._id === 'clinic.nour-cairo' ? offering(cairo) : d))
    const {results} = await validate(draft, [...onlyDubai, draft])
    expect({error: markers(results.error), warning: markers(results.warning)}).toEqual({error: [[['whatToDo'], 'banned-claim']], warning: true})
  })

  test('a clean contraindication has no markers', async () => {
    const {results} = await validate(pregnancy(), published)
    expect(results).toEqual({error: true, warning: true})
  })

  test('a fetch that fails is a blocking error on the whole document', async () => {
    const context = {getClient: () => ({fetch: async () => Promise.reject(new Error('ECONNRESET'))})} as unknown as ValidationContext
    const [errors] = validatorsOf(procedureValidation)
    expect(await errors!.run(mesotherapyProcedure(), context)).toEqual([
      {message: '\u2067تعذّر تشغيل فحوص النشر الآن، فلا تنشر قبل أن تعمل. حدث خطأ غير متوقَّع: أعد المحاولة، وإن تكرّر فأبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة. (التفاصيل التقنية: \u2066ECONNRESET\u2069) \u2066[gate-\u2060unavailable]\u2069\u2069'},
    ])
  })
})

describe('the bundled dataset', () => {
  const dataset: Raw[] = readFileSync(new URL('../../dataset/data.ndjson', import.meta.url), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const checked = dataset.filter((d) => ['procedure', 'risk', 'contraindication'].includes(d._type) && !d._id.startsWith('drafts.'))

  test.each(checked.map((d) => d._id))('%s shows no markers', async (id) => {
    const {results} = await validate(checked.find((d) => d._id === id)!, dataset)
    expect(results).toEqual({error: true, warning: true})
  })
})
