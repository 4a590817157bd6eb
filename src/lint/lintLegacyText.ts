// Lints a legacy article (Markdown or plain text) the way the publish gate would judge its prose,
// for a clinic audit before migration: banned claims at their line:column, and disclaimer-missing
// when the text has no educational-use medical disclaimer. Severities come from the jurisdiction's
// preset, so an audit and the gate never disagree about what blocks. Pure.
import {findClaims} from '../arabic/claims/findClaims.ts'
import {describeClaim, phrasebookFor} from '../checks/banned-claim.ts'
import {cappedSeverity} from '../findings/finding.ts'
import {presetFor} from '../presets/index.ts'
import {ruleSetting, type Jurisdiction, type Preset} from '../presets/preset.ts'
import {hasEducationalDisclaimer} from './educationalDisclaimer.ts'
import {markdownTextUnits, plainTextUnits, type TextUnit} from './textUnits.ts'
import {createPositionLookup} from './textPosition.ts'

export type LegacyFormat = 'markdown' | 'text'

export interface LintFinding {
  ruleId: 'banned-claim' | 'disclaimer-missing'
  severity: 'error' | 'warning'
  /** Arabic, for the writer. */
  message: string
  line: number
  column: number
  /** The offending words as written; `''` for a finding about the whole text. */
  excerpt: string
  /** banned-claim only: the category id from the phrasebook. */
  category?: string
  /** Offset in the source, for sorting and for tools. */
  offset: number
}

export interface LintLegacyInput {
  source: string
  format: LegacyFormat
  jurisdiction: Jurisdiction
  /** Defaults to the jurisdiction's publish-gate preset. */
  preset?: Preset
}

export const DISCLAIMER_MISSING_MESSAGE =
  'لا يحتوي النص على إخلاء مسؤولية طبي تثقيفي: جملة تقول إن المحتوى للتثقيف ولا يغني عن استشارة الطبيب أو التشخيص أو التقييم الطبي. ' +
  'نصيحة «استشيري الطبيب قبل الحقن» أو عنوان «تنبيه» فوق تحذير من الآثار الجانبية لا تكفي. ' +
  'اقتراح: أضف في آخر المقال «المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي»، وعند النقل إلى سند أضف كتلة إخلاء المسؤولية المعتمدة لدولة العيادة.'

export const lintLegacyText = ({source, format, jurisdiction, preset = presetFor(jurisdiction)}: LintLegacyInput): LintFinding[] => {
  const units: TextUnit[] = format === 'markdown' ? markdownTextUnits(source) : plainTextUnits(source)
  const positionOf = createPositionLookup(source)
  const findings: LintFinding[] = []

  const claims = ruleSetting(preset, 'banned-claim')
  if (claims.severity !== 'off') {
    const phrasebook = phrasebookFor(claims.options, jurisdiction)
    for (const unit of units) {
      for (const match of findClaims(unit.text, phrasebook)) {
        const offset = unit.sourceOffset[match.start]!
        const severity = cappedSeverity(match.severity, claims.severity)
        findings.push({
          ruleId: 'banned-claim',
          severity,
          message: describeClaim(match),
          ...positionOf(offset),
          excerpt: match.excerpt,
          category: match.categoryId,
          offset,
        })
      }
    }
  }

  const disclaimer = ruleSetting(preset, 'disclaimer-missing')
  if (disclaimer.severity !== 'off' && !hasEducationalDisclaimer(units.map((unit) => unit.bodyText))) {
    findings.push({ruleId: 'disclaimer-missing', severity: disclaimer.severity, message: DISCLAIMER_MISSING_MESSAGE, line: 1, column: 1, excerpt: '', offset: 0})
  }
  return findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId))
}

export const legacyFormatOf = (path: string): LegacyFormat => (/\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'text')
