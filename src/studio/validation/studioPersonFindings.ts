// What the Studio shows on a person's own form, as the gate of every article they wrote or reviewed
// sees them: what the zod boundary refuses (the person is left out of the build, and those articles
// are reference-broken), and the text rules on what their byline shows (personTexts), under every
// country's preset, since a byline goes to any clinic's article. Pure.
import {personTexts} from '../../checks/textsShown.ts'
import {buildContentGraph} from '../../content/contentGraph.ts'
import type {Finding} from '../../findings/finding.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {parseDraft} from './draftStandIns.ts'
import {linkedTextFindings} from './linkedTextFindings.ts'
import {withHeldBackNote, type StudioFinding} from './studioFinding.ts'

export interface StudioPersonInput {
  document: unknown
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

/** Why an error on this form holds back more than the person: their byline is on every article they wrote or reviewed. */
export const BYLINE_HELD_BACK_NOTE = 'يظهر في توقيع كل مقال كتبه هذا الشخص أو راجعه؛ حتى يُصلَح لا تُنشر تلك المقالات'

export const studioPersonFindings = ({document, presets}: StudioPersonInput): (Finding | StudioFinding)[] => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return 'findings' in draft ? [...draft.findings] : []
  const person = draft.document
  if (person._type !== 'person') return []
  return withHeldBackNote(linkedTextFindings({texts: personTexts(person), graph: buildContentGraph([person]), ...(presets ? {presets} : {})}), BYLINE_HELD_BACK_NOTE)
}
