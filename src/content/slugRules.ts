// What a slug may contain. One rule shared by the Studio (so writers see it while typing) and the
// zod boundary (so nothing else reaches the build). Page slugs may be Arabic letters; clinic slugs
// name output folders and Netlify sites, so they are lowercase Latin.

const PAGE_SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u
const CLINIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const PAGE_SLUG_MESSAGE = 'المعرّف يقبل الحروف والأرقام مفصولة بشرطات فقط، بلا تشكيل أو مسافات أو علامات ترقيم'
export const CLINIC_SLUG_MESSAGE = 'معرّف العيادة يقبل الحروف اللاتينية الصغيرة والأرقام مفصولة بشرطات فقط (مثل nour-cairo)'

export const isPageSlug = (value: string): boolean => PAGE_SLUG.test(value)
export const isClinicSlug = (value: string): boolean => CLINIC_SLUG.test(value)
