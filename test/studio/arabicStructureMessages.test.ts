// The Studio's everyday strings are Arabic: each key the structure and studio bundles override is one
// of Sanity's own (an English string the Studio really shows, not a key a newer release renamed), keeps
// its {{placeholders}} and <tags>, and the real sanity.config.ts makes the Studio use it.
import {createClient} from '@sanity/client'
import {createMockAuthStore, createSourceFromConfig, type SingleWorkspace} from 'sanity'
import {beforeAll, describe, expect, it} from 'vitest'
import sanityConfig from '../../sanity.config.ts'
import {ARABIC_STRUCTURE_MESSAGES} from '../../src/studio/messages/arabicStructureMessages.ts'
import {ARABIC_STUDIO_MESSAGES} from '../../src/studio/messages/arabicStudioMessages.ts'
import {REVIEW_ACTIONS} from '../../src/content/vocabulary.ts'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}|<\/?(\w+)\/?>/g)].map((match) => match[0].replace(/\s/g, '')).sort()

const BUNDLES = {structure: ARABIC_STRUCTURE_MESSAGES, studio: ARABIC_STUDIO_MESSAGES} as const
type Namespace = keyof typeof BUNDLES

const studioSource = async (config: SingleWorkspace) => {
  const client = createClient({projectId: 'sanad000', dataset: 'production', apiVersion: '2025-02-19', useCdn: false})
  const source = await createSourceFromConfig({...config, auth: createMockAuthStore({client, currentUser: null})})
  await source.i18n.loadNamespaces(Object.keys(BUNDLES))
  return source
}

// Placeholders stay as written, so a message reads as its own template.
const raw: Record<string, unknown> = {skipInterpolation: true}

describe('Arabic Studio messages', () => {
  let english: (namespace: Namespace, key: string) => string
  let arabic: (namespace: Namespace, key: string, values?: Record<string, unknown>) => string

  beforeAll(async () => {
    // Sanity's own strings: the same config without Sanad's bundles.
    const plain = await studioSource({...(sanityConfig as SingleWorkspace), i18n: {bundles: []}})
    const configured = await studioSource(sanityConfig as SingleWorkspace)
    english = (namespace, key) => plain.i18n.t(`${namespace}:${key}`, raw)
    arabic = (namespace, key, values) => configured.i18n.t(`${namespace}:${key}`, values ?? raw)
  })

  const entries = (Object.keys(BUNDLES) as Namespace[]).flatMap((namespace) => Object.entries(BUNDLES[namespace]).map(([key, text]) => [namespace, key, text] as const))

  it.each(entries)('%s:%s is one of Sanity’s keys, keeps its placeholders and tags, and is Arabic', (namespace, key, text) => {
    const original = english(namespace, key)
    // i18next answers a key it does not know with the key itself.
    expect(original, 'not a key of Sanity’s en-US bundle').not.toBe(key)
    expect(original).not.toMatch(/\p{Script=Arabic}/u)
    // The singular says «واحد» in words rather than the count.
    const kept = key.endsWith('_one') ? placeholders(original).filter((placeholder) => placeholder !== '{{count}}') : placeholders(original)
    expect(placeholders(text)).toEqual(kept)
    // Not a string around a time Sanity formats in en-US («Published 3 days ago»): half Arabic, half English.
    expect(original).not.toMatch(/<RelativeTime\/>|\{\{(timeSincePublished|relativeTime|date)\}\}/)
    expect(key).not.toBe('relative-time.just-now')
    // Tashkeel marks are of no script of their own: «حُفظ» is three Arabic letters.
    expect(text.replace(/\p{M}/gu, '')).toMatch(/\p{Script=Arabic}{3}/u)
  })

  it('are what the Studio configured by sanity.config.ts says', () => {
    expect(arabic('structure', 'panes.document-header-title.new.text', {schemaType: 'عيادة'})).toBe('عيادة: مسودة جديدة')
    expect(arabic('structure', 'action.publish.label')).toBe('نشر')
    expect(arabic('structure', 'action.discard-changes.label')).toBe('تجاهل التغييرات')
    expect(arabic('studio', 'inputs.array.action.add-item')).toBe('إضافة عنصر')
    expect(arabic('studio', 'form.validation.summary.errors-count', {count: 1})).toBe('خطأ واحد')
    expect(arabic('studio', 'form.validation.summary.errors-count', {count: 12})).toBe('الأخطاء: 12')
    // A key Sanad leaves alone is still Sanity's English, not its key.
    expect(arabic('studio', 'help-resources.title')).toBe('Help and resources')
  })
})

describe('buttons named in Sanad’s own messages', () => {
  it('are labels the Studio shows: Sanity’s, as Sanad translates them, or the claim workflow’s', async () => {
    const {globSync, readFileSync} = await import('node:fs')
    const named = globSync(['src/**/*.{ts,tsx}', 'schemas/**/*.ts'])
      .filter((file) => !file.startsWith('src/studio/messages/'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:بزر|اضغط) «([^»]+)»/g)].map((match) => match[1]!))
    const labels = new Set<string>([...Object.values(ARABIC_STRUCTURE_MESSAGES), ...Object.values(ARABIC_STUDIO_MESSAGES), ...REVIEW_ACTIONS.map((action) => action.title)])
    expect(named.length).toBeGreaterThan(0)
    expect([...new Set(named)].filter((label) => !labels.has(label))).toEqual([])
  })
})
