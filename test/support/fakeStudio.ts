// A fake Studio for validation tests: a validation context whose client answers the real GROQ with
// groq-js over a list of documents, and a rule builder that captures what a schema `validation` registers.
import {evaluate, parse} from 'groq-js'
import type {DocumentRule, SanityDocument, ValidationContext} from 'sanity'
import {withoutIsolates} from '../../src/studio/messages/bidiIsolates.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

export interface StudioRequest {
  apiVersion: string
  perspective?: string
  params: Record<string, unknown>
}

/** A validation context over `documents`; the published perspective hides drafts and release versions, as the Content Lake does. */
export const fakeStudio = (documents: readonly Raw[]) => {
  const requests: StudioRequest[] = []
  const context = {
    getClient: ({apiVersion}: {apiVersion: string}) => ({
      fetch: async (query: string, params: Record<string, unknown>, options?: {perspective?: string}) => {
        requests.push({apiVersion, perspective: options?.perspective, params})
        const visible = options?.perspective === 'published'
          ? documents.filter((d) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.'))
          : documents
        return (await evaluate(parse(query, {params}), {dataset: visible, params})).get()
      },
    }),
  }
  return {context: context as unknown as ValidationContext, requests}
}

export type Validation = (rule: DocumentRule) => DocumentRule | DocumentRule[]

/** The custom validators a schema `validation` builder registers, each with its level. */
export const validatorsOf = (validation: Validation) => {
  const captured: {level: string; run: (value: unknown, context: ValidationContext) => unknown}[] = []
  const rule: any = {
    custom: (run: (value: unknown, context: ValidationContext) => unknown) => {
      const entry = {level: 'error', run}
      captured.push(entry)
      return {error: () => ((entry.level = 'error'), rule), warning: () => ((entry.level = 'warning'), rule)}
    },
  }
  validation(rule as DocumentRule)
  return captured
}

/**
 * A validator's result with each marker message as the finding said it: the Studio shows it in bidi
 * isolates (validationMarkers.ts), checked here to open with RLI and close with PDI, then taken out so
 * tests compare the words.
 */
const asFindingsSaidThem = (result: unknown): unknown => {
  if (!Array.isArray(result)) return result
  return result.map((marker: {message: string}) => {
    if (!marker.message.startsWith('\u2067') || !marker.message.endsWith('\u2069')) throw new Error(`marker message not isolated right to left: ${marker.message}`)
    return {...marker, message: withoutIsolates(marker.message)}
  })
}

/** Runs `validation` on `document` in a fake Studio over `documents`: the results by level, and what was fetched. */
export const runValidation = async (validation: Validation, document: Raw, documents: readonly Raw[]) => {
  const {context, requests} = fakeStudio(documents)
  const results: Record<string, unknown> = {}
  for (const {level, run} of validatorsOf(validation)) results[level] = asFindingsSaidThem(await run(document as SanityDocument, context))
  return {results, requests}
}
