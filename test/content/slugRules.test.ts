// isPageSlug / isClinicSlug: what a writer may type as a page address and a clinic's folder name,
// on Arabic with every spelling variant, digits of each script, Latin, and hidden characters.
import {describe, expect, it} from 'vitest'
import {isClinicSlug, isPageSlug} from '../../src/content/slugRules.ts'

describe('isPageSlug', () => {
  it.each([
    ['Latin words', 'meso-realistic', true],
    ['Arabic words', 'الميزوثيرابي-للشعر', true],
    ['hamza and madda forms', 'أسئلة-إبرة-آمنة-مسؤول-بيئة-جزء', true],
    ['ta marbuta and alef maqsura', 'جلسة-على-كثافه-علي', true],
    ['Arabic-Indic and Persian digits', 'نتائج-٢٠٢٦-۳', true],
    ['mixed Arabic and Latin', 'حقن-prp-للشعر', true],
    ['a fatha', 'حَقن', false],
    ['a shadda', 'مخدّر', false],
    ['tanwin', 'أيضًا', false],
    ['a space', 'حقن PRP', false],
    ['an Arabic comma', 'حقن،سطحي', false],
    ['a leading dash', '-حقن', false],
    ['two dashes', 'حقن--سطحي', false],
    ['RLM', 'حقن\u200F-سطحي', false],
    ['LRM', '\u200Eprp-hair', false],
    ['ALM', 'حقن\u061C', false],
    ['an override', 'حقن\u202Eسطحي', false],
    ['an isolate', '\u2067حقن\u2069', false],
    ['an empty slug', '', false],
  ])('%s: %s → %s', (_, slug, accepted) => {
    expect(isPageSlug(slug)).toBe(accepted)
  })
})

describe('isClinicSlug', () => {
  it.each([
    ['lowercase Latin and digits', 'nour-cairo-2', true],
    ['Arabic letters', 'نور-القاهرة', false],
    ['Arabic-Indic digits', 'nour-٢', false],
    ['Persian digits', 'nour-۲', false],
    ['uppercase Latin', 'Nour-Cairo', false],
    ['LRM before the name', '\u200Enour-cairo', false],
    ['a pop directional isolate after it', 'nour-cairo\u2069', false],
  ])('%s: %s → %s', (_, slug, accepted) => {
    expect(isClinicSlug(slug)).toBe(accepted)
  })
})
