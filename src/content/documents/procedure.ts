// zod boundary for `procedure` documents.
import {z} from 'zod'
import {documentBase, optionalText, reference, requiredText, slug} from '../fields.ts'
import {SESSION_PLAN_FIELDS, sessionPlanProblem} from '../sessionPlanProblem.ts'
import {
  ANAESTHESIA_KINDS,
  CONTRAINDICATION_KINDS,
  PROCEDURE_CATEGORIES,
  PROCEDURE_SETTINGS,
  RISK_FREQUENCIES,
  RISK_SEVERITIES,
  valuesOf,
} from '../vocabulary.ts'

const count = z.number().int()

export const procedureDocument = z.object({
  ...documentBase,
  _type: z.literal('procedure'),
  name: requiredText,
  slug,
  category: z.enum(valuesOf(PROCEDURE_CATEGORIES)),
  // Procedures written before the field existed were all done at the clinic.
  setting: z.enum(valuesOf(PROCEDURE_SETTINGS)).default('inClinic'),
  summary: requiredText,
  howPerformed: optionalText,
  sessions: z
    .object({
      countMin: count,
      countMax: count,
      intervalWeeksMin: z.number(),
      intervalWeeksMax: z.number(),
      durationMinutesMin: z.number(),
      durationMinutesMax: z.number(),
    })
    .partial()
    // Each bound at least its floor, and each most not below its least: sessionPlanProblem, shared with the Studio.
    .superRefine((sessions, context) => {
      for (const field of SESSION_PLAN_FIELDS) {
        const problem = sessionPlanProblem(field, sessions)
        if (problem) context.addIssue({code: 'custom', path: [field], message: problem})
      }
    })
    .optional(),
  anaesthesia: z.enum(valuesOf(ANAESTHESIA_KINDS)).optional(),
  downtime: optionalText,
  alternatives: z.array(reference).default([]),
  risks: z
    .array(
      z.object({
        _key: z.string(),
        risk: reference,
        frequency: z.enum(valuesOf(RISK_FREQUENCIES)),
        severity: z.enum(valuesOf(RISK_SEVERITIES)),
      }),
    )
    .default([]),
  contraindications: z
    .array(
      z.object({
        _key: z.string(),
        contraindication: reference,
        kind: z.enum(valuesOf(CONTRAINDICATION_KINDS)),
      }),
    )
    .default([]),
})
export type Procedure = z.infer<typeof procedureDocument>
