// The disclaimer the gate requires of every article a clinic publishes: its country's version in
// force on the clinic's calendar day. The page footer, the API and the Markdown export all show it.
import {currentDisclaimer} from '../../checks/currentDisclaimer.ts'
import type {Disclaimer} from '../../content/documents/disclaimer.ts'
import {todayFor} from '../../presets/index.ts'
import type {RenderSiteInput} from './types.ts'

export const clinicDisclaimer = ({graph, clinic, now}: Pick<RenderSiteInput, 'graph' | 'clinic' | 'now'>): Disclaimer | undefined =>
  currentDisclaimer(graph, clinic.jurisdiction, todayFor(clinic.jurisdiction, now))
