// Sanity's own validation messages are Arabic in the Studio: every key of Sanity's English bundle is
// covered with the same {{placeholders}}, and the real sanity.config.ts makes the Studio use them.
import {createClient} from '@sanity/client'
import {createMockAuthStore, createSourceFromConfig, usEnglishLocale, type SingleWorkspace} from 'sanity'
import {describe, expect, it} from 'vitest'
import sanityConfig from '../../sanity.config.ts'
import {ARABIC_VALIDATION_MESSAGES} from '../../src/studio/messages/arabicValidationMessages.ts'

const english = usEnglishLocale.bundles!.find((bundle) => bundle.namespace === 'validation')!.resources as Record<string, string>
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
const arabic: Record<string, string> = ARABIC_VALIDATION_MESSAGES

describe('Arabic validation messages', () => {
  it('cover every key of Sanity’s English validation bundle, and no other', () => {
    expect(Object.keys(arabic).sort()).toEqual(Object.keys(english).sort())
  })

  it.each(Object.keys(english))('%s keeps the placeholders and is Arabic', (key) => {
    expect(placeholders(arabic[key]!)).toEqual(placeholders(english[key]!))
    expect(arabic[key]).toMatch(/\p{Script=Arabic}{3}/u)
  })

  it('are what the Studio configured by sanity.config.ts says for a missing value and a short list', async () => {
    const client = createClient({projectId: 'sanad000', dataset: 'production', apiVersion: '2025-02-19', useCdn: false})
    const source = await createSourceFromConfig({...(sanityConfig as SingleWorkspace), auth: createMockAuthStore({client, currentUser: null})})
    await source.i18n.loadNamespaces(['validation'])
    expect(source.i18n.t('validation:generic.required')).toBe('حقل مطلوب: املأه قبل النشر')
    expect(source.i18n.t('validation:array.minimum-length', {minLength: 1})).toBe('أضف عناصر؛ الحد الأدنى لعددها: 1')
  })
})
