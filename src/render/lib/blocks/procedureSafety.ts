// A procedure's risks grouped by how often they happen (common → rare, each with its severity) and
// its contraindications split into absolute and defer-until-resolved, each with what to do.
// Used by the `procedureSafety` body block and by the procedure page.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {ContentGraph} from '../../../content/contentGraph.ts'
import type {Procedure} from '../../../content/documents/procedure.ts'
import type {ProcedureSafetyBlock} from '../../../content/portableText.ts'
import {CONTRAINDICATION_KIND_HEADINGS, CONTRAINDICATION_KINDS, RISK_FREQUENCIES, RISK_FREQUENCY_HEADINGS, RISK_SEVERITY_READER_LABELS} from '../../../content/vocabulary.ts'
import {lineBreaks} from '../lineBreaks.ts'
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

export const risksToHast = (procedure: Procedure, graph: ContentGraph): Element[] => {
  const groups = RISK_FREQUENCIES.map(({value}) => {
    const items = procedure.risks.flatMap((entry) => {
      const risk = graph.risks.get(entry.risk._ref)
      if (entry.frequency !== value || !risk) return []
      const severity = h('span', {className: ['severity', `severity-${entry.severity}`]}, `الشدة: ${RISK_SEVERITY_READER_LABELS[entry.severity]}`)
      return [explainedItem('risk', risk, [' ', severity])]
    })
    return items.length === 0 ? [] : [h('h3', RISK_FREQUENCY_HEADINGS[value]), h('ul', {className: ['risk-list']}, items)]
  }).flat()
  if (groups.length === 0) return []
  return [h('section', {className: ['procedure-safety']}, [h('h2', `المخاطر والآثار الجانبية: ${procedure.name}`), ...groups])]
}

export const contraindicationsToHast = (procedure: Procedure, graph: ContentGraph): Element[] => {
  const groups = CONTRAINDICATION_KINDS.map(({value}) => {
    const items = procedure.contraindications.flatMap((entry) => {
      const contraindication = graph.contraindications.get(entry.contraindication._ref)
      return entry.kind === value && contraindication ? [explainedItem('contraindication', contraindication, [])] : []
    })
    return items.length === 0 ? [] : [h('h3', CONTRAINDICATION_KIND_HEADINGS[value]), h('ul', {className: ['contraindication-list']}, items)]
  }).flat()
  if (groups.length === 0) return []
  return [h('section', {className: ['procedure-safety']}, [h('h2', `موانع الاستخدام: ${procedure.name}`), ...groups])]
}

export const procedureSafetyToHast = (block: ProcedureSafetyBlock, context: BodyContext): Element[] => {
  const procedure = context.graph.procedures.get(block.procedure._ref)
  if (!procedure) return []
  return [
    ...(block.show === 'contraindications' ? [] : risksToHast(procedure, context.graph)),
    ...(block.show === 'risks' ? [] : contraindicationsToHast(procedure, context.graph)),
  ]
}
