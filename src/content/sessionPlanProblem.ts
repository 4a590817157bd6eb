// A procedure's usual course is three ranges (sessions, weeks between them, minutes each), each a
// least and a most: with the least above the most (9 and 6 sessions) the page reads them swapped
// («٦–٩ جلسات») while the API publishes them as typed, and 0 sessions or a session of 0 minutes is
// no course of treatment. One rule for the Studio's fields and the zod boundary, which documents
// written through the API or imported reach without the Studio's check. Pure.

export type SessionPlanField = 'countMin' | 'countMax' | 'intervalWeeksMin' | 'intervalWeeksMax' | 'durationMinutesMin' | 'durationMinutesMax'

interface PlanRange {
  min: SessionPlanField
  max: SessionPlanField
  /** The least either bound may be, and how a message says it. */
  floor: number
  belowFloor: string
}

// Data, so the ranges read as the form shows them: titles as in schemas/objects/sessionPlan.ts.
const RANGES: readonly PlanRange[] = [
  {min: 'countMin', max: 'countMax', floor: 1, belowFloor: 'يجب أن يكون جلسة واحدة على الأقل'},
  {min: 'intervalWeeksMin', max: 'intervalWeeksMax', floor: 0, belowFloor: 'يجب ألا يكون سالبًا'},
  {min: 'durationMinutesMin', max: 'durationMinutesMax', floor: 1, belowFloor: 'يجب أن يكون دقيقة واحدة على الأقل'},
]

const TITLES: Record<SessionPlanField, string> = {
  countMin: 'أقل عدد للجلسات',
  countMax: 'أكبر عدد للجلسات',
  intervalWeeksMin: 'أقل فاصل بين الجلسات (أسابيع)',
  intervalWeeksMax: 'أكبر فاصل بين الجلسات (أسابيع)',
  durationMinutesMin: 'أقل مدة للجلسة (دقائق)',
  durationMinutesMax: 'أكبر مدة للجلسة (دقائق)',
}

export const SESSION_PLAN_FIELDS = Object.keys(TITLES) as SessionPlanField[]

export type SessionPlanValues = Partial<Record<SessionPlanField, unknown>>

/** What is wrong with one field of the plan, in Arabic, or `undefined` when it is in order (or not set). */
export const sessionPlanProblem = (field: SessionPlanField, plan: SessionPlanValues | undefined): string | undefined => {
  const value = plan?.[field]
  if (typeof value !== 'number') return undefined
  const range = RANGES.find((candidate) => candidate.min === field || candidate.max === field)!
  if (value < range.floor) return `«${TITLES[field]}» ${range.belowFloor}، لا ${value}`
  const least = plan?.[range.min]
  if (field === range.max && typeof least === 'number' && least >= range.floor && value < least) {
    return `«${TITLES[range.max]}» (${value}) يجب ألا يقل عن «${TITLES[range.min]}» (${least})؛ لعل القيمتين كُتبتا مقلوبتين`
  }
  return undefined
}
