// The text formats a field must have, in one place for the Studio's validation (schemas/) and the
// zod boundary, each with the name and example a writer is shown when a value does not fit.
import {z} from 'zod'
export interface FieldFormat {
  pattern: RegExp
  /** What the value is, in Arabic, as the Studio names the pattern and the build's message says it. */
  name: string
  example: string
}

export const PMID_FORMAT: FieldFormat = {pattern: /^\d{1,9}$/, name: 'رقم PMID (أرقام فقط، حتى 9 أرقام)', example: '31234567'}

export const DOI_FORMAT: FieldFormat = {pattern: /^10\.\d{4,9}\/[^\s\p{Cf}]+$/u, name: 'معرّف DOI (يبدأ بـ 10. ثم رقم الناشر ثم /)', example: '10.1111/jocd.12345'}

export const HEX_COLOUR_FORMAT: FieldFormat = {pattern: /^#[0-9a-fA-F]{6}$/, name: 'رمز لون سداسي عشري (hex)', example: '#1B4F72'}

/**
 * An email (a person's, a clinic's contact): zod's own email pattern, which the boundary always used.
 * Sanity's `rule.email()` trims the value first and takes any letter before the @, so an address with
 * a space after it or an Arabic local part passed the form and failed the build.
 */
export const EMAIL_FORMAT: FieldFormat = {pattern: z.regexes.email, name: 'بريد إلكتروني (حروف لاتينية، بلا مسافات قبله أو بعده)', example: 'name@clinic.example'}

/**
 * The Netlify site `sanad deploy` sends a clinic's release to: the site's API ID (a UUID) or its
 * domain. Letters, digits, hyphens and dots between labels only, since the id is pasted into the
 * Netlify API's path unencoded: «…/../accounts/…?x=» sent the operator's token to another endpoint.
 */
export const NETLIFY_SITE_ID_FORMAT: FieldFormat = {
  pattern: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i,
  name: 'معرّف موقع Netlify (Site ID من إعدادات الموقع في Netlify، أو نطاق الموقع)',
  example: '3970e0fe-8564-4903-9a55-c5f8de49fb8b',
}

/**
 * Every format by name: the field-title catalog records which one a Studio field's own rule checks
 * (FieldTitle.format), so the form can tell the boundary's finding about it from the field's own marker.
 */
export const FIELD_FORMATS = {
  pmid: PMID_FORMAT,
  doi: DOI_FORMAT,
  hexColour: HEX_COLOUR_FORMAT,
  email: EMAIL_FORMAT,
  netlifySiteId: NETLIFY_SITE_ID_FORMAT,
} as const satisfies Record<string, FieldFormat>

export type FieldFormatName = keyof typeof FIELD_FORMATS

/** The message for a value without the format; the build quotes the value, the Studio shows it in the field. */
export const formatMismatch = (format: FieldFormat, value?: string): string =>
  `القيمة ${value === undefined ? '' : `«${value}» `}لا تطابق صيغة ${format.name}؛ مثال صحيح: ${format.example}`
