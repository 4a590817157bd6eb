// Intl formatters are expensive to construct (profiles of a 4,000-article build showed them as the
// top CPU cost) and immutable once built, so each distinct locale + options pair is built once.

const cache = new Map<string, unknown>()

const cached = <T>(kind: string, locale: string, options: object | undefined, make: () => T): T => {
  const key = `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ''}`
  let formatter = cache.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    cache.set(key, formatter)
  }
  return formatter
}

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options))

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options))

export const pluralRules = (locale: string): Intl.PluralRules => cached('plural', locale, undefined, () => new Intl.PluralRules(locale))

/** The order of `a.localeCompare(b)` (the default locale), without building a collator for every comparison. */
export const compareText: (a: string, b: string) => number = cached('collator', '', undefined, () => new Intl.Collator()).compare

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options))
