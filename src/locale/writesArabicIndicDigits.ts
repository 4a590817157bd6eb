// Whether a locale writes numbers with Arabic-Indic digits, as CLDR says (ar-EG and ar-SA do, ar-AE
// does not), so that the text around Intl's numbers can follow it (localDigits.ts).
import {numberFormat} from './intlCache.ts'

const answers = new Map<string, boolean>()

export const writesArabicIndicDigits = (locale: string): boolean => {
  let answer = answers.get(locale)
  if (answer === undefined) answers.set(locale, (answer = numberFormat(locale).resolvedOptions().numberingSystem === 'arab'))
  return answer
}
