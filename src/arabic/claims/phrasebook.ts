// The language banned-claim data is written in: categories of claims, each with Arabic guidance and
// patterns over words, plus the word lists that take a mention back (negation, question, warning,
// hedge). Presets hold the data (src/presets/bannedClaims/); this file only says what it may contain.
//
// Pattern syntax, one pattern per string, elements separated by spaces:
//   word            the word with any proclitic (و ف ب ك ل ال لل س) and any inflectional suffix;
//                   spelling is folded first (أ/إ/آ → ا, ة → ه, ى → ي, no tashkeel or tatweel)
//   =word           the word without suffixes (particles of one or two letters are always exact)
//   الword          written with the article, only with it: "الأفضل" matches "والأفضل", not "أفضل"
//   !word           only without the article: "!أفضل" matches "أفضل", not "الأفضل"
//                   (a plain "أفضل" matches both)
//   ^word           only without a preposition, the article or س (و and ف may open it):
//                   "^ما" matches "ما" and "وما", not "بما" ("بما في ذلك")
//   a|b|c           any one of these
//   @name           any entry of the word class `name` (an entry may be several words)
//   …  …2           up to 3 (or 2) other words in between, within the clause
//   element?        the element may be absent
// A pattern may also be an object with `notAfter`, `notBefore` and `notWithin` (see PhrasePattern).
// A match never crosses a clause (comma) or sentence boundary.
import type {Jurisdiction} from '../../presets/preset.ts'

export type ClaimSeverity = 'error' | 'warning' | 'off'

export type PhrasePattern =
  | string
  | {
      match: string
      /** The word before the match must not be one of these (e.g. "@outcome": "النتيجة الأفضل" is not self-praise). */
      notAfter?: string
      /** The words after the match must not be one of these (e.g. "هذا المقال": "مضمون هذا المقال" is its content). */
      notBefore?: string
      /** A "…" gap of the pattern must not span one of these single words (e.g. "@outcome": "تفقد المادة تأثيرها بالكامل" is how long it lasts, not a threat). */
      notWithin?: string
      /**
       * A hedge in the clause takes this pattern back, as it does every pattern of a category with
       * `hedgesCancel`: «قد تلاحظين تحسنًا من أول جلسة» is a fair statement, «النتائج مضمونة» with a
       * hedge is not.
       */
      hedgesCancel?: boolean
    }

export interface ClaimCategory {
  id: string
  /** Arabic, a few words: the kind of claim, e.g. "وعد بنتائج مضمونة". */
  label: string
  /** Arabic: why such a sentence may not be published. */
  message: string
  /** Arabic: how to say it instead. */
  suggestion: string
  /** When a hedge (غالبًا، عادةً، معظم…) in the same clause makes the sentence a fair statement. */
  hedgesCancel?: boolean
  patterns: readonly PhrasePattern[]
  /**
   * What a question may ask about ("هل الجلسة مؤلمة؟"، "هل توجد آثار جانبية؟"): answered no by the
   * next sentence (`denyingAnswers`: "لا."، "أبدًا."), the question makes this category's claim. Not
   * when the answer names it again ("لا، الألم خفيف") or, with `hedgesCancel`, holds a hedge.
   */
  answeredNoPatterns?: readonly PhrasePattern[]
}

export interface ClaimScopes {
  /** Before a claim, in its clause and within `negationReach` words, these take it back ("ليس سحريًا"). */
  negators: readonly string[]
  negationReach: number
  /** Words that negate only what follows closely ("غير مضمونة", "بدون وعود سحرية"), within `privativeReach` words. */
  privatives: readonly string[]
  privativeReach: number
  /**
   * A negator's reach stops at these (a new clause joined without a comma: "لكن"), and at a word
   * that starts with و/ف + the article ("والنتائج"), which begins a new conjunct.
   */
  clauseJoiners: readonly string[]
  /** Earlier in the sentence, these make it a question, not an assertion ("هل النتائج مضمونة"). */
  questionWords: readonly string[]
  /** A sentence ending in "؟" is a question unless it starts with one of these ("لماذا نحن الأفضل؟"). */
  presupposingQuestionWords: readonly string[]
  /**
   * Phrases (pattern syntax without gaps) that, opening the next sentence, answer a question yes, so
   * it asserts what it asks ("هل النتائج مضمونة؟ نعم!"، "… بكل تأكيد.").
   */
  affirmingAnswers?: readonly string[]
  /**
   * Phrases (pattern syntax without gaps) that, opening the next sentence and closing their clause,
   * answer a question no ("هل الجلسة مؤلمة؟ لا، أبدًا."): see `answeredNoPatterns`.
   */
  denyingAnswers?: readonly string[]
  /**
   * Phrases (pattern syntax without gaps) whose last word negates as a negator does: the Gulf "there
   * is none" and "has none" of two words, "ما فيه علاج نهائي"، "البهاق ما له علاج نهائي".
   */
  negatingPhrases?: readonly string[]
  /** Right after a negating phrase, these make its «ما» "what": "ما فيه من مخاطر" names the risks it holds. */
  relativeMarkers?: readonly string[]
  /** Words that label an answer before it ("ج: نعم"، "الإجابة: بكل تأكيد"): the answer is read after them. */
  answerLabels?: readonly string[]
  /**
   * After a question word and before «أن», these ask whether the reader knows what the sentence
   * asserts ("هل تعلمين أن نتائجنا مضمونة؟"): a rhetorical question, not a question.
   */
  knowingVerbs?: readonly string[]
  /**
   * Shortly after a claim in its clause, a negator or privative (without و/ف) with one of these
   * denies it: "الشفاء التام من الصدفية غير ممكن حاليًا", "العلاج النهائي للبهاق غير متوفر".
   */
  denials?: readonly string[]
  /** Earlier in the sentence, these make it a warning against the claim ("احذري من إعلانات…"). */
  warningWords: readonly string[]
  /**
   * These set what their clause names against what follows ("على عكس الإعلانات، نتائجنا مضمونة"):
   * a warning word in that clause warns only in it, and one before them is turned around.
   */
  contrasts?: readonly string[]
  /**
   * Phrases (pattern syntax without gaps) that call what follows in their clause a misconception:
   * "من الخطأ الاعتقاد أن الميزوثيرابي علاج نهائي". Not after a negator ("ليس من الخطأ …").
   */
  misconceptions?: readonly string[]
  /**
   * Phrases (pattern syntax without gaps) that hold a negator, a warning or a contrast word yet
   * assert what follows: "صدقي أو لا تصدقي، النتائج مضمونة". Their words take nothing back.
   */
  affirmingIdioms?: readonly string[]
  /**
   * Phrases (pattern syntax without gaps, read across one comma) that close the first half of "not
   * only … but also": after a claim in a negator's clause, the negator takes nothing back, for the
   * sentence asserts both ("لا نقول إن النتائج مضمونة فقط بل دائمة").
   */
  notOnlyMarkers?: readonly string[]
  /**
   * Words that refer back ("هذا"، "هذه"…). Opening the clause right after a claim's, they refer back
   * to it, so a negator or privative and a denial (`denials`) closing that clause deny it: "يعتقد
   * البعض أن النتائج مضمونة، وهذا غير صحيح"; not "…، وهذا غير متوفر في أي مكان آخر", where the denial
   * goes on to praise. Before a warning noun they make it a verdict on what came before (`warningNouns`).
   */
  denialReferents?: readonly string[]
  /** A "…" gap in a pattern never spans these ("لا تضعي مكياجًا لتجنّب الألم" is advice, not "no pain"). */
  gapBreakers: readonly string[]
  /** In the clause, these soften an absolute statement (only for categories with `hedgesCancel`). */
  hedges: readonly string[]
  /**
   * The only words that may stand between a claim and a hedge after it ("آمن تمامًا في معظم
   * الحالات"); any other word gives the hedge a predicate of its own ("جلسات بدون ألم يستفيد منها
   * كثير من المرضى" says many benefit, not that some feel pain).
   */
  hedgeLinks?: readonly string[]
  /**
   * Verbs of choosing or benefiting: a hedge before them, or right after them as their subject,
   * quantifies who chooses, not the claim after them ("كثير من المرضى يستفيدون من جلسات بدون ألم"،
   * "يختار كثير من المرضى جلساتنا الآمنة تمامًا" say the sessions are painless and safe).
   */
  hedgeBreakers?: readonly string[]
  /**
   * Warning words (also in `warningWords`) that govern an object: with one after them in their
   * clause they warn only there, and in what that clause introduces with a colon or quotes ("احذري
   * من عبارة: نتائج مضمونة"); not in a clause that follows with an affirmation of its own ("احذري
   * التقليد، نتائجنا مضمونة"). Alone in their clause, or with only `warningAdverbs` after them
   * ("احذري جيدًا، …"), they warn on to the end of the sentence, as other warning words do.
   */
  governingWarnings?: readonly string[]
  /**
   * Warning words (also in `warningWords`) that name who makes claims ("الإعلانات"). With words after
   * them in their clause they are its subject ("الإعلانات تعد بالكثير"), and warn only there and in
   * what that clause introduces, as a governing warning with its object does: the clause after the
   * comma is the writer's own ("الإعلانات تعد بالكثير، نتائجنا مضمونة"). Alone in their clause they
   * warn on to the end of the sentence ("الإعلانات، كما تعرفين، تعد بنتائج مضمونة").
   */
  warningSubjects?: readonly string[]
  /**
   * Relative pronouns ("التي"، "الذي"): opening the clause after one that warns only in itself, they
   * go on describing what it warns of ("احذري الإعلانات، التي تعد بنتائج مضمونة").
   */
  relativePronouns?: readonly string[]
  /** Words right after a governing warning that are not its object ("احذري جيدًا"، "انتبهي يا عزيزتي"). */
  warningAdverbs?: readonly string[]
  /**
   * Warning words (also in `warningWords`) that call a statement false ("خرافة"، "وهم"، "كذبة"). After
   * a `denialReferents` word in their clause ("هذه خرافة شائعة") they call what that word points back
   * to false, so they warn only in their clause and in what it introduces with a colon or quotes
   * ("هذه خرافة: …"), not in a clause that follows ("هذه خرافة شائعة، الليزر علاج نهائي" asserts it).
   * Without one they name what follows, and warn on to the end of the sentence ("خرافة شائعة، …").
   */
  warningNouns?: readonly string[]
  /**
   * First words of an aside between two dashes ("لا يوجد – حتى الآن – علاج نهائي"، "النتائج - كما
   * ترين - مضمونة"): what follows the second dash goes on the clause before the first, so a negation
   * there reaches it. Two dashes around anything else part a list of clauses, each its own ("لا حاجة
   * للجراحة - جلسة واحدة - نتائج مضمونة" reports the claim). Without this list every pair brackets.
   * An entry of two words opens an aside only with both: "في رأيي" and "في الوقت الحالي" are asides,
   * "- في جلسة واحدة -" a list item.
   */
  asideOpeners?: readonly string[]
  /**
   * Right after a negator or privative, these complete an idiom that negates nothing in what
   * follows: "لا شك" and "بلا شك" affirm, "لا تقلقي" reassures, "غير جراحي" describes. A claim after
   * such an idiom stands ("بلا شك النتائج مضمونة").
   */
  idiomObjects: readonly string[]
  /**
   * Right before a negator, these make it the negation of a condition ("إذا لم تعالجي التساقط الآن"):
   * it does not take back the answer that follows when the answer opens with a future verb
   * ("… ستفقدين شعرك كله"), which is the claim the sentence makes; nor a claim inside the condition
   * when the answer is negated too (`doubleNegations`).
   */
  conditionals: readonly string[]
  /**
   * A negated condition answered by a negation asserts what it denies, so a claim inside the
   * condition stands: "لو لم يكن العلاج مضمونًا لما قدمناه" claims a guarantee; so does a
   * contrary-to-fact answer, which denies itself ("لو لم يكن مضمونًا لاقترحنا بديلًا").
   */
  doubleNegations: readonly DoubleNegation[]
  /** How many words may come between a claim in such a condition and its answer ("مضمونًا لكِ لما …"). */
  answerReach: number
}

export interface DoubleNegation {
  /**
   * The negated condition, in pattern syntax without gaps, ending with its negation: "إذا|إن|لو لم".
   * Only real pairs: once hamza is folded, "أن لا نعد …" ("that … not") reads as "إن لا".
   */
  conditions: readonly string[]
  /**
   * Words that open the negated answer, bare or after ف ("فلن"); after و they still negate the condition
   * ("ولا فورية"). An entry may be several words, in pattern syntax without gaps, the first bare or
   * after ف and the rest bare: "إننا|إني لن|لا" for "فإننا لا ننصح به".
   */
  answers: readonly string[]
  /**
   * Particles written on the answer's own verb, a past verb of "we": the ل of "لاقترحنا بديلًا",
   * "لأخبرناكِ", "لكنّا". A contrary-to-fact answer denies itself (no alternative was offered), so it
   * asserts the condition's claim as a negated answer does. Only for لو: a noun with "our" after the
   * preposition ل ("لعيادتنا") is written the same way.
   */
  answerVerbPrefixes?: readonly string[]
  /**
   * Only an answer about the writer's own conduct (a verb of "we" or "I" follows: "فلن نقدمه"), which
   * the text shows is done; a prohibition to the reader ("فلا تدفعي") asserts nothing. A condition
   * contrary to fact ("لو لم … لما") asserts whoever its answer is about.
   */
  writerOnly: boolean
}

export interface Phrasebook {
  /** Which jurisdiction's rules these are; absent for phrase sets that are not banned claims. */
  jurisdiction?: Jurisdiction
  classes: Readonly<Record<string, readonly string[]>>
  scopes: ClaimScopes
  categories: readonly ClaimCategory[]
  /** Per category id; a category not listed is an error. */
  severities: Readonly<Record<string, ClaimSeverity>>
}

export const definePhrasebook = (phrasebook: Phrasebook): Phrasebook => phrasebook
