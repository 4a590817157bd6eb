// A required text field's rule in the Studio: filled, and with something a reader would see.
// `rule.required()` alone accepts a name of spaces or a disclaimer of one zero-width space, which the
// zod boundary then refuses (requiredText in fields.ts): the writer learns it here, by the same test
// and in the same words, before publishing.
import type {StringRule, TextRule} from 'sanity'
import {BLANK_TEXT_MESSAGE, hasVisibleText} from '../../content/fields.ts'

const visible = (value: unknown): true | string => typeof value !== 'string' || value === '' || hasVisibleText(value) || BLANK_TEXT_MESSAGE

/** For `string` and `text` fields alike. */
export const requiredTextValidation = <R extends StringRule | TextRule>(rule: R): R => (rule as StringRule).required().custom(visible) as R
