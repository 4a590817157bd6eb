// bidi-control: embedding, override and isolate controls reorder what the reader sees without
// showing in the editor ("Trojan Source"); in a medical page they can silently reverse a dose. So
// does an implicit mark typed between the digits of one number.
import {defineCheck, type CheckReport} from './check.ts'
import {textsShown, type ShownText} from './textsShown.ts'
import {describeHits, findBidiControls, isBidiReorderingControl, revealAround, type CharacterHit} from './formatCharacters.ts'
import {reportsCache, reportsPerDocument} from './reportsPerDocument.ts'

const CONTROLS_EXPLAINED =
  'هذه المحارف تعيد ترتيب ما يراه القارئ دون أن تظهر في المحرر (أسلوب «Trojan Source»)، فقد تنقلب الأرقام والجرعات أو يختلف المعروض عن المخزَّن. احذفها وأعد كتابة المقطع؛ ولضبط كلمة لاتينية داخل جملة عربية تكفي علامة RLM أو LRM.'
const NUMBER_EXPLAINED =
  'علامة الاتجاه (RLM أو LRM أو ALM) أو محرف التعليق الخفي بين خانات العدد الواحد يقلب ترتيبها على الشاشة دون أن يظهر في المحرر، فتظهر «01» مثلًا «10» و«1.5» «5.1»؛ وبجوار مسافة أو «-» أو «+» أو «×» أو «–» بين عددين قد يبادل بينهما، فتظهر «5 - 3» «3 - 5» و«2×3» «3×2». احذفها واكتب العدد متصلًا والعملية بلا علامة خفية.'

/** Why the hits matter: reordering controls, marks that split a number, or both. */
const explanation = (hits: readonly CharacterHit[]): string => {
  const controls = hits.some((hit) => isBidiReorderingControl(hit.codePoint))
  const inNumbers = hits.some((hit) => !isBidiReorderingControl(hit.codePoint))
  return [...(controls ? [CONTROLS_EXPLAINED] : []), ...(inNumbers ? [NUMBER_EXPLAINED] : [])].join(' ')
}

const bidiControlReports = (texts: readonly ShownText[]): CheckReport[] =>
  texts.flatMap(({documentId, path, text}) => {
    const hits = findBidiControls(text)
    if (hits.length === 0) return []
    return [{
      documentId,
      path,
      message: `يحتوي النص على محارف تحكّم خفية باتجاه الكتابة: ${describeHits(hits)}، في «${revealAround(text, hits[0]!.position)}». ${explanation(hits)}`,
    }]
  })

const remembered = reportsCache()
/** The rule has no settings: every document's reports are kept under this one key. */
const NO_SETTINGS = {}

export const bidiControl = defineCheck({
  ruleId: 'bidi-control',
  description: 'A text field of the article or of a document it shows (linked claims, procedures, their risks and contraindications) contains a bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069), or a mark (LRM, RLM, ALM) or interlinear annotation character (U+FFF9–U+FFFB) between the digits of a number, or beside a space, sign or dash between two numbers, which reorders them.',
  defaultOptions: {},
  run({article, graph}) {
    return reportsPerDocument(remembered, textsShown(article, graph), graph, NO_SETTINGS, bidiControlReports, article)
  },
  runOnTexts: (texts) => bidiControlReports(texts),
})
