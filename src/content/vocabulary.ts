// The closed vocabularies of the content model (value + Arabic label), shared by the Studio schema,
// the zod boundary and the renderer so a value means the same thing everywhere.

export const JURISDICTIONS = [
  {title: 'مصر', value: 'EG'},
  {title: 'السعودية', value: 'SA'},
  {title: 'الإمارات', value: 'AE'},
] as const

export const CLINIC_LOCALES = [
  {title: 'العربية (مصر)', value: 'ar-EG'},
  {title: 'العربية (السعودية)', value: 'ar-SA'},
  {title: 'العربية (الإمارات)', value: 'ar-AE'},
] as const

export const ARTICLE_LANGUAGES = [{title: 'العربية', value: 'ar'}, ...CLINIC_LOCALES] as const

export const PERSON_ROLES = [
  {title: 'كاتب طبي', value: 'writer'},
  {title: 'مراجع طبي', value: 'medicalReviewer'},
  {title: 'محرر', value: 'editor'},
] as const

export const PROCEDURE_CATEGORIES = [
  {title: 'البشرة', value: 'skin'},
  {title: 'الشعر', value: 'hair'},
  {title: 'الجسم', value: 'body'},
] as const

/**
 * Where a procedure is done: at the clinic in sessions, or by the patient at home (topical
 * minoxidil). A reader's page words each as what it is: a home treatment is «يُستعمل», not «يُجرى»,
 * and has no sessions or anaesthesia.
 */
export const PROCEDURE_SETTINGS = [
  {title: 'إجراء في العيادة', value: 'inClinic'},
  {title: 'علاج يستعمله المريض في المنزل', value: 'home'},
] as const

export const ANAESTHESIA_KINDS = [
  {title: 'بدون تخدير', value: 'none'},
  {title: 'كريم مخدّر موضعي', value: 'topical'},
  {title: 'تخدير موضعي بالحقن', value: 'local'},
] as const

export const RISK_FREQUENCIES = [
  {title: 'شائع', value: 'common'},
  {title: 'غير شائع', value: 'uncommon'},
  {title: 'نادر', value: 'rare'},
] as const

export const RISK_SEVERITIES = [
  {title: 'خفيف', value: 'mild'},
  {title: 'متوسط', value: 'moderate'},
  {title: 'شديد', value: 'severe'},
] as const

export const CONTRAINDICATION_KINDS = [
  {title: 'مانع مطلق', value: 'absolute'},
  {title: 'يُؤجَّل حتى زوال الحالة', value: 'deferUntilResolved'},
] as const

// The titles above name one item as a writer files it («شائع»: this risk is common). A reader's page
// heads a list with them, or pairs them with «الشدة», so it has its own agreeing forms.
/** The heading over each group of a procedure's risks on a reader's page. */
export const RISK_FREQUENCY_HEADINGS: Readonly<Record<ValueOf<typeof RISK_FREQUENCIES>, string>> = {
  common: 'آثار شائعة',
  uncommon: 'آثار غير شائعة',
  rare: 'آثار نادرة',
}
/** A risk's severity after «الشدة:» on a reader's page (feminine, as «الشدة» is). */
export const RISK_SEVERITY_READER_LABELS: Readonly<Record<ValueOf<typeof RISK_SEVERITIES>, string>> = {
  mild: 'خفيفة',
  moderate: 'متوسطة',
  severe: 'شديدة',
}
/** How a reader's page names a procedure of each setting, and heads what depends on it. */
export interface ProcedureWording {
  /** Before one name or several in an article's header («الإجراء: …»). */
  one: string
  several: string
  /** Over the writer's «how it is done» text on the procedure page. */
  howHeading: string
  /** Over each group of its contraindications. */
  contraindicationHeadings: Readonly<Record<ValueOf<typeof CONTRAINDICATION_KINDS>, string>>
}
export const PROCEDURE_WORDING: Readonly<Record<ValueOf<typeof PROCEDURE_SETTINGS>, ProcedureWording>> = {
  inClinic: {
    one: 'الإجراء',
    several: 'الإجراءات',
    howHeading: 'كيف يُجرى؟',
    contraindicationHeadings: {
      absolute: 'موانع مطلقة: لا يُجرى الإجراء',
      // «أو تستقر»: a blood thinner or an immune disorder is controlled, not ended, before the procedure.
      deferUntilResolved: 'موانع مؤقتة: يُؤجَّل الإجراء حتى تزول الحالة أو تستقر',
    },
  },
  home: {
    one: 'العلاج',
    several: 'العلاجات',
    howHeading: 'كيف يُستعمل؟',
    contraindicationHeadings: {
      absolute: 'موانع مطلقة: لا يُستعمل العلاج',
      deferUntilResolved: 'موانع مؤقتة: يُؤجَّل استعمال العلاج حتى تزول الحالة أو تستقر',
    },
  },
}
/** Before names of both settings together («الإجراءات والعلاجات: …»), and over the home page's list of them. */
export const MIXED_PROCEDURES_LABEL = 'الإجراءات والعلاجات'

/** GRADE certainty of evidence, strongest first. */
export const GRADE_CERTAINTY = [
  {title: 'مرتفعة', value: 'high'},
  {title: 'متوسطة', value: 'moderate'},
  {title: 'منخفضة', value: 'low'},
  {title: 'منخفضة جدًا', value: 'veryLow'},
] as const

export const STUDY_TYPES = [
  {title: 'مراجعة منهجية أو تحليل تجميعي', value: 'systematicReview'},
  {title: 'تجربة سريرية عشوائية مضبوطة', value: 'rct'},
  {title: 'دراسة رصدية (تتابع مجموعة من المرضى)', value: 'observational'},
  {title: 'سلسلة حالات', value: 'caseSeries'},
  {title: 'دليل إرشادي سريري', value: 'guideline'},
  {title: 'مراجعة سردية', value: 'narrativeReview'},
  {title: 'رأي خبراء', value: 'expertOpinion'},
] as const

export const REVIEW_STATUSES = [
  {title: 'مسودة', value: 'draft'},
  {title: 'قيد المراجعة', value: 'inReview'},
  {title: 'معتمد', value: 'approved'},
  {title: 'مرفوض', value: 'rejected'},
] as const

/**
 * Where a claim stands in the review workflow: the stored statuses plus `expired`, which is never
 * stored (an approval whose review.reviewDue has passed). See src/workflow/claimWorkflow.ts.
 */
export const CLAIM_STATES = [...REVIEW_STATUSES, {title: 'منتهي الصلاحية', value: 'expired'}] as const

/** What a person (or, for `edit`, publishing a changed text) did to a claim's review; one audit entry each. */
export const REVIEW_ACTIONS = [
  {title: 'إرسال للمراجعة', value: 'submit'},
  {title: 'اعتماد', value: 'approve'},
  {title: 'رفض مع سبب', value: 'reject'},
  {title: 'تجديد الاعتماد', value: 'renew'},
  {title: 'سحب الاعتماد', value: 'withdraw'},
  {title: 'تعديل النص أو الدليل', value: 'edit'},
] as const

/** The emphasis a writer may give words of an article body; any other mark on a span names an annotation (markDefs). */
export const TEXT_DECORATORS = [
  {title: 'عريض', value: 'strong'},
  {title: 'مائل', value: 'em'},
] as const

export const SAFETY_EMBED_MODES = [
  {title: 'المخاطر وموانع الاستخدام', value: 'both'},
  {title: 'المخاطر فقط', value: 'risks'},
  {title: 'موانع الاستخدام فقط', value: 'contraindications'},
] as const

export type Vocabulary = readonly {readonly title: string; readonly value: string}[]

/** Every list of choices the content model has, for messages that name a choice by its Studio title. */
export const VOCABULARIES: readonly Vocabulary[] = [
  JURISDICTIONS,
  CLINIC_LOCALES,
  ARTICLE_LANGUAGES,
  PERSON_ROLES,
  PROCEDURE_CATEGORIES,
  PROCEDURE_SETTINGS,
  ANAESTHESIA_KINDS,
  RISK_FREQUENCIES,
  RISK_SEVERITIES,
  CONTRAINDICATION_KINDS,
  GRADE_CERTAINTY,
  STUDY_TYPES,
  REVIEW_STATUSES,
  CLAIM_STATES,
  REVIEW_ACTIONS,
  SAFETY_EMBED_MODES,
]
export type ValueOf<V extends Vocabulary> = V[number]['value']

export const valuesOf = <V extends Vocabulary>(vocabulary: V) =>
  vocabulary.map((entry) => entry.value) as [ValueOf<V>, ...ValueOf<V>[]]

/** The Arabic label of a vocabulary value, or the value itself when unknown. */
export const labelOf = (vocabulary: Vocabulary, value: string | undefined): string =>
  vocabulary.find((entry) => entry.value === value)?.title ?? value ?? ''
