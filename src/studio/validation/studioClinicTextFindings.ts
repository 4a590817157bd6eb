// The gate of a clinic's own texts as the Studio runs it on one (possibly draft) clinic or disclaimer:
// parse it at the zod boundary (draftStandIns.ts), run the text rules of its own jurisdiction's preset
// on the texts every page of a site shows (clinicOwnTexts, disclaimerTexts: the same texts and
// functions the build's checkClinicTexts runs), and say what an error holds back. Pure.
import {clinicOwnTexts, disclaimerTexts} from '../../checks/textsShown.ts'
import {buildContentGraph} from '../../content/contentGraph.ts'
import {labelOf, JURISDICTIONS} from '../../content/vocabulary.ts'
import type {Finding} from '../../findings/finding.ts'
import {runTextRules} from '../../gate/runPresetRules.ts'
import {presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {parseDraft, withStandInFindings} from './draftStandIns.ts'
import {withHeldBackNote} from './studioFinding.ts'

export interface StudioClinicTextsInput {
  document: unknown
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

/** Why an error on this form blocks more than one page: the text is on every page of the site(s). */
export const CLINIC_HELD_BACK_NOTE = 'يظهر في كل صفحة من موقع العيادة؛ حتى يُصلَح لا يُنشر لها إصدار جديد، ويبقى موقعها السابق كما هو'

export const disclaimerHeldBackNote = (jurisdiction: Jurisdiction): string =>
  `يظهر في كل صفحة من مواقع عيادات ${labelOf(JURISDICTIONS, jurisdiction)} ما دام هذا الإصدار ساريًا؛ حتى يُصلَح لا يُنشر لها إصدار جديد، وتبقى مواقعها السابقة كما هي`

/**
 * The findings of a clinic's or disclaimer's form, under the preset of the document's own
 * jurisdiction (a disclaimer applies to its own country's clinics). Until the country is chosen the
 * draft does not parse, and its schema findings say so.
 */
export const studioClinicTextFindings = ({document, presets = presetsByJurisdiction}: StudioClinicTextsInput): Finding[] => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return 'findings' in draft ? [...draft.findings] : []
  const own = draft.document
  if (own._type !== 'clinic' && own._type !== 'disclaimer') return []
  const {jurisdiction} = own
  const texts = own._type === 'clinic' ? clinicOwnTexts(own) : disclaimerTexts(own)
  const findings = runTextRules({texts, jurisdiction, graph: buildContentGraph([own]), preset: presets[jurisdiction]})
  return withStandInFindings(draft, withHeldBackNote(findings, own._type === 'clinic' ? CLINIC_HELD_BACK_NOTE : disclaimerHeldBackNote(jurisdiction)))
}
