// invisible-char: zero-width and other invisible format characters hide inside words, so search,
// copy-paste and the banned-phrase rules see a different text than the reader does.
import {defineCheck, type CheckReport} from './check.ts'
import {textsShown, type ShownText} from './textsShown.ts'
import {describeHits, findInvisibleCharacters, revealAround, type InvisibleOptions} from './formatCharacters.ts'
import {reportsCache, reportsPerDocument} from './reportsPerDocument.ts'

const invisibleCharReports = (texts: readonly ShownText[], options: InvisibleOptions): CheckReport[] =>
  texts.flatMap(({documentId, path, text}) => {
    const hits = findInvisibleCharacters(text, options)
    if (hits.length === 0) return []
    return [{
      documentId,
      path,
      message: `يحتوي النص على محارف خفية: ${describeHits(hits)}، في «${revealAround(text, hits[0]!.position)}». لا يراها القارئ لكنها تقسم الكلمات فتُفشل البحث وفحص العبارات المحظورة وتفسد النسخ. احذفها (غالبًا أتت من اللصق من مستند آخر) وأعد كتابة الكلمة.`,
    }]
  })

const remembered = reportsCache()

export const invisibleChar = defineCheck({
  ruleId: 'invisible-char',
  description: 'A text field of the article or of a document it shows (linked claims, procedures, their risks and contraindications) contains an invisible character (zero-width, soft hyphen, BOM, fillers, control characters other than tab and line breaks, noncharacters, ZWNJ/ZWJ outside emoji unless allowed).',
  defaultOptions: {allowJoiners: false} as InvisibleOptions,
  run({article, graph, options}) {
    return reportsPerDocument(remembered, textsShown(article, graph), graph, options, (texts) => invisibleCharReports(texts, options), article)
  },
  runOnTexts: (texts, {options}) => invisibleCharReports(texts, options),
})
