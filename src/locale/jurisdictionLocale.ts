// The locale whose dates and numbers Sanad writes for a country's reviewers and writers (Intl: ar-EG
// and ar-SA write Arabic-Indic digits, ar-AE Latin ones), so a finding reads as that country's sites do.
import type {CLINIC_LOCALES, JURISDICTIONS, ValueOf} from '../content/vocabulary.ts'

export type ClinicLocale = ValueOf<typeof CLINIC_LOCALES>

const LOCALE_OF: Readonly<Record<ValueOf<typeof JURISDICTIONS>, ClinicLocale>> = {EG: 'ar-EG', SA: 'ar-SA', AE: 'ar-AE'}

export const localeOfJurisdiction = (jurisdiction: ValueOf<typeof JURISDICTIONS>): ClinicLocale => LOCALE_OF[jurisdiction]
