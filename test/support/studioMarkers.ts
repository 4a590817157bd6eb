// Sanity's own validation of one document over the real Sanad schema, as the Studio runs it on a
// draft: every field rule and document rule, with Sanity's messages in the Studio's Arabic, a client
// answering GROQ with groq-js over `documents`, and, as for a draft, only published targets existing.
import {toString} from '@sanity/util/paths'
import {evaluate, parse} from 'groq-js'
import {createSchema, validateDocument} from 'sanity'
import {schemaTypes} from '../../schemas/index.ts'
import {withoutIsolates} from '../../src/studio/messages/bidiIsolates.ts'
import {ARABIC_VALIDATION_MESSAGES} from '../../src/studio/messages/arabicValidationMessages.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

const schema = createSchema({name: 'sanad', types: schemaTypes})
const isPublished = (id: string): boolean => !id.startsWith('drafts.') && !id.startsWith('versions.')

const i18n = {
  loadNamespaces: async () => {},
  t: (key: string, options?: Record<string, unknown>) =>
    ((ARABIC_VALIDATION_MESSAGES as Record<string, string>)[key.replace(/^validation:/, '')] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? '')),
}

const clientOver = (documents: readonly Raw[], perspective = 'raw'): unknown => ({
  withConfig: (config: {perspective?: string}) => clientOver(documents, config.perspective ?? perspective),
  fetch: async (query: string, params: Record<string, unknown> = {}, options: {perspective?: string} = {}) => {
    const dataset = (options.perspective ?? perspective) === 'published' ? documents.filter((document) => isPublished(document._id)) : documents
    return (await evaluate(parse(query, {params}), {dataset, params})).get()
  },
})

export interface StudioMarker {
  level: string
  path: string
  message: string
}

/** The markers the Studio shows on `document`, messages without their bidi isolates. */
export const studioMarkers = async (document: Raw, documents: readonly Raw[] = []): Promise<StudioMarker[]> => {
  const workspace = {schema, i18n, getClient: () => clientOver(documents)}
  const getDocumentExists = async ({id}: {id: string}) => documents.some((candidate) => candidate._id === id && isPublished(id))
  const markers = await validateDocument({document, workspace, getDocumentExists, environment: 'studio'} as never)
  return markers.map((marker) => ({level: marker.level, path: toString(marker.path), message: withoutIsolates(String(marker.message))}))
}
