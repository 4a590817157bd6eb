// A slug field's own rule in the Studio: required, and in the format the zod boundary accepts
// (slugRules.ts). Not `rule.required()`: Sanity then also validates the built-in slug type's
// `current` sub-field, itself required, so an empty slug was marked twice, on the field and again
// under «… / Current slug». A custom rule runs on an empty value too, and marks the field once.
// TypeGen sees only `required()`, so sanity.types.ts calls the slugs optional; the zod boundary,
// which is what the pipeline reads, requires them, and the field catalog reads this rule as required.
import type {SlugRule, SlugValue} from 'sanity'
import {ARABIC_VALIDATION_MESSAGES} from '../messages/arabicValidationMessages.ts'

export const slugValidation =
  (isValid: (slug: string) => boolean, message: string) =>
  (rule: SlugRule): SlugRule =>
    rule.custom((value: SlugValue | undefined) => (!value?.current ? ARABIC_VALIDATION_MESSAGES['generic.required'] : isValid(value.current) || message))
