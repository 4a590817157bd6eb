// What the zod boundary tells a writer when a document does not fit the content model, in Arabic:
// zod's own messages are English («Invalid option: expected one of …»), and the Arabic locale zod
// ships names types in English («يفترض إدخال string»). Messages a schema gives itself (a refine's
// Arabic message) take precedence over these, as zod orders them.
import type {z} from 'zod'
import {countOf} from '../locale/arabicCount.ts'
import {CHARACTERS_AFTER_PREPOSITION, ITEMS_AFTER_PREPOSITION} from '../locale/countedNouns.ts'
import {VOCABULARIES} from './vocabulary.ts'

type Issue = Parameters<z.core.$ZodErrorMap>[0]

/** A value's kind, as a writer would name it. */
const KIND_NAMES: Record<string, string> = {
  string: 'نص',
  number: 'رقم',
  int: 'عدد صحيح',
  boolean: 'قيمة نعم/لا',
  array: 'قائمة',
  object: 'مجموعة حقول',
  date: 'تاريخ',
  null: 'قيمة فارغة (null)',
  undefined: 'لا شيء',
  nan: 'قيمة ليست رقمًا (NaN)',
}

const kindOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan'
  return typeof value
}

const kindName = (kind: string): string => KIND_NAMES[kind] ?? kind

/** A value quoted as it is stored, cut short: a writer recognises what they typed. */
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return `«${text.length > 40 ? `${text.slice(0, 40)}…` : text}»`
}

const listed = (values: readonly unknown[]): string => values.map((value) => String(value)).join('، ')

/** The allowed choices as the Studio shows them, each with the value an export stores («الشعر (hair)»). */
const choices = (values: readonly unknown[]): string => {
  const vocabulary = VOCABULARIES.find((entries) => entries.length === values.length && entries.every((entry, index) => entry.value === values[index]))
  return vocabulary ? vocabulary.map((entry) => `${entry.title} (${entry.value})`).join('، ') : listed(values)
}

const FORMAT_NAMES: Record<string, string> = {
  url: 'رابطًا كاملًا يبدأ بـ https://',
  email: 'بريدًا إلكترونيًا مثل name@clinic.example',
  datetime: 'تاريخًا ووقتًا بصيغة ISO 8601 مثل 2026-11-21T09:00:00Z',
  date: 'تاريخًا بصيغة YYYY-MM-DD مثل 2026-11-21',
}

const tooSmall = (issue: Extract<Issue, {code: 'too_small'}>): string => {
  const minimum = Number(issue.minimum)
  if (issue.origin === 'string') {
    return minimum === 1 ? 'الحقل فارغ، ويجب أن يُملأ' : `النص أقصر من المسموح: يجب ألا يقل عن ${countOf(minimum, CHARACTERS_AFTER_PREPOSITION)}`
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return minimum === 1 ? 'القائمة فارغة، ويجب أن تضم عنصرًا واحدًا على الأقل' : `القائمة أقصر من المسموح: يجب ألا تقل عن ${countOf(minimum, ITEMS_AFTER_PREPOSITION)}`
  }
  return issue.inclusive === false ? `يجب أن تكون القيمة أكبر من ${minimum}` : `يجب ألا تقل القيمة عن ${minimum}`
}

const tooBig = (issue: Extract<Issue, {code: 'too_big'}>): string => {
  const maximum = Number(issue.maximum)
  if (issue.origin === 'string') return `النص أطول من المسموح: يجب ألا يزيد على ${countOf(maximum, CHARACTERS_AFTER_PREPOSITION)}`
  if (issue.origin === 'array' || issue.origin === 'set') return `القائمة أطول من المسموح: يجب ألا تزيد على ${countOf(maximum, ITEMS_AFTER_PREPOSITION)}`
  return issue.inclusive === false ? `يجب أن تكون القيمة أصغر من ${maximum}` : `يجب ألا تزيد القيمة على ${maximum}`
}

const invalidFormat = (issue: Extract<Issue, {code: 'invalid_format'}>): string => {
  const value = shown(issue.input)
  if (issue.format === 'starts_with' && 'prefix' in issue) return `القيمة ${value} يجب أن تبدأ بـ «${String(issue.prefix)}»`
  const name = FORMAT_NAMES[issue.format]
  if (name) return `القيمة ${value} ليست ${name}`
  return `القيمة ${value} ليست بالصيغة المطلوبة`
}

/** The Arabic message for one zod issue; pass it as the `error` of a parse. */
export const schemaIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'الحقل مطلوب وليست له قيمة'
      return `المتوقع ${kindName(issue.expected)}، والموجود ${kindName(kindOf(issue.input))}`
    case 'invalid_value':
      if (issue.input === undefined) return `الحقل مطلوب وليست له قيمة؛ الخيارات المسموحة: ${choices(issue.values)}`
      if (issue.values.length === 1) return `المتوقع القيمة «${String(issue.values[0])}»، والموجود ${shown(issue.input)}`
      return `القيمة ${shown(issue.input)} ليست من الخيارات المسموحة: ${choices(issue.values)}`
    case 'invalid_union':
      // A discriminated union reports the whole object as its input; the writer needs the type it named.
      const options = 'options' in issue ? (issue.options as readonly unknown[] | undefined) : undefined
      if (options && options.length > 0 && issue.discriminator) {
        const named = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[issue.discriminator] : issue.input
        return named === undefined ? `الحقل ${issue.discriminator} مطلوب؛ الأنواع المسموحة: ${listed(options)}` : `النوع ${shown(named)} غير معروف هنا؛ الأنواع المسموحة: ${listed(options)}`
      }
      return 'القيمة لا تطابق أيًّا من الأشكال المسموحة لهذا الحقل'
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'invalid_format':
      return invalidFormat(issue)
    case 'not_multiple_of':
      return `يجب أن تكون القيمة من مضاعفات ${String(issue.divisor)}`
    case 'unrecognized_keys':
      return `حقول غير معروفة في نموذج المحتوى: ${listed(issue.keys)}`
    default:
      return 'القيمة غير صالحة لهذا الحقل'
  }
}
