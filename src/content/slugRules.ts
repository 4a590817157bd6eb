// What a slug may contain. One rule shared by the Studio (so writers see it while typing) and the
// zod boundary (so nothing else reaches the build). Page slugs may be Arabic letters; clinic slugs
// name output folders and Netlify sites, so they are lowercase Latin.

const PAGE_SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u
// Tatweel and compatibility characters are letters to Unicode, but «حقـن», «ﺣﻘﻦ» (presentation
// forms), «ｍｅｓｏ» (fullwidth), «ﬁller» (a ligature) look like «حقن», «meso», «filler»: two addresses
// a reader cannot tell apart, which slug-duplicate would not see. A compatibility character is one
// NFKC replaces, so that is the test rather than a list of ranges.
const TATWEEL = /\u0640/u
const hasLookAlike = (value: string): boolean => TATWEEL.test(value) || value.normalize('NFKC') !== value
/** Marks, tatweel and format characters: what a title has and an address must not. */
const DROPPED_FROM_TITLE = /[\p{M}\u0640\p{Cf}]/gu
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu
const CLINIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// A slug names a folder or a file (dist/<clinic>/, articles/<slug>/, api/v1/articles/<slug>.json):
// Windows opens a device, not a folder or a file, for these names in any letter case and with any
// extension (Microsoft's «Naming Files, Paths, and Namespaces» lists COM0 and LPT0 too).
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i
const WINDOWS_DEVICE_NAMES = 'con وprn وaux وnul وcom0–com9 وlpt0–lpt9'

/** The longest page slug the Studio generates or accepts. */
export const PAGE_SLUG_MAX_LENGTH = 96
// A slug names a folder and files (articles/<slug>/, api/v1/articles/<slug>.json): no file system
// takes a name past 255 bytes, and one such slug would fail the clinic's whole release. 96 Arabic
// letters are 192 bytes; the byte bound only stops letters of three or four bytes each.
const PAGE_SLUG_MAX_BYTES = 200
/** A clinic slug is also a Netlify site name and a DNS label: 63 characters at most. */
const CLINIC_SLUG_MAX_LENGTH = 63
const utf8 = new TextEncoder()

export const PAGE_SLUG_MESSAGE = `المعرّف يقبل الحروف والأرقام مفصولة بشرطات فقط، بلا تشكيل أو تطويل أو مسافات أو علامات ترقيم أو أشكال بديلة للحروف (كالحروف العريضة «ｍ» أو المركّبة «ﻻ»)، وبطول ${PAGE_SLUG_MAX_LENGTH} حرفًا على الأكثر، ولا يكون اسمًا يحجزه ويندوز لأجهزته (${WINDOWS_DEVICE_NAMES}) فلا تُنشأ به الصفحة`
export const CLINIC_SLUG_MESSAGE = `معرّف العيادة يقبل الحروف اللاتينية الصغيرة والأرقام مفصولة بشرطات فقط (مثل nour-cairo)، وبطول ${CLINIC_SLUG_MAX_LENGTH} حرفًا على الأكثر، ولا يكون اسمًا يحجزه ويندوز لأجهزته (${WINDOWS_DEVICE_NAMES}) فلا يُنشأ به مجلد الموقع`

export const isPageSlug = (value: string): boolean =>
  PAGE_SLUG.test(value) &&
  !hasLookAlike(value) &&
  !WINDOWS_DEVICE_NAME.test(value) &&
  [...value].length <= PAGE_SLUG_MAX_LENGTH &&
  utf8.encode(value).length <= PAGE_SLUG_MAX_BYTES

/**
 * The Studio's "Generate" for a page slug: the title's words as they read, joined by dashes. Sanity's
 * own slugify transliterates Arabic («almyzwthyraby-llshar»), which becomes a permanent address no
 * reader can read. Presentation forms become letters (NFKC); marks, tatweel and bidi controls go;
 * Latin is lowercased; the slug is cut at a word boundary within `maxLength`.
 */
export const slugifyTitle = (title: string, maxLength = PAGE_SLUG_MAX_LENGTH): string => {
  const words = title.normalize('NFKC').replace(DROPPED_FROM_TITLE, '').toLowerCase().split(NOT_A_WORD).filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) return slug || word.slice(0, maxLength)
    slug = next
  }
  return slug
}
export const isClinicSlug = (value: string): boolean =>
  value.length <= CLINIC_SLUG_MAX_LENGTH && CLINIC_SLUG.test(value) && !WINDOWS_DEVICE_NAME.test(value)
