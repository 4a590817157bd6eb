// bidi-control: embedding, override and isolate controls reorder what the reader sees without
// showing in the editor ("Trojan Source"); in a medical page they can silently reverse a dose.
import {defineCheck, type CheckReport} from './check.ts'
import {textsShown, type ShownText} from './textsShown.ts'
import {describeHits, findBidiControls, revealAround} from './formatCharacters.ts'

const bidiControlReports = (texts: readonly ShownText[]): CheckReport[] =>
  texts.flatMap(({documentId, path, text}) => {
    const hits = findBidiControls(text)
    if (hits.length === 0) return []
    return [{
      documentId,
      path,
      message: `يحتوي النص على محارف تحكّم خفية باتجاه الكتابة: ${describeHits(hits)}، في «${revealAround(text, hits[0]!.position)}». هذه المحارف تعيد ترتيب ما يراه القارئ دون أن تظهر في المحرر (أسلوب «Trojan Source»)، فقد تنقلب الأرقام والجرعات أو يختلف المعروض عن المخزَّن. احذفها وأعد كتابة المقطع؛ ولضبط كلمة لاتينية داخل جملة عربية تكفي علامة RLM أو LRM.`,
    }]
  })

export const bidiControl = defineCheck({
  ruleId: 'bidi-control',
  description: 'A text field of the article or of a document it shows (linked claims, procedures, their risks and contraindications) contains a bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069).',
  defaultOptions: {},
  run({article, graph}) {
    return bidiControlReports([...textsShown(article, graph)])
  },
  runOnTexts: (texts) => bidiControlReports(texts),
})
