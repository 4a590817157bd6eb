// The nouns Sanad counts in messages to writers and reviewers, in each form arabicCount.ts picks by
// number. A noun has one entry per grammatical place where the count stands, since the dual changes
// with it («يومان» as a subject, «يومين» after «بعد», «منذ» or «خلال»). A noun ending in ta marbuta is
// written without the tanwin mark after 11–99 («١١ مشكلة»), as ordinary Arabic prints it.
import type {CountedNoun} from './arabicCount.ts'

/** A release's files, after a label: «الإصدار: ٣٩ ملفًا». */
export const FILES: CountedNoun = {one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: 'ملفًا', other: 'ملف'}

/** Days after a preposition: «بعد ٥ أيام», «منذ يومين», «خلال ٣٠ يومًا». */
export const DAYS_AFTER_PREPOSITION: CountedNoun = {one: 'يوم واحد', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم'}

/** A review period, after «كل» or as the object of «لا يتجاوز»: «كل ٦ أشهر», «كل ١٢ شهرًا». */
export const MONTHS_OF_PERIOD: CountedNoun = {one: 'شهر واحد', two: 'شهرين', few: 'أشهر', many: 'شهرًا', other: 'شهر'}

/** Problems that block an article, as the subject: «تحجبه مشكلتان». */
export const BLOCKING_PROBLEMS: CountedNoun = {one: 'مشكلة واحدة', two: 'مشكلتان', few: 'مشكلات', many: 'مشكلة', other: 'مشكلة'}

/** The problems a list did not show, after «و»: «و٣ مشكلات أخرى». */
export const MORE_PROBLEMS: CountedNoun = {one: 'مشكلة أخرى', two: 'مشكلتان أخريان', few: 'مشكلات أخرى', many: 'مشكلة أخرى', other: 'مشكلة أخرى'}

/** A label: «ادعاءان غير معتمدين», «١١ ادعاءً غير معتمد». */
export const UNAPPROVED_CLAIMS: CountedNoun = {one: 'ادعاء واحد غير معتمد', two: 'ادعاءان غير معتمدين', few: 'ادعاءات غير معتمدة', many: 'ادعاءً غير معتمد', other: 'ادعاء غير معتمد'}

/** Validation errors on a claim, as the subject: «في الادعاء خطآن في التحقق». */
export const VALIDATION_ERRORS: CountedNoun = {one: 'خطأ واحد في التحقق', two: 'خطآن في التحقق', few: 'أخطاء في التحقق', many: 'خطأً في التحقق', other: 'خطأ في التحقق'}

/** Characters a list did not show, after «و»: «و٣ محارف أخرى». */
export const MORE_CHARACTERS: CountedNoun = {one: 'محرف آخر', two: 'محرفان آخران', few: 'محارف أخرى', many: 'محرفًا آخر', other: 'محرف آخر'}

/** A text's length after «عن» or «على»: «ألا يقل عن ٣ أحرف», «ألا يزيد على حرفين». */
export const CHARACTERS_AFTER_PREPOSITION: CountedNoun = {one: 'حرف واحد', two: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف'}

/** A list's length after «عن» or «على»: «ألا تقل عن ٣ عناصر». */
export const ITEMS_AFTER_PREPOSITION: CountedNoun = {one: 'عنصر واحد', two: 'عنصرين', few: 'عناصر', many: 'عنصرًا', other: 'عنصر'}

/** A procedure's number of sessions, on its page: «جلسة واحدة», «٣–٦ جلسات», «١٢ جلسة». */
export const SESSIONS: CountedNoun = {one: 'جلسة واحدة', two: 'جلستان', few: 'جلسات', many: 'جلسة', other: 'جلسة'}

/** The search page's count of hits. */
export const SEARCH_RESULTS: CountedNoun = {zero: 'لا توجد نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة'}

/** Articles linking a claim, as the subject after «مربوط به»: «مربوط به مقالان», «مربوط به ١١ مقالًا». */
export const LINKED_ARTICLES: CountedNoun = {one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال'}

/** The articles a list did not name, after «و»: «ومقالان آخران», «و٣ مقالات أخرى», «و١١ مقالًا آخر». */
export const MORE_ARTICLES: CountedNoun = {one: 'مقال آخر', two: 'مقالان آخران', few: 'مقالات أخرى', many: 'مقالًا آخر', other: 'مقال آخر'}
