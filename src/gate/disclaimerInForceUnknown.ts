// Which disclaimer a clinic's pages must show is the one in force in its jurisdiction today
// (currentDisclaimer.ts), picked among the disclaimers that reached the graph. A disclaimer that
// failed the content model never gets there: if it may be the one in force (its jurisdiction is
// the clinic's or unreadable, its effective date unreadable or later than the valid one in force
// and not after today), picking among the others would publish last year's text, and tell writers
// to add it. So is one of two valid disclaimers in force from the same day, between which
// currentDisclaimer picks by id only so that every run picks the same. The disclaimer in force is
// then unknown: disclaimer-missing, at the preset's severity, on the clinic's release as a whole
// (clinicFindings), so nothing new is published and the live site stays as it was. Pure.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Disclaimer} from '../content/documents/disclaimer.ts'
import type {InvalidDisclaimer} from '../content/parseDocuments.ts'
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {currentDisclaimer} from '../checks/currentDisclaimer.ts'
import {localeOfJurisdiction} from '../locale/jurisdictionLocale.ts'
import {formatDate} from '../locale/localeFormat.ts'
import type {Finding} from '../findings/finding.ts'
import type {Preset} from '../presets/preset.ts'
import {presetFindings} from './runPresetRules.ts'

const named = (disclaimer: Disclaimer): string => `«${disclaimer.title}» (${disclaimer._id}، الإصدار ${disclaimer.version})`

/** The valid disclaimers of the clinic's country in force from the same day as the one picked, that one included; none when it stands alone. */
const sameDayDisclaimers = (graph: ContentGraph, valid: Disclaimer | undefined): Disclaimer[] => {
  if (!valid) return []
  const tied = [...graph.disclaimers.values()].filter((disclaimer) => disclaimer.jurisdiction === valid.jurisdiction && disclaimer.effectiveDate === valid.effectiveDate)
  return tied.length > 1 ? tied : []
}

export const disclaimerInForceUnknown = (clinic: Clinic, graph: ContentGraph, invalid: readonly InvalidDisclaimer[], today: string, preset: Preset): Finding[] => {
  const valid = currentDisclaimer(graph, clinic.jurisdiction, today)
  const tied = sameDayDisclaimers(graph, valid)
  if (invalid.length === 0 && tied.length === 0) return []
  const country = labelOf(JURISDICTIONS, clinic.jurisdiction)
  const mayBeInForce = invalid.filter(({jurisdiction, effectiveDate}) => {
    if (jurisdiction !== undefined && jurisdiction !== clinic.jurisdiction) return false
    return effectiveDate === undefined || (effectiveDate <= today && (valid === undefined || effectiveDate >= valid.effectiveDate))
  })
  const sameDay = tied.map((disclaimer) => ({
    // The day as the clinic's country writes it. An invalid disclaimer's date (below) stays as it was typed: it may be no day at all.
    message: `إخلاء المسؤولية الطبية ${named(disclaimer)} يسري في ${country} منذ ${formatDate(localeOfJurisdiction(clinic.jurisdiction), disclaimer.effectiveDate)}، وهو اليوم نفسه الذي يسري منه ${tied.filter((other) => other !== disclaimer).map(named).join('، ')}. لا يُعرف إذن أيهما الساري الذي يجب أن تعرضه صفحات العيادة، فلا يُنشر لها إصدار جديد ويبقى موقعها المنشور كما كان. يُصحَّح «تاريخ السريان» لأحدهما، أو يُحذف المكرَّر، ثم يُعاد النشر.`,
    documentId: disclaimer._id,
    path: 'effectiveDate',
  }))
  return presetFindings(preset, 'disclaimer-missing', [
    ...sameDay,
    ...mayBeInForce.map(({id, effectiveDate}) => ({
      message: `إخلاء المسؤولية الطبية ${id} لا يطابق نموذج المحتوى (انظر خطأ schema-invalid عليه)، وقد يكون هو الساري الآن في ${country}: ${effectiveDate ? `يسري منذ ${effectiveDate}` : 'تاريخ سريانه غير مقروء'}${valid ? `، بعد «${valid.title}» (${valid._id})` : ''}. لا يُعرف إذن أي إخلاء مسؤولية يجب أن تعرضه صفحات العيادة، فلا يُنشر لها إصدار جديد ويبقى موقعها المنشور كما كان. يُصحَّح المستند ويُعاد نشره.`,
      documentId: id,
      path: '',
    })),
  ])
}
