// The structure tool's names for an unnamed document are Arabic: each key is one of Sanity's own, with
// its {{placeholders}}, and the real sanity.config.ts makes the Studio use them.
import {createClient} from '@sanity/client'
import {createMockAuthStore, createSourceFromConfig, type SingleWorkspace} from 'sanity'
import {describe, expect, it} from 'vitest'
import sanityConfig from '../../sanity.config.ts'
import {ARABIC_STRUCTURE_MESSAGES} from '../../src/studio/messages/arabicStructureMessages.ts'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('Arabic structure messages', () => {
  it('are what the Studio configured by sanity.config.ts says for a new draft of a type and an untitled document', async () => {
    const client = createClient({projectId: 'sanad000', dataset: 'production', apiVersion: '2025-02-19', useCdn: false})
    const source = await createSourceFromConfig({...(sanityConfig as SingleWorkspace), auth: createMockAuthStore({client, currentUser: null})})
    await source.i18n.loadNamespaces(['structure'])
    expect(source.i18n.t('structure:panes.document-header-title.new.text', {schemaType: 'عيادة'})).toBe('عيادة: مسودة جديدة')
    for (const key of Object.keys(ARABIC_STRUCTURE_MESSAGES)) expect(source.i18n.t(`structure:${key}`, {schemaType: 'مقال'}), key).toMatch(/\p{Script=Arabic}{3}/u)
  })

  it.each(Object.entries(ARABIC_STRUCTURE_MESSAGES))('%s keeps Sanity’s placeholders', (key, text) => {
    expect(placeholders(text)).toEqual(key.endsWith('new.text') ? ['schemaType'] : [])
  })
})
