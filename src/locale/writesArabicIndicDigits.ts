// Whether a locale writes numbers with Arabic-Indic digits, as CLDR says (ar-EG and ar-SA do, ar-AE
// does not), so that the text around Intl's numbers can follow it (localDigits.ts).
import {numberFormat} from './intlCache.ts'

export const writesArabicIndicDigits = (locale: string): boolean => numberFormat(locale).resolvedOptions().numberingSystem === 'arab'
