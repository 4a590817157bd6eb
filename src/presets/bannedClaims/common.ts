// The banned-claim phrasebook every jurisdiction starts from: word classes, the words that take a
// mention back (negation, question, warning, hedge), and the seven categories of marketing claims
// with their Arabic guidance. The pattern syntax is explained in src/arabic/claims/phrasebook.ts;
// how the rule reads it, with examples, in docs/rules/banned-claim.md. Write words as a writer would
// (hamza, ة, diacritics are folded before matching); list broken plurals, the rest is inflected.
// These are Sanad policy choices, not quotations of a regulation; the compliance lead owns them.
import type {ClaimCategory, ClaimScopes, PhrasePattern} from '../../arabic/claims/phrasebook.ts'

/** «100%» in the ways it is written and said: digits or words, «بالمئة» or «في المئة», with or without hamza on its seat. */
const hundredPercent = [
  '100%', '100.0%', '100.00%', '100 بالمئة', '100 بالمائة', '100 في المئة', '100 في المائة', 'مئة بالمئة', 'مائة بالمائة',
  'مئة بالمائة', 'مائة بالمئة', 'مئة في المئة', 'مائة في المائة', 'مية مية', 'مية بالمية',
]

/**
 * Egyptian «has no» and «there is none in it», one word each (م + ل/في/عند + pronoun + ش): «الحقن
 * ملوش أي أعراض جانبية» denies a harm, «الكلف مالوش علاج نهائي» denies a cure, as «ليس له» does.
 */
// «لا» typed against its verb, as it very often is on the web: «لايوجد علاج نهائي»، «لانعد بنتائج
// مضمونة». Listed, not split off every word in «لا…»: «لازم»، «لامع»، «لاحظ» are words of their own.
const gluedLaNegations = [
  'لايوجد', 'لاتوجد', 'لايمكن', 'لايمكننا', 'لانعد', 'لانعدك', 'لانعدكم', 'لانضمن', 'لايضمن', 'لاتضمن', 'لايعني', 'لاتعني',
  'لايعتبر', 'لاتعتبر', 'لانقدم', 'لاتتوقعي', 'لاتتوقع', 'لاتوجدش', 'لايستطيع', 'لاتستطيع', 'لانستطيع',
]
// Dialect negations that are one word: Gulf «موب»، «مهوب»، «مهيب» (is not); Egyptian «مهوش»، «مهياش»
// (is not), «محدش»، «ماحدش» and Gulf «محد»، «ماحد» (nobody), Egyptian verbs in ما…ش.
const dialectNegations = [
  'موب', 'مهوب', 'مهيب', 'مهوش', 'مهياش', 'محدش', 'ماحدش', 'محد', 'ماحد', 'منقدرش', 'مانقدرش', 'مينفعش', 'مبنوعدش', 'منوعدش',
  'مبنضمنش', 'منضمنش',
]
const egyptianHasNo = [
  'ملوش', 'مالوش', 'ملهوش', 'مالهوش', 'ملهاش', 'مالهاش', 'ملهمش', 'مالهمش', 'مفيهوش', 'مافيهوش', 'مفيهاش', 'مافيهاش',
  'معندوش', 'ماعندوش', 'معندهاش', 'ماعندهاش',
]

/**
 * English words written into Arabic copy («بدون side effects»، «100% safe»، «نتائج guaranteed»),
 * per class: Latin is lower-cased before matching.
 */
const english = {
  outcome: ['results', 'result'],
  harm: ['side effects', 'side effect', 'pain', 'complications', 'risks', 'scars'],
  absent: ['no', 'zero', 'without'],
  permanent: ['permanent', 'forever'],
  negators: ['not', 'no', 'never'],
}

/** Verbs of deciding: «الخيار الأفضل لكِ يحدده طبيبك» leaves the best to the doctor. */
const decidingVerbs = ['يحدد', 'تحدد', 'يقرر', 'تقرر', 'يختار', 'تختار']

export const commonClasses = {
  /** What a treatment is said to deliver. */
  outcome: ['نتيجة', 'نتائج', 'شفاء', 'تحسن', 'نجاح', 'فعالية', 'مفعول', 'تأثير', ...english.outcome],
  /** What a patient is promised to look like. */
  look: ['بشرة', 'شعر', 'وجه', 'جمال', 'شباب', 'نضارة', 'رشاقة', 'جسم', 'جسد'],
  /** Pain, side effects and risks: naming their absence is an absolute-safety claim. */
  harm: [
    'ألم', 'آلام', 'وجع', 'أوجاع', 'آثار جانبية', 'أعراض جانبية', 'أثر جانبي', 'عرض جانبي', 'مضاعفات', 'مخاطر',
    'خطر', 'خطورة', 'أضرار', 'ضرر', 'ندبات', 'ندوب', 'كدمات', ...english.harm,
  ],
  /** Words that say a harm is absent. */
  absent: ['لا', 'ليس', 'ليست', 'لن', 'لم', 'بدون', 'بلا', 'دون', 'خال', 'عديم', 'مش', 'مفيش', 'مافيش', 'مافي', 'صفر', 'غير', 'مو', 'مب', ...egyptianHasNo, ...english.absent],
  /** "Completely", "100%": turn "safe" into "absolutely safe". */
  totally: ['تمامًا', 'كليا', 'بالكامل', 'كامل', 'تام', 'مطلقا', ...hundredPercent],
  hundredPercent,
  /** Treating or getting rid of a condition. */
  cure: [
    'علاج', 'يعالج', 'تعالج', 'حل', 'شفاء', 'يشفي', 'تشفي', 'تخلص', 'يتخلص', 'تتخلص', 'قضاء', 'يقضي', 'تقضي',
    'إزالة', 'يزيل', 'تزيل', 'اختفاء', 'يختفي', 'تختفي', 'زوال', 'يزول', 'تزول',
  ],
  /** For ever. */
  permanent: ['نهائي', 'إلى الأبد', 'الأبد', 'جذري', 'بلا رجعة', 'مدى الحياة', ...english.permanent],
  /** An outcome said to last for ever. */
  lasting: ['دائم', 'الأبد', 'مدى الحياة', 'بلا رجعة', 'لا تزول', 'لا يزول', ...english.permanent],
  /** What a clinic praises itself for. */
  venue: [
    'عيادة', 'عيادات', 'مركز', 'مراكز', 'طبيب', 'أطباء', 'دكتور', 'دكاترة', 'أخصائي', 'خبير', 'خبراء', 'فريق', 'علاج',
    'علاجات', 'جهاز', 'أجهزة', 'تقنية', 'تقنيات', 'حل', 'حلول', 'خيار', 'اختيار', 'خدمة', 'خدمات', 'سعر', 'أسعار',
    'عرض', 'عروض', 'مكان',
  ],
  /** The writer's own clinic or team: «لن تجدي أفضل من عيادتنا». */
  ourVenue: [
    'عيادتنا', 'عياداتنا', 'مركزنا', 'مراكزنا', 'فريقنا', 'أطبائنا', 'طبيبنا', 'دكاترتنا', 'خبرائنا', 'خدماتنا', 'أسعارنا',
    'نتائجنا', 'أجهزتنا', 'تقنيتنا', 'تقنياتنا', 'علاجنا', 'علاجاتنا',
  ],
  place: [
    'مصر', 'القاهرة', 'السعودية', 'المملكة', 'الرياض', 'جدة', 'الإمارات', 'دبي', 'أبوظبي', 'الخليج', 'الشرق الأوسط',
    'الوطن العربي', 'العالم',
  ],
  /** "The strongest evidence" describes evidence, not the clinic. */
  evidence: ['دليل', 'أدلة', 'برهان', 'دراسة', 'دراسات'],
  /** What a procedure leaves for a few days: its going away is the expected course, not a cure. */
  transientEffect: ['احمرار', 'تورم', 'انتفاخ', 'كدمة', 'كدمات', 'تقشر', 'حكة', 'نزيف', 'جفاف'],
  /** Symptoms: «الاحمرار عرض ينتهي خلال يومين» names one, not an offer. */
  symptom: ['احمرار', 'تورم', 'انتفاخ', 'كدمة', 'كدمات', 'تقشر', 'حكة', 'نزيف', 'جفاف', 'ألم', 'صداع', 'دوخة', 'غثيان'],
  /** Coming back, Egyptian forms too («هترجع»): a question whether a condition does, answered no, promises it never will. */
  returns: ['يعود', 'تعود', 'يرجع', 'ترجع', 'هيرجع', 'هترجع', 'يتكرر', 'تتكرر', 'هيتكرر', 'هتتكرر'],
  /** What a treatment rids of and may come back: not a side effect («هل يعود التورم؟ لا»), nor the reader or her face. */
  recurrent: [
    'مشكلة', 'حالة', 'تساقط', 'صلع', 'تجاعيد', 'بقع', 'كلف', 'نمش', 'تصبغ', 'تصبغات', 'حبوب', 'حب الشباب', 'بثور',
    'قشرة', 'سيلوليت', 'دهون', 'ترهل', 'هالات', 'شعر زائد',
  ],
  /** «لن تعود أبدًا»، «… مرة أخرى»: never again. */
  neverAgain: ['أبدًا', 'مجددًا', 'نهائيًا', 'ثانيةً', 'مرة أخرى', 'من جديد'],
  /** Treatments a clinic sells by name: «الفيلر يدوم للأبد» promises the treatment lasts (not «الوشم»).
   *  No generic words: «العناية بالبشرة عملية تستمر مدى الحياة» is advice. */
  treatment: [
    'فيلر', 'بوتوكس', 'ميزوثيرابي', 'ميزو', 'ليزر', 'بلازما', 'هايفو', 'هيدرافيشل', 'بروفايلو', 'خيوط', 'تقشير', 'حقن',
    'حقنة', 'إبر',
  ],
  /** «للأبد», «إلى الأبد». */
  forEver: ['الأبد', 'إلى الأبد'],
  /** For ever or for life: «يدوم للأبد»، «يدوم مدى الحياة»، «طول العمر». */
  forLife: ['الأبد', 'إلى الأبد', 'مدى الحياة', 'طول العمر', 'طوال العمر', 'طول الحياة'],
  /** Straight away: «النتيجة تظهر على طول»، «… فورًا». */
  immediately: ['على طول', 'فورا', 'حالا', 'في الحال'],
  /** A result showing, Egyptian forms too («بتبان»، «هيبان»): with `immediately`, a promise of an immediate result. */
  shows: ['يظهر', 'تظهر', 'هيظهر', 'هتظهر', 'يبان', 'تبان', 'هيبان', 'هتبان', 'يبين', 'تبين'],
  /** For ever in Egyptian and Gulf speech, after a verb of lasting: «تدوم على طول»، «بتفضل العمر كله». */
  forLifeDialect: ['على طول', 'العمر كله', 'طول العمر', 'عمرها كله', 'عمره كله'],
  /** What may stay for ever after a complication: «بشرة متضررة للأبد» is a risk, not a promise. */
  lastingHarm: [
    'ضرر', 'أضرار', 'تلف', 'ندبة', 'ندبات', 'ندوب', 'أثر', 'آثار', 'تشوه', 'تشوهات', 'ضعف', 'شلل', 'ألم', 'آلام', 'خدر',
    'تصبغ', 'تصبغات', 'متضرر', 'مشوه', 'ضعيف',
  ],
  /** What a wrong injection may harm for good: «تأثير دائم على الأعصاب» is a risk, not a promise. */
  harmedStructure: ['على الأعصاب', 'على العصب', 'على الأوعية', 'على العين', 'على البصر', 'على الرؤية', 'في الأعصاب', 'في العصب'],
  /** What follows «اتصلي بالعيادة فورًا» when it is safety advice: a warning sign, not a wish to book («… إن كنتِ تريدين الحجز» is pressure). */
  warningSignAhead: [
    'عند ظهور', 'عند حدوث', 'عند ملاحظة', 'عند الشعور', 'في حال', 'في حالة', 'حال ظهور', 'حال حدوث',
    'إذا لاحظت', 'إذا لاحظتي', 'إذا ظهر', 'إذا ظهرت', 'إذا شعرت', 'إذا شعرتي', 'إذا حدث', 'إذا حدثت', 'إذا استمر', 'إذا استمرت',
    'إذا زاد', 'إذا زادت', 'لو لاحظت', 'لو لاحظتي', 'لو ظهر', 'لو ظهرت', 'لو حسيت', 'لو حسيتي',
  ],
  /** The best that someone else decides, right after «الأفضل», for the reader («لكِ») or her case («لحالتك») or not. */
  decidedFor: [...decidingVerbs, ...['لك', 'لكي', 'لكم', 'لحالتك'].flatMap((reader) => decidingVerbs.map((verb) => `${reader} ${verb}`))],
} as const satisfies Record<string, readonly string[]>

export const commonScopes: ClaimScopes = {
  negators: ['لا', 'ليس', 'ليست', 'لست', 'لسنا', 'لن', 'لم', 'مش', 'مو', 'مب', 'مفيش', 'مافيش', 'مافي', 'كلا', ...gluedLaNegations, ...dialectNegations, ...egyptianHasNo, ...english.negators],
  negationReach: 6,
  // «ما فيه علاج نهائي للكلف»، «البهاق ما له علاج نهائي»: Gulf «there is none», «has none»; «بما في ذلك» is no negation.
  // «ما من إجراء آمن تمامًا»: «there is no …» of written Arabic.
  // «يجب ألا يعدك الطبيب بنتائج مضمونة»، «نلتزم بألا نعد…»: أن + لا written as one word. Folded it is
  // «إلا» (except: «لا نستخدم إلا منتجات آمنة تمامًا» asserts), so only after a word of duty or care.
  negatingPhrases: ['^ما في|فيه|فيها|فيهم|له|لها|لهم|عنده|عندها|عندهم', '^ما من', 'يجب|ينبغي|يجدر|يفضل|المهم|الأفضل|الأهم|على|نحرص|نلتزم|نتعهد|تحرص|تلتزم ألا'],
  // «اعرفي ما فيه من مخاطر»: what it holds, not that it holds none; «كل ما من شأنه …»: whatever would.
  relativeMarkers: ['من', 'شأن'],
  privatives: ['غير', 'عديم', 'عدم', 'بدون', 'بلا', 'دون', 'بلاش', 'خال'],
  privativeReach: 2,
  clauseJoiners: ['لكن', 'لكنه', 'لكنها', 'لكنهم', 'بل', 'بينما', 'إنما', 'أما', 'ثم', 'حيث'],
  questionWords: ['هل'],
  presupposingQuestionWords: ['لماذا', 'ليه', 'ليش', 'كيف', 'إزاي'],
  // «هل النتائج مضمونة؟ نعم، بكل تأكيد.»: the answer makes the question a claim.
  affirmingAnswers: [
    'نعم', 'أجل', 'بلى', 'أكيد', 'بالتأكيد', 'طبعا', 'بالطبع', 'أيوه', 'أيوة', 'أيوا', 'آه', 'يقينا', 'بالضبط', 'yes',
    // «بكل تأكيد»، «بلا شك»، «من غير شك»: a yes of two or three words.
    'بكل تأكيد|ثقة', 'بلا|بدون|دون شك|ريب', 'من غير|دون شك', 'بلا|بدون أدنى شك',
  ],
  // «هل الجلسة مؤلمة؟ لا، أبدًا.»: the answer denies what the question asks (answeredNoPatterns).
  denyingAnswers: [
    'لا', 'كلا', 'لا أبدا|إطلاقا|مطلقا|نهائيا|خالص|أصلا|طبعا|بالتأكيد|بالطبع|أكيد', 'لا على الإطلاق', 'أبدا', 'إطلاقا', 'مطلقا',
    'نهائيا', 'على الإطلاق', 'خالص', 'مفيش', 'مافيش', 'مافي', 'لا يوجد|توجد', 'طبعا|أكيد|بالتأكيد|بالطبع|أبدا|إطلاقا|مطلقا|نهائيا لا',
    // «فيه آثار جانبية؟ ولا أي حاجة»: not a thing (لا read after its و too).
    'لا أي حاجة|شيء', 'لا حاجة|شيء',
  ],
  // «ج: نعم»، «الإجابة: بكل تأكيد»: the answer after its label.
  answerLabels: ['ج', 'جواب', 'الجواب', 'إجابة', 'الإجابة', 'الرد'],
  // «هل تعلمين أن نتائجنا مضمونة؟»
  // «الشفاء التام من الصدفية غير ممكن حاليًا»: the claim is named to be denied.
  denials: ['ممكن', 'متوفر', 'متاح', 'موجود', 'صحيح', 'حقيقي', 'وارد', 'مثبت'],
  knowingVerbs: ['تعلم', 'تعلمين', 'تعلمي', 'تعلمون', 'تعلموا', 'تعرف', 'تعرفين', 'تعرفي', 'تعرفون', 'تعرفوا', 'تدري', 'تدرين'],
  warningWords: [
    'احذر', 'حذار', 'تحذير', 'انتبه', 'إعلان', 'إعلانات', 'ادعاء', 'مزاعم', 'يدعي', 'تدعي', 'يدعون', 'يزعم', 'تزعم',
    'يروج', 'تروج', 'ترويج', 'خرافة', 'خرافات', 'أسطورة', 'مضلل', 'تنخدع', 'خداع', 'وهم', 'أوهام', 'مبالغة', 'مبالغ',
    'تصدق', 'كذب', 'كذبة', 'أكذوبة', 'أكاذيب', 'أساطير',
  ],
  // «احذري التقليد، نتائجنا مضمونة»: the warning has its object («التقليد»), and the next clause
  // affirms; «احذري من عبارة: نتائج مضمونة» and «احذري جيدًا، …» still warn on. «لا تصدقي الخرافات،
  // الليزر علاج نهائي»: not believing has its object too.
  governingWarnings: ['احذر', 'حذار', 'انتبه', 'احترس', 'تحذير', 'تصدق'],
  // «الإعلانات تعد بالكثير، نتائجنا مضمونة»: the ads as a subject say what their clause says; the next
  // clause is the writer's own. «احذري الإعلانات، التي تعد بنتائج مضمونة»: a relative clause goes on.
  warningSubjects: ['إعلان', 'إعلانات'],
  relativePronouns: ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي', 'اللي'],
  warningAdverbs: ['جيدا', 'جدا', 'دائما', 'تماما', 'كثيرا', 'يا', 'عزيزتي', 'عزيزي', 'إذن', 'جيد'],
  // «هذه خرافة شائعة، الليزر علاج نهائي»: «هذه» points back, so the myth is what came before and the
  // next clause asserts; «خرافة: …» and «من الخرافات أن …» still name the claim as the myth.
  warningNouns: ['خرافة', 'خرافات', 'أسطورة', 'أساطير', 'وهم', 'أوهام', 'كذب', 'كذبة', 'أكذوبة', 'أكاذيب', 'ادعاء', 'مزاعم', 'خداع', 'مبالغة'],
  // «لا يوجد – حتى الآن – علاج نهائي»، «النتائج - كما ترين - مضمونة»: an aside the clause reads on past;
  // two dashes around anything else part a list («لا حاجة للجراحة - جلسة واحدة - نتائج مضمونة»).
  asideOpeners: [
    'كما', 'حتى', 'للأسف', 'لحسن', 'إن', 'إذا', 'لو', 'أي', 'مثل', 'مثلا', 'على', 'بحسب', 'حسب', 'وفق', 'وفقا',
    'طبعا', 'بالطبع', 'ربما', 'غالبا', 'عادة', 'أحيانا', 'تقريبا', 'نادرا', 'خاصة', 'خصوصا', 'أيضا', 'بإذن', 'الحمد',
    'والحمد', 'ولله', 'وما', 'وهو', 'وهي', 'وهذا', 'وهذه', 'أو', 'يا', 'عزيزتي', 'عزيزي', 'والله',
    // «لا يوجد - بكل أسف - علاج نهائي»، «- بصراحة -»، «- والحق يقال -»: the writer's own aside. Not «مع»,
    // which as often opens a list item («لا حاجة للجراحة - مع جلسة واحدة - نتائج مضمونة»).
    'بكل', 'بصراحة', 'صراحة', 'والحق', 'للحق', 'الحق', 'للأمانة', 'بأمانة', 'بالمناسبة',
    // «- في رأيي -»، «- في الوقت الحالي -»: «في» opens an aside only with these; «- في جلسة واحدة -»
    // is a list item, and a negation before it does not reach past it.
    'في رأي', 'في نظر', 'في الحقيقة', 'في الواقع', 'في الغالب', 'في الأغلب', 'في العادة', 'في معظم', 'في أغلب',
    'في بعض', 'في الوقت', 'في الأصل', 'في المقابل', 'في النهاية', 'في حال', 'في حالة', 'في الحالات', 'في الأساس',
  ],
  // «على عكس الإعلانات، نتائجنا مضمونة»، «بخلاف الإعلانات المضللة، …»، «بعيدًا عن الإعلانات، …»: the claim is set against the ads.
  contrasts: ['عكس', 'بعكس', 'خلاف', 'بخلاف', 'خلافا', 'عكسا', 'بعيدا'],
  // «من الخطأ الاعتقاد أن الميزوثيرابي علاج نهائي»: the rest of the clause is a misconception.
  // «من الخطأ» only before a belief or a saying: «من الخطأ أن تفوّتي نتائجنا المضمونة» calls missing
  // the claim the mistake, and makes it.
  misconceptions: [
    'من الخطأ الاعتقاد|الظن|القول|التفكير|الزعم|الافتراض|التصور|اعتبار|الإيمان|التصديق',
    'من الخطأ أن نعتقد|تعتقد|يعتقد|نظن|تظن|يظن|نقول|تقول|يقال|يقول|نفترض|تفترض|نعتبر|تعتبر|تصدق|نتصور|تتصور',
    'الاعتقاد الخاطئ', 'اعتقاد خاطئ', 'فكرة خاطئة', 'معلومة خاطئة', 'من الشائع خطأ', 'البعض خطأ',
  ],
  // «صدقي أو لا تصدقي، النتائج مضمونة»: an idiom holding a negator or a warning word that asserts what follows.
  // «لا يختلف اثنان على أن …»، «لا أحد ينكر أن …»: no one disagrees, so it is so.
  affirmingIdioms: [
    'صدق|صدقي|صدقوا أو لا تصدق|تصدقي|تصدقوا',
    // «قد لا تصدقين ذلك، النتائج مضمونة»: surprise at what follows, not a warning against it.
    'قد|ربما لا تصدق|تصدقي|تصدقين',
    'لا يختلف|تختلف اثنان|اثنين|أحد|الأطباء|الخبراء|المختصون',
    'لا يخفى|تخفى على أحد',
    // «لا يمكن إنكار أن …»، «لا أحد يستطيع إنكار أن …».
    'لا يمكن|نستطيع|تستطيع|يستطيع|أحد إنكار|نكران',
    'لا أحد يستطيع|يمكنه|يقدر إنكار|نكران|ينكر',
    'لا أحد يستطيع|يمكنه|يقدر أن ينكر',
    'لا يمكن|نستطيع|تستطيع|يستطيع أن ننكر|ينكر|تنكر',
    // «لا أبالغ إذا قلت إن …»، «لن نبالغ إن قلنا …»: the writer says it is no exaggeration.
    'لا|لن|مش أبالغ|نبالغ إذا|إن|لو|حين|عندما',
    // «هذا ليس إعلانًا: …»، «ليست خرافة، …»، «بدون مبالغة أو ادعاء، …»: a warning word denied warns of nothing.
    'ليس|ليست|مش|مو إعلانا|إعلان|دعاية|خرافة|أسطورة|وهما|وهم|كذبا|كذب|كذبة|ادعاء|ادعاءات|مبالغة|خداعا|خداع',
    'ليس|ليست|مش|مو مجرد إعلان|دعاية|خرافة|أسطورة|وهم|كذب|كذبة|ادعاء|ادعاءات|مبالغة|خداع',
    'بدون|دون|بلا مبالغة|ادعاء|دعاية|تهويل أو|ولا|و مبالغة|ادعاء|ادعاءات|دعاية|تهويل|خداع|إعلانات',
    // «بلا أدنى شك»، «بدون أي شك»: «لا شك» with a word between.
    'بلا|بدون|دون|لا أدنى|أي شك|ريب',
    'لا خلاف|اختلاف على|في',
    'لا أحد ينكر|يجادل|يشك',
    '^ما من أحد ينكر|يجادل|يشك|يختلف',
    'لا ينكر|يجادل|يشك أحد',
    // «لا تنسي أن الجلسة بدون ألم»، «لن تنسي تجربة بلا ألم»: not forgetting is remembering.
    'لا|لن تنسى|تنسي|ينسى|تنسوا',
    // «ليس من الخطأ القول إن …»، «ليس من المبالغة …»، «ليس سرًا أن …»: a double negative asserts.
    'ليس|ليست|مش|مو من الخطأ|الغلط|المبالغة|الغريب',
    'ليس|ليست|مش|مو خطأ|غلط|مبالغة|سرا|غريب|غريبا|مستغرب|مستغربا',
  ],
  // «لا نقول إن النتائج مضمونة فقط بل دائمة»: "not only … but (also)" asserts both, as «ليس فقط» does.
  notOnlyMarkers: ['=فقط|=فحسب|=بس بل|إنما|لكن|كمان|أيضا'],
  // «يعتقد البعض أن النتائج مضمونة، وهذا غير صحيح»: the next clause denies the claim.
  denialReferents: ['هذا', 'هذه', 'ذلك', 'تلك'],
  hedges: [
    'عادة', 'غالبا', 'غالب', 'معظم', 'أغلب', 'نادرا', 'نادر', 'قليل', 'قليلا', 'أحيانا', 'بعض', 'قد', 'ربما', 'ممكن',
    'يمكن', 'كثير', 'نسبيا',
  ],
  // «آمن تمامًا في معظم الحالات»، «بدون ألم لدى أغلب المرضى»: a hedge after the claim, on it.
  hedgeLinks: ['في', 'لدى', 'عند', 'مع', 'بالنسبة', 'حسب', 'بحسب'],
  // «كثير من المرضى يستفيدون من جلسات بدون ألم»، «معظم عملائنا يختارون علاجنا الآمن تمامًا».
  hedgeBreakers: [
    'يستفيد', 'تستفيد', 'يختار', 'تختار', 'يفضل', 'تفضل', 'يلجأ', 'تلجأ', 'يطلب', 'تطلب', 'يثق', 'تثق', 'يحب', 'تحب',
    'يجرب', 'تجرب',
  ],
  gapBreakers: [
    'تجنب', 'تقليل', 'تخفيف', 'منع', 'يمنع', 'قلق', 'تقلق', 'تتجاهل', 'تهمل', 'إذا', 'لو', 'عند', 'حال', 'قبل', 'بعد',
    'حتى', 'إلا', 'سوى', 'لكن', 'استشارة', 'راجع', 'مسكن', 'يعني', 'غياب',
    // The harm is the reason or what grows or lingers, not what is absent: «لا يُنصح به للحوامل لخطر
    // الإجهاض»، «غير مناسب للحوامل بسبب المخاطر»، «إذا لم يختفِ الألم خلال يومين».
    'ينصح', 'مناسب', 'بسبب', 'يزيد', 'تزيد', 'يزداد', 'تزداد', 'زيادة', 'يختف', 'يختفي', 'تختفي', 'يزول', 'تزول',
    // «لا تنسي أن الألم طبيعي بعد الجلسة»: the «لا» forbids forgetting, it denies no harm.
    'تنسى', 'تنسي', 'ينسى', 'تنسوا',
  ],
  idiomObjects: [
    // لا شك / بلا شك / لا ريب / لا بد / لا سيما / بدون مبالغة: affirming idioms.
    'شك', 'ريب', 'ريبة', 'بد', 'جدال', 'سيما', 'مبالغة',
    // لا عجب / لا غرابة / لا غرو: "no wonder", which asserts what follows.
    'عجب', 'غرابة', 'غرو',
    // ليس فقط / مش بس: «not only … (but also)» affirms what follows.
    '=فقط', '=بس',
    // لا تقلقي / لا تخافي / لا تترددي: reassurance addressed to the reader.
    'تقلق', 'تقلقي', 'تقلقوا', 'تخاف', 'تخافي', 'تخافوا', 'تتردد', 'تترددي', 'ترددوا', 'تترددوا',
    // غير جراحي / بدون جراحة: a description of the procedure, not of its outcome.
    'جراحي', 'جراحية', 'جراحيا', 'جراحة', 'تقليدي', 'تقليدية',
  ],
  // إذا لم / إن لم / لو لم …: the negation of a condition, not of the answer after it.
  conditionals: ['إذا', 'إن', 'لو'],
  // «لولا» needs no entry: it is no negator, so what it names is asserted already («لولا أن النتائج مضمونة …»).
  doubleNegations: [
    // لو لم يكن العلاج مضمونًا لما قدمناه / … لما سمحت به الوزارة: contrary to fact.
    {conditions: ['لو لم|لا'], answers: ['لما'], writerOnly: false},
    // لو لم … ما قدمناه: after إن or إذا, «فما» asks instead («فما نفع الجلسات»).
    {conditions: ['لو لم|لا'], answers: ['ما'], writerOnly: true},
    // إن لم يكن آمنًا تمامًا فلن نقدمه لك: what we do; not «إذا لم تكن النتائج مضمونة فلا تدفعي».
    // … فإننا لا ننصح به / فإني لن أقدمه / فنحن لا نقدمه: «we» or «I» named before the negation;
    // not «فإننا نقترح بديلًا» (no negation) nor «فإنه لا يُنصح به» (not the writer).
    {conditions: ['إذا|إن|لو لم', 'لو لا'], answers: ['لن', 'لا', 'لم', 'إننا|إنا|إنني|إني|نحن لن|لا|لم'], writerOnly: true},
    // لو لم يكن مضمونًا لاقترحنا بديلًا / لأخبرناكِ / لكنّا أوقفناه: contrary to fact, what we would
    // have done instead did not happen. Only ل + a past verb of «we»; «لاقترح الطبيب بديلًا» is not the writer.
    {conditions: ['لو لم|لا'], answers: [], answerVerbPrefixes: ['ل'], writerOnly: true},
  ],
  answerReach: 3,
}

export const commonCategories = [
  {
    id: 'guaranteed-results',
    label: 'وعد بنتائج مضمونة',
    message: 'لا يمكن لأحد أن يضمن نتيجة إجراء طبي أو تجميلي، فالاستجابة تختلف من شخص لآخر؛ وعد الضمان أو النتيجة الفورية أو «100%» ادعاء تسويقي محظور.',
    suggestion: 'تختلف النتائج من شخص لآخر، ويناقش الطبيب معك التوقعات الواقعية قبل البدء.',
    patterns: [
      // «مضمون هذا المقال»، «مضمون الرسالة»: the noun «content», followed by what it is the content of.
      {
        match: 'مضمون',
        notBefore: 'المقال|الرسالة|النص|الصفحة|الفقرة|الدراسة|هذا المقال|هذه الرسالة|هذا النص|هذه الصفحة|هذه الفقرة|هذه الدراسة',
      },
      // «أضمن لكِ النتيجة» (I), «هنضمنلك نتيجة» (Egyptian future).
      'نضمن|نضمنلك|يضمن|تضمن|نتعهد|يتعهد|نعد|نعدك|أضمن|أضمنلك|هنضمن|هنضمنلك|حنضمن|حنضمنلك …2 @outcome|@look',
      'ضمان @outcome',
      'ضمان استرداد|استرجاع',
      '@outcome …2 مؤكد|أكيد|حتمي|محقق|مضمون|فوري|لحظي',
      // «نتائج guaranteed»، «Guaranteed results»: the English word in Arabic copy.
      'guaranteed',
      // «قد تلاحظين تحسنًا من أول جلسة»: a hedged first session says it may happen, and is fair.
      {match: 'من !أول جلسة', hedgesCancel: true},
      // «من أول مرة تلاحظين فيها نزيفًا»: when to act, not when results show.
      {match: 'من !أول مرة', notBefore: 'تلاحظ|تلاحظين|تشعر|تشعرين|يظهر|تظهر|يحدث|تحدث|ترى|ترين|يلاحظ', hedgesCancel: true},
      {match: 'من الجلسة الأولى', hedgesCancel: true},
      // «النتيجة تظهر على طول»، «بتبان النتايج فورًا»: an immediate result. Results only: «يظهر مفعول
      // المخدر فورًا» is how an anaesthetic works.
      'نتيجة|نتائج|تحسن|فرق|تغيير …1 @shows @immediately',
      '@shows نتيجة|نتائج|تحسن|فرق|تغيير …1 @immediately',
      // «تتخلصين من التساقط في جلسة واحدة»: a cure in one session; hedged («قد تختفي البقع في جلسة
      // واحدة لدى بعض المرضى») it is fair. Not «يقضي» («تقضين في الجلسة الواحدة ساعة» spends time), nor
      // a side effect's expected course («يختفي الاحمرار في جلسة واحدة»).
      {
        match: 'تتخلص|يتخلص|تخلص|نخلص|يختفي|تختفي|يزول|تزول|يشفي|تشفي …3 في? جلسة واحدة|وحدة',
        notAfter: '@transientEffect',
        notWithin: '@transientEffect',
        hedgesCancel: true,
      },
      '@outcome|فعال|ناجح …3 @hundredPercent',
      '@hundredPercent @outcome|فعال|ناجح',
      'بنسبة @hundredPercent|100',
      // «نتائج لا تخيب»، «علاج لا يعرف الفشل»، «نسبة نجاح لا تقل عن 100%»: the negation is the promise.
      '@outcome|علاج …1 لا|لن =تخيب|=يخيب',
      '@outcome|@venue …1 لا|لن =يعرف|=تعرف الفشل',
      '@outcome …2 لا|لن =تقل|=يقل عن @hundredPercent',
      // «لا مجال للفشل»، «مفيش احتمال للفشل»: failure ruled out is success promised.
      'لا|مفيش|بلا|بدون مجال|احتمال|مكان الفشل|لفشل',
      // «لا يوجد احتمال للفشل»، «ليس هناك أي مجال للفشل»: a word between; not «لا يزال احتمال الفشل قائمًا».
      {match: 'لا|ليس|مفيش|ما …2 مجال|احتمال|مكان|فرصة الفشل|لفشل', notWithin: 'يزال|تزال|زال|يمكن|يستبعد|نستبعد|ننفي|ينفي|ننكر|ينكر|يعني|نعني'},
      // «لن تندمي أبدًا» promises satisfaction; «لن تندمي على استشارة الطبيب» is advice, and stays.
      'لن|مش|ما|مو|مب …1 تندم …1 أبدا',
    ],
  },
  {
    id: 'absolute-safety',
    label: 'ادعاء أمان مطلق',
    message: 'لكل إجراء طبي آثار جانبية ومخاطر محتملة ولو كانت نادرة؛ نفي الألم أو المضاعفات أو المخاطر نفيًا مطلقًا ادعاء محظور يضلّل المريض.',
    suggestion: 'اذكر الآثار الشائعة والنادرة كما وردت في الإجراء (مثل: احمرار وكدمات مؤقتة، ونادرًا عدوى)، وما يفعله المريض إن ظهرت.',
    hedgesCancel: true,
    patterns: [
      '@absent …3 @harm',
      '@absent …2 مؤلم|يؤلم|يوجع|مؤذي|يؤذي',
      // «ما فيه أي أضرار»، «الجلسة ما فيها ألم»: the Gulf «there is none» (negatingPhrases); not «ما فيه
      // من مخاطر» (what it holds) nor «بما في ذلك الألم» (including).
      {match: '^ما في|فيه|فيها|له|لها|عنده|عندها …2 @harm', notWithin: 'من|ذلك'},
      'آمن|أمان|safe …1 @totally',
      // «١٠٠٪ آمن»، «١٠٠٪ طبيعي وآمن»: the percentage written before the word, as «١٠٠٪ نجاح» is.
      '@hundredPercent …1 آمن|أمان|safe',
      'آمن …1 الجميع|جميع|كل',
      // «انسي الألم مع تقنيتنا»: a harm to forget is a harm said to be absent.
      '=انس|=انسي|=انسى|=انسوا …1 @harm',
      // «لن تشعري بشيء»، «لا تشعرين بأي شيء أثناء الجلسة»: nothing felt is no pain; not «… سوى وخز خفيف».
      {match: 'لن|لا|مش|ما …1 تشعر|يشعر|تحس|يحس|هتحس|هتحسي …1 شيء|حاجة', notBefore: 'سوى|غير|إلا|عدا|ما عدا|بسيط|خفيف'},
    ],
    // «هل الجلسة مؤلمة؟ لا.»، «هل توجد آثار جانبية؟ أبدًا.»: a harm asked about and denied. Not
    // «خطير»: «هل الإجراء خطير؟ لا» says it is safe, not that it is free of every risk.
    // «الجلسة بتوجع؟ لا خالص»: the Egyptian «it hurts» (ب + توجع), as the question asks it.
    answeredNoPatterns: ['@harm|مؤلم|يؤلم|يوجع|توجع|تؤلم|مؤذي|يؤذي'],
  },
  {
    id: 'permanent-cure',
    label: 'وعد بعلاج نهائي أو نتائج دائمة',
    message: 'لا يصح وعد المريض بشفاء نهائي أو نتيجة تدوم مدى الحياة؛ النتائج تحتاج غالبًا إلى جلسات صيانة، وقد تعود الحالة.',
    suggestion: 'قد تحتاج النتائج إلى جلسات صيانة، وتختلف مدة استمرارها من شخص لآخر.',
    patterns: [
      // «يختفي الاحمرار نهائيًا خلال يومين»: a side effect going away is the expected course.
      {match: '@cure …2 @permanent', notAfter: '@transientEffect', notWithin: '@transientEffect'},
      // «اختفاء كامل للتورم خلال ثلاثة أيام»: a side effect going away is the expected course.
      // «يستغرق الشفاء التام أسبوعين»، «الشفاء التام من الجرح …»، «تجنبي الشمس حتى الشفاء التام»:
      // recovery from the procedure, how long it takes (the downtime), not a cure.
      {
        match: 'شفاء|تخلص|اختفاء|قضاء تام|كامل|نهائي|تماما',
        notAfter: 'يستغرق|تستغرق|يحتاج|يتطلب|مدة|فترة|حتى|لحين',
        notBefore: '@transientEffect|يستغرق|تستغرق|يحتاج|يتطلب|من الجرح|للجرح|من العملية|من الجراحة',
      },
      'وداعًا',
      // «لن تعود التجاعيد أبدًا»، «لن يعود الشعر للنمو مرة أخرى»: the negation is the promise. Only the
      // bare verb of the condition: «لا تعودي إلى الكريم مرة أخرى» is advice to the reader.
      {match: 'لن|لا|ما|مش …1 =تعود|=يعود|=ترجع|=يرجع|=تظهر|=يظهر|=ينمو|=تنمو …3 @neverAgain', notWithin: '@transientEffect'},
      // «ودّعي التجاعيد للأبد»: a farewell for ever is the same promise as «وداعًا».
      'ودع …2 @permanent',
      // «انسي التجاعيد إلى الأبد»: forgetting for ever is the same promise.
      '=انس|=انسي|=انسى|=انسوا …2 @permanent',
      // «تأثيرًا دائمًا على الأعصاب» is the risk of a wrong injection.
      {match: '@outcome|مفعول|تأثير …2 @lasting', notBefore: '@harmedStructure'},
      // «شعر كثيف للأبد»، «بشرة نضرة للأبد»: a look kept for ever. Not where it is lost or scarred
      // («ستفقدين شعرك للأبد» threatens, «ندبة في الوجه للأبد» is a risk), nor the look's own part
      // («تفقد البشرة نضارتها للأبد»).
      // «الفيلر يدوم للأبد»، «البوتوكس يدوم إلى الأبد»: a treatment said to last for ever; not «الوشم يدوم
      // للأبد» (no treatment), nor a harm after it («ألم الحقن يستمر للأبد» is a risk).
      {match: '@treatment يدوم|تدوم|يستمر|تستمر|يبقى|تبقى …1 @forLife', notAfter: '@harm|@lastingHarm|@symptom'},
      // «النتائج تدوم على طول»، «الفيلر هيقعد على طول»، «النتيجة بتفضل العمر كله»: the dialects' «for ever»
      // after a verb of lasting («النتيجة تظهر على طول» is «straight away», an immediate result).
      {
        match: '@outcome|@treatment …1 يدوم|تدوم|هيدوم|هتدوم|يستمر|تستمر|يبقى|تبقى|يقعد|تقعد|هيقعد|هتقعد|يفضل|تفضل|هيفضل|هتفضل @forLifeDialect',
        notAfter: '@harm|@lastingHarm|@symptom',
      },
      {match: '@look …2 @forEver', notAfter: '@look|في|على|من|تفقد|تخسر|يفقد|يخسر|فقدان|خسارة', notWithin: '@lastingHarm'},
    ],
    // «هل يعود الشعر للتساقط بعد العلاج؟ لا»، «هل ترجع المشكلة؟ أبدًا»: a recurrence asked about and
    // denied, in either order. A hedge in the answer takes it back («لا، لكن قد تحتاجين جلسة صيانة»),
    // and going back to normal is no recurrence («هل تعود الحالة لطبيعتها بعد يوم؟ لا»), nor is a
    // question about its cause («هل المشكلة تعود بسبب الوراثة؟ لا»), which «لا» answers alone.
    answeredNoPatterns: [
      {match: '@returns …2 @recurrent', notBefore: 'طبيعة|طبيعي|بسبب|لأن', hedgesCancel: true},
      {match: '@recurrent …1 @returns', notBefore: 'طبيعة|طبيعي|بسبب|لأن', hedgesCancel: true},
    ],
  },
  {
    id: 'miracle',
    label: 'وصف العلاج بالسحر أو المعجزة',
    message: 'وصف الإجراء بأنه سحري أو معجزة أو بنتائج مذهلة يرفع توقعات المريض بلا دليل، وهو ادعاء تسويقي محظور.',
    suggestion: 'صف ما يمكن أن يتحسّن فعلًا وبأي قدر، كما تقول الدراسات، مثل: «قد يتحسّن مظهر البشرة تدريجيًا بعد عدة جلسات».',
    patterns: [
      // «الدكتورة سحر»: a woman's name after her title; «سحرية» after it is still the claim.
      {match: 'سحر', notAfter: 'دكتورة|د|طبيبة|السيدة|الأستاذة|الممرضة|المريضة|الأخصائية|الصيدلانية'},
      'سحري|ساحر|معجزة|معجز|خارق',
      '@outcome …1 مذهل|خيالي|مبهر|مدهش|رهيب',
      'لن …1 تصدق',
      // «نتائج لا تصدق»، «فرق لا يُصدق»: unbelievable results; «لا تصدقي الإعلانات» is a warning, and
      // «النتائج لا تصدق دائمًا ما تقوله الإعلانات»: «تصدق» with an object is "confirm".
      {match: '@outcome|فرق|تغيير|تغير …1 لا =تصدق|=يصدق', notBefore: 'ما|كل|على|دائما|أن|هذا|هذه|ذلك|الإعلانات|الادعاءات'},
    ],
  },
  {
    id: 'self-superlative',
    label: 'تفضيل ذاتي أو ادعاء التفرّد',
    message: 'وصف العيادة أو الطبيب أو العلاج بأنه الأفضل أو الوحيد أو بلا منافس مقارنة لا يمكن إثباتها، وهي محظورة في الإعلان الطبي.',
    suggestion: 'صف ما تقدّمه العيادة بوقائع يمكن التحقق منها (مثل: «يُجري الإجراء طبيب جلدية مرخّص»)، دون مقارنة بالآخرين.',
    patterns: [
      // After a plural of treatments or research it compares a class («الأدلة على العلاجات الأحدث منخفضة»);
      // the clinic's own offer is singular («العلاج الأحدث») or the idafa form below («أحدث العلاجات»).
      // «الأفضل أن تستشيري طبيبك»، «والأفضل تجنب الشمس»: "it is best to", advice. «الخيار الأفضل لكِ
      // يحدده طبيبك»: the best is the doctor's to decide, no praise of the clinic.
      {
        match: 'الأفضل|الأحسن|الأمثل|الأنجح|الأمهر|الأشهر|الأقوى|الأكفأ|الأرخص|الأحدث',
        notAfter: '@outcome|@evidence|من|علاجات|أبحاث|بحوث',
        notBefore: '=أن|=ان|تجنب|عدم|استشارة|مراجعة|سؤال|الانتظار|الابتعاد|تأجيل|التوقف|الامتناع|الالتزام|@decidedFor',
      },
      '!أفضل|!أحسن|!أنجح|!أمهر|!أشهر|!أحدث|!أكفأ|!أقوى|!أسرع|!أرخص|!أعلى @venue',
      '!أفضل|!أحسن من أي|كل|جميع|باقي|بقية|سائر|غير',
      '@venue الوحيد|الوحيدة',
      // «الدراسة الأولى في السعودية» ranks a study, not the clinic.
      {match: 'الوحيد|الأول|الأولى|الرائد في @place', notAfter: '@evidence|تجربة|بحث|أبحاث|حالة|مرة'},
      'الوحيد|الأول|الأولى|الفريد من نوع',
      // «الشكل رقم ١»، «الجدول رقم ١»: a figure or a step is numbered, not ranked.
      {match: 'رقم 1|واحد', notAfter: 'شكل|جدول|مرجع|صورة|خطوة|مرحلة|دراسة|جلسة|ملحق|حالة|سؤال|بند|فقرة|ملاحظة'},
      'لا|بلا|ليس|ليست|مفيش …2 مثيل|نظير|يضاهى|تضاهي|منافس|ينافس|تنافس|منازع|يعلى',
      // «لا توجد عيادة أفضل منا»، «لن تجدي أفضل من عيادتنا»: no one better than us is the best.
      // «لا يوجد علاج أفضل من الوقاية» compares something else.
      'لا|لن|ليس|ليست|مفيش|مافيش|مش|ما …3 أفضل|أحسن|أمهر|أرخص|أكفأ|أنجح|أشطر منا|مننا',
      'لا|لن|ليس|ليست|مفيش|مافيش|مش|ما …3 أفضل|أحسن|أمهر|أرخص|أكفأ|أنجح|أشطر من @ourVenue',
      'منقطع النظير',
    ],
  },
  {
    id: 'urgency-discount',
    label: 'ضغط الاستعجال أو الخصومات',
    message: 'العروض والخصومات وعبارات الاستعجال تدفع المريض إلى قرار طبي متسرّع، ولا مكان لها في محتوى طبي.',
    suggestion: 'احذف العرض من المقال، واكتب: «يمكن حجز استشارة لتقييم الحالة ومناقشة الخيارات المناسبة».',
    patterns: [
      'خصم|خصومات|تخفيض|تخفيضات',
      // «الاحمرار عرض ينتهي خلال يومين»: «عرض» is also a symptom.
      {match: 'عرض|عروض خاص|حصري|محدود|اليوم|ينتهي|لفترة', notAfter: '@symptom'},
      'لفترة|لمدة محدودة',
      'احجز|سجل …2 الآن|فورا|حالا|اليوم',
      // Calling the clinic now is pressure; «تواصلي مع الطبيب فورًا إذا…» and «اتصلي بالطبيب فورًا» are safety
      // advice, and so is calling the clinic at once on a warning sign («اتصلي بالعيادة فورًا إذا/عند/في حال
      // ظهور ابيضاض»: a blocked vessel after filler), which the UAE's error would keep off the page.
      {match: 'اتصل|تواصل بنا|معنا|بالعيادة|بالمركز|بالرقم? الآن|فورا|حالا|اليوم', notBefore: '@warningSignAhead'},
      'سارع',
      'بادر …1 حجز',
      // «لا تفوتي الفرصة» is pressure; «لا تفوتي أي جرعة» is how to take a medicine.
      'لا …1 تفوت …2 الفرصة|العرض|العروض|فرصة|عرض|عروض|الخصم|خصم|التخفيضات|تخفيضات',
      // «لا تضيعي الفرصة»، «لا تدعي الفرصة تفوتك»: the same pressure; «لا تضيعي وقتك» is not.
      'لا …1 تضيع|تهدر|تخسر …2 الفرصة|العرض|العروض|فرصة|عرض|عروض|الخصم|خصم|التخفيضات|تخفيضات',
      'لا …1 تدع|تترك …2 الفرصة|العرض|فرصة|عرض|الخصم|خصم …1 تفوت|يفوت|تضيع|يضيع|تروح|يروح',
      'فرصة لا تعوض|تتكرر',
      'آخر فرصة',
      'الفرصة الأخيرة',
      'الأماكن|المقاعد|المواعيد محدود',
      'اليوم فقط',
      'قبل نفاد',
      'ينتهي العرض',
      'مجان|ببلاش',
    ],
  },
  {
    id: 'fear-appeal',
    label: 'تخويف للضغط على القرار',
    message: 'تخويف القارئ من العواقب لدفعه إلى الحجز أسلوب ضغط محظور في الإعلان الطبي؛ المعلومة الطبية تُعرض بهدوء ومعها متى تلزم مراجعة الطبيب.',
    suggestion: 'اشرح متى يُنصح بمراجعة الطبيب ولماذا، دون تهويل (مثل: «إذا زاد التساقط فجأة فمن المهم مراجعة طبيب الجلدية لتقييم السبب»).',
    patterns: [
      'قبل|بعد فوات الأوان',
      'يفوت الأوان',
      // «لا تنتظري حتى تسوء الحالة، راجعي الطبيب»: waiting for it to get worse is the reason to see a
      // doctor, said calmly; «لا تنتظري حتى تفقدي شعرك» threatens.
      {match: 'لا تنتظر|تتأخر …1 حتى|لحين', notBefore: 'تسوء|يسوء|تتفاقم|يتفاقم|تتدهور|يتدهور|تزداد|يزداد|تزيد|يزيد|تشتد|يشتد'},
      'كل يوم|لحظة|دقيقة تأخير|تأخر|تنتظر|انتظار',
      'الوقت ينفد|يداهم',
      // «تفقد المادة المالئة تأثيرها بالكامل خلال عام» says how long it lasts; «ستفقدين شعرك بالكامل» threatens.
      {match: 'تفقد|تخسر …3 الأبد|للأبد|نهائيا|بالكامل|كله|كلها', notWithin: '@outcome'},
      'تندم',
    ],
  },
] as const satisfies readonly ClaimCategory[]

export type ClaimCategoryId = (typeof commonCategories)[number]['id']

/** The common categories with a jurisdiction's extra patterns (dialect phrasings) appended. */
export const categoriesWith = (extra: Partial<Record<ClaimCategoryId, readonly PhrasePattern[]>>): ClaimCategory[] =>
  commonCategories.map((category) => ({...category, patterns: [...category.patterns, ...(extra[category.id] ?? [])]}))
