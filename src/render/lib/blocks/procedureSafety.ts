// A procedure's risks grouped by how often they happen (common → rare, each with its severity) and
// its contraindications split into absolute and defer-until-resolved, each with what to do.
// Used by the `procedureSafety` body block and by the procedure page. In an article, procedures whose
// lists are the same (mesotherapy of the scalp and of the skin) share one section naming them all, so
// the page does not show a patient the same ten risks twice. A section the writer placed under one of
// their headings is headed one level below it, so a screen reader's outline keeps the writer's
// sections whole (WCAG 1.3.1); elsewhere it is a top-level section of the page (h2).
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {ContentGraph} from '../../../content/contentGraph.ts'
import type {Procedure} from '../../../content/documents/procedure.ts'
import type {ProcedureSafetyBlock} from '../../../content/portableText.ts'
import {CONTRAINDICATION_KINDS, RISK_FREQUENCIES, RISK_FREQUENCY_HEADINGS, RISK_SEVERITY_READER_LABELS} from '../../../content/vocabulary.ts'
import {listFormat} from '../../../locale/intlCache.ts'
import {oncePerObject} from '../../../memo/oncePerObject.ts'
import {SAFETY_PARTS, type SafetyPart} from '../missingSafetyBlocks.ts'
import {lineBreaks} from '../lineBreaks.ts'
import {procedureWording} from '../procedureWording.ts'
import type {BodyContext} from './bodyContext.ts'

interface Explained {
  name: string
  explanation?: string | undefined
  whatToDo?: string | undefined
}

const explainedItem = (className: string, item: Explained, badge: (Element | string)[]): Element =>
  h('li', {className: [className]}, [
    h('p', {className: ['item-name']}, [h('strong', item.name), ...badge]),
    item.explanation ? h('p', lineBreaks(item.explanation)) : [],
    item.whatToDo ? h('p', {className: ['what-to-do']}, [h('strong', 'ما يُنصح به: '), ...lineBreaks(item.whatToDo)]) : [],
  ])

/** The level of a section's heading; its groups are headed one level below. */
export type SafetyHeadingLevel = 2 | 3 | 4

const headingTag = (level: number): string => `h${level}`

/** A safety section headed «<heading>: الميزوثيرابي لفروة الرأس والميزوثيرابي للبشرة»; nothing when it has no groups. */
const safetySection = (heading: string, procedures: readonly Procedure[], groups: Element[], level: SafetyHeadingLevel): Element[] => {
  if (groups.length === 0) return []
  const names = listFormat('ar', {type: 'conjunction'}).format(procedures.map((procedure) => procedure.name))
  return [h('section', {className: ['procedure-safety']}, [h(headingTag(level), `${heading}: ${names}`), ...groups])]
}

export const risksToHast = (procedure: Procedure, graph: ContentGraph, sharedWith: readonly Procedure[] = [], level: SafetyHeadingLevel = 2): Element[] => {
  const groups = RISK_FREQUENCIES.map(({value}) => {
    const items = procedure.risks.flatMap((entry) => {
      const risk = graph.risks.get(entry.risk._ref)
      if (entry.frequency !== value || !risk) return []
      const severity = h('span', {className: ['severity', `severity-${entry.severity}`]}, `الشدة: ${RISK_SEVERITY_READER_LABELS[entry.severity]}`)
      return [explainedItem('risk', risk, [' ', severity])]
    })
    return items.length === 0 ? [] : [h(headingTag(level + 1), RISK_FREQUENCY_HEADINGS[value]), h('ul', {className: ['risk-list']}, items)]
  }).flat()
  return safetySection('المخاطر والآثار الجانبية', [procedure, ...sharedWith], groups, level)
}

export const contraindicationsToHast = (procedure: Procedure, graph: ContentGraph, sharedWith: readonly Procedure[] = [], level: SafetyHeadingLevel = 2): Element[] => {
  const groups = CONTRAINDICATION_KINDS.map(({value}) => {
    const items = procedure.contraindications.flatMap((entry) => {
      const contraindication = graph.contraindications.get(entry.contraindication._ref)
      return entry.kind === value && contraindication ? [explainedItem('contraindication', contraindication, [])] : []
    })
    return items.length === 0 ? [] : [h(headingTag(level + 1), procedureWording(procedure).contraindicationHeadings[value]), h('ul', {className: ['contraindication-list']}, items)]
  }).flat()
  return safetySection('موانع الاستخدام', [procedure, ...sharedWith], groups, level)
}

/**
 * What each part shows of a procedure: the same key, the same section. Once per procedure object:
 * the body is rendered per article and clinic, the lists are the procedure's own.
 */
const partKeys = oncePerObject((procedure: Procedure): Readonly<Record<SafetyPart, string>> => ({
  risks: JSON.stringify(procedure.risks.map((entry) => [entry.risk._ref, entry.frequency, entry.severity])),
  // Its headings say «الإجراء» or «العلاج»: the same list of another setting is another section.
  contraindications: JSON.stringify([procedure.setting, procedure.contraindications.map((entry) => [entry.contraindication._ref, entry.kind])]),
}))

/**
 * The sections each `procedureSafety` block of a body shows: its risks, then its contraindications,
 * except a part identical to one an earlier block shows, which is not shown again; the earlier
 * section names this procedure too. `levels` gives a block's heading level (2 when it has none).
 */
export const procedureSafetySections = (
  blocks: readonly ProcedureSafetyBlock[],
  context: BodyContext,
  levels: ReadonlyMap<ProcedureSafetyBlock, SafetyHeadingLevel> = new Map(),
): Map<ProcedureSafetyBlock, Element[]> => {
  const sections: {block: ProcedureSafetyBlock; part: SafetyPart; procedure: Procedure; key: string; sharedWith: Procedure[]}[] = []
  for (const block of blocks) {
    const procedure = context.graph.procedures.get(block.procedure._ref)
    if (!procedure) continue
    for (const part of SAFETY_PARTS[block.show]) {
      const key: string = partKeys(procedure)[part]
      const same = sections.find((section) => section.part === part && section.key === key)
      if (!same) sections.push({block, part, procedure, key, sharedWith: []})
      else if (same.procedure !== procedure && !same.sharedWith.includes(procedure)) same.sharedWith.push(procedure)
    }
  }
  const byBlock = new Map<ProcedureSafetyBlock, Element[]>(blocks.map((block) => [block, []]))
  for (const {block, part, procedure, sharedWith} of sections) {
    const level = levels.get(block) ?? 2
    byBlock.get(block)!.push(...(part === 'risks' ? risksToHast(procedure, context.graph, sharedWith, level) : contraindicationsToHast(procedure, context.graph, sharedWith, level)))
  }
  return byBlock
}
