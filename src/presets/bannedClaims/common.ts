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

export const commonClasses = {
  /** What a treatment is said to deliver. */
  outcome: ['نتيجة', 'نتائج', 'شفاء', 'تحسن', 'نجاح', 'فعالية', 'مفعول', 'تأثير'],
  /** What a patient is promised to look like. */
  look: ['بشرة', 'شعر', 'وجه', 'جمال', 'شباب', 'نضارة', 'رشاقة', 'جسم', 'جسد'],
  /** Pain, side effects and risks: naming their absence is an absolute-safety claim. */
  harm: [
    'ألم', 'آلام', 'وجع', 'أوجاع', 'آثار جانبية', 'أعراض جانبية', 'أثر جانبي', 'عرض جانبي', 'مضاعفات', 'مخاطر',
    'خطر', 'خطورة', 'أضرار', 'ضرر', 'ندبات', 'ندوب', 'كدمات',
  ],
  /** Words that say a harm is absent. */
  absent: ['لا', 'ليس', 'ليست', 'لن', 'لم', 'بدون', 'بلا', 'دون', 'خال', 'عديم', 'مش', 'مفيش', 'مافيش', 'مافي', 'صفر', 'غير', 'مو', 'مب'],
  /** "Completely", "100%": turn "safe" into "absolutely safe". */
  totally: ['تمامًا', 'كليا', 'بالكامل', 'كامل', 'تام', 'مطلقا', ...hundredPercent],
  hundredPercent,
  /** Treating or getting rid of a condition. */
  cure: [
    'علاج', 'يعالج', 'تعالج', 'حل', 'شفاء', 'يشفي', 'تشفي', 'تخلص', 'يتخلص', 'تتخلص', 'قضاء', 'يقضي', 'تقضي',
    'إزالة', 'يزيل', 'تزيل', 'اختفاء', 'يختفي', 'تختفي', 'زوال', 'يزول', 'تزول',
  ],
  /** For ever. */
  permanent: ['نهائي', 'إلى الأبد', 'الأبد', 'جذري', 'بلا رجعة', 'مدى الحياة'],
  /** An outcome said to last for ever. */
  lasting: ['دائم', 'الأبد', 'مدى الحياة', 'بلا رجعة', 'لا تزول', 'لا يزول'],
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
  /** «للأبد», «إلى الأبد». */
  forEver: ['الأبد', 'إلى الأبد'],
  /** What may stay for ever after a complication: «بشرة متضررة للأبد» is a risk, not a promise. */
  lastingHarm: [
    'ضرر', 'أضرار', 'تلف', 'ندبة', 'ندبات', 'ندوب', 'أثر', 'آثار', 'تشوه', 'تشوهات', 'ضعف', 'شلل', 'ألم', 'آلام', 'خدر',
    'تصبغ', 'تصبغات', 'متضرر', 'مشوه', 'ضعيف',
  ],
  /** What a wrong injection may harm for good: «تأثير دائم على الأعصاب» is a risk, not a promise. */
  harmedStructure: ['على الأعصاب', 'على العصب', 'على الأوعية', 'على العين', 'على البصر', 'على الرؤية', 'في الأعصاب', 'في العصب'],
} as const satisfies Record<string, readonly string[]>

export const commonScopes: ClaimScopes = {
  negators: ['لا', 'ليس', 'ليست', 'لست', 'لسنا', 'لن', 'لم', 'مش', 'مو', 'مب', 'مفيش', 'مافيش', 'مافي', 'كلا'],
  negationReach: 6,
  privatives: ['غير', 'عديم', 'عدم', 'بدون', 'بلا', 'دون', 'بلاش', 'خال'],
  privativeReach: 2,
  clauseJoiners: ['لكن', 'لكنه', 'لكنها', 'لكنهم', 'بل', 'بينما', 'إنما', 'أما', 'ثم', 'حيث'],
  questionWords: ['هل'],
  presupposingQuestionWords: ['لماذا', 'ليه', 'ليش', 'كيف', 'إزاي'],
  // «هل النتائج مضمونة؟ نعم، بكل تأكيد.»: the answer makes the question a claim.
  affirmingAnswers: ['نعم', 'أجل', 'بلى', 'أكيد', 'بالتأكيد', 'طبعا', 'بالطبع', 'أيوه', 'أيوة'],
  // «هل تعلمين أن نتائجنا مضمونة؟»
  // «الشفاء التام من الصدفية غير ممكن حاليًا»: the claim is named to be denied.
  denials: ['ممكن', 'متوفر', 'متاح', 'موجود', 'صحيح', 'حقيقي', 'وارد', 'مثبت'],
  knowingVerbs: ['تعلم', 'تعلمين', 'تعلمي', 'تعلمون', 'تعلموا', 'تعرف', 'تعرفين', 'تعرفي', 'تعرفون', 'تعرفوا', 'تدري', 'تدرين'],
  warningWords: [
    'احذر', 'حذار', 'تحذير', 'انتبه', 'إعلان', 'إعلانات', 'ادعاء', 'مزاعم', 'يدعي', 'تدعي', 'يدعون', 'يزعم', 'تزعم',
    'يروج', 'تروج', 'ترويج', 'خرافة', 'خرافات', 'أسطورة', 'مضلل', 'تنخدع', 'خداع', 'وهم', 'أوهام', 'مبالغة', 'مبالغ',
    'تصدق',
  ],
  // «على عكس الإعلانات، نتائجنا مضمونة»، «بخلاف الإعلانات المضللة، …»: the claim is set against the ads.
  contrasts: ['عكس', 'بعكس', 'خلاف', 'بخلاف', 'خلافا', 'عكسا'],
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
    'لا يختلف|تختلف اثنان|اثنين|أحد|الأطباء|الخبراء|المختصون',
    'لا يخفى|تخفى على أحد',
    // «لا يمكن إنكار أن …»، «لا أحد يستطيع إنكار أن …».
    'لا يمكن|نستطيع|تستطيع|يستطيع|أحد إنكار|نكران',
    'لا أحد يستطيع|يمكنه|يقدر إنكار|نكران|ينكر',
    'لا أحد يستطيع|يمكنه|يقدر أن ينكر',
    'لا يمكن|نستطيع|تستطيع|يستطيع أن ننكر|ينكر|تنكر',
    // «لا أبالغ إذا قلت إن …»، «لن نبالغ إن قلنا …»: the writer says it is no exaggeration.
    'لا|لن|مش أبالغ|نبالغ إذا|إن|لو|حين|عندما',
    // «بلا أدنى شك»، «بدون أي شك»: «لا شك» with a word between.
    'بلا|بدون|دون|لا أدنى|أي شك|ريب',
    'لا خلاف|اختلاف على|في',
    'لا أحد ينكر|يجادل|يشك',
    'لا ينكر|يجادل|يشك أحد',
    // «ليس من الخطأ القول إن …»، «ليس من المبالغة …»، «ليس سرًا أن …»: a double negative asserts.
    'ليس|ليست|مش|مو من الخطأ|الغلط|المبالغة|الغريب',
    'ليس|ليست|مش|مو خطأ|غلط|مبالغة|سرا|غريب|غريبا|مستغرب|مستغربا',
  ],
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
      'نضمن|نضمنلك|يضمن|تضمن|نتعهد|يتعهد|نعد|نعدك …2 @outcome|@look',
      'ضمان @outcome',
      'ضمان استرداد|استرجاع',
      '@outcome …2 مؤكد|أكيد|حتمي|محقق|مضمون|فوري|لحظي',
      'من !أول جلسة',
      // «من أول مرة تلاحظين فيها نزيفًا»: when to act, not when results show.
      {match: 'من !أول مرة', notBefore: 'تلاحظ|تلاحظين|تشعر|تشعرين|يظهر|تظهر|يحدث|تحدث|ترى|ترين|يلاحظ'},
      'من الجلسة الأولى',
      '@outcome|فعال|ناجح …3 @hundredPercent',
      '@hundredPercent @outcome|فعال|ناجح',
      'بنسبة @hundredPercent|100',
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
      'آمن|أمان …1 @totally',
      'آمن …1 الجميع|جميع|كل',
    ],
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
      {match: 'شفاء|تخلص|اختفاء|قضاء تام|كامل|نهائي|تماما', notBefore: '@transientEffect'},
      'وداعًا',
      // «ودّعي التجاعيد للأبد»: a farewell for ever is the same promise as «وداعًا».
      'ودع …2 @permanent',
      // «تأثيرًا دائمًا على الأعصاب» is the risk of a wrong injection.
      {match: '@outcome|مفعول|تأثير …2 @lasting', notBefore: '@harmedStructure'},
      // «شعر كثيف للأبد»، «بشرة نضرة للأبد»: a look kept for ever. Not where it is lost or scarred
      // («ستفقدين شعرك للأبد» threatens, «ندبة في الوجه للأبد» is a risk), nor the look's own part
      // («تفقد البشرة نضارتها للأبد»).
      {match: '@look …2 @forEver', notAfter: '@look|في|على|من|تفقد|تخسر|يفقد|يخسر|فقدان|خسارة', notWithin: '@lastingHarm'},
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
      // «الأفضل أن تستشيري طبيبك»، «والأفضل تجنب الشمس»: "it is best to", advice.
      {
        match: 'الأفضل|الأحسن|الأمثل|الأنجح|الأمهر|الأشهر|الأقوى|الأكفأ|الأرخص|الأحدث',
        notAfter: '@outcome|@evidence|من|علاجات|أبحاث|بحوث',
        notBefore: '=أن|=ان|تجنب|عدم|استشارة|مراجعة|سؤال|الانتظار|الابتعاد|تأجيل|التوقف|الامتناع|الالتزام',
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
      // Calling the clinic now is pressure; «تواصلي مع الطبيب فورًا إذا…» and «اتصلي بالطبيب فورًا» are safety advice.
      'اتصل|تواصل بنا|معنا|بالعيادة|بالمركز|بالرقم? الآن|فورا|حالا|اليوم',
      'سارع',
      'بادر …1 حجز',
      // «لا تفوتي الفرصة» is pressure; «لا تفوتي أي جرعة» is how to take a medicine.
      'لا …1 تفوت …2 الفرصة|العرض|العروض|فرصة|عرض|عروض|الخصم|خصم|التخفيضات|تخفيضات',
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
      'لا تنتظر|تتأخر …1 حتى|لحين',
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
