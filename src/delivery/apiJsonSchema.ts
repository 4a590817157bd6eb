// The JSON Schema files published at /api/v1/schema/*.json, generated from the zod shapes so the
// published contract and the code that fills it cannot drift apart.
import {z} from 'zod'
import {oncePerObject} from '../memo/oncePerObject.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {API_SHAPES} from './apiShapes.ts'
import {API_SCHEMA_NAMES, apiSchemaFile, fileUrlPath, siteUrl, type ApiSchemaName} from './deliveryPaths.ts'

const TITLES: Record<ApiSchemaName, string> = {
  index: 'Sanad content API v1: article and procedure index of one clinic',
  article: 'Sanad content API v1: one published article',
  procedure: 'Sanad content API v1: one procedure the clinic offers',
  error: 'Sanad content API v1: an error answer, such as the 404 of a missing document',
}

export const apiSchemaUrl = (clinic: Clinic, name: ApiSchemaName): string => siteUrl(clinic, fileUrlPath(apiSchemaFile(name)))

/**
 * v1 only grows by adding fields (README, "Versioning"), so the published schemas leave objects open:
 * a client that keeps a copy to validate what it receives goes on accepting documents with a field
 * added after it copied. zod would close every object (`additionalProperties: false`); that every
 * field Sanad writes is in the schema is the tests' to check, with the schemas closed again.
 */
const leaveObjectsOpen = ({jsonSchema}: {jsonSchema: {additionalProperties?: unknown}}): void => {
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties
}

export const apiJsonSchema = (clinic: Clinic, name: ApiSchemaName): Record<string, unknown> => ({
  ...z.toJSONSchema(API_SHAPES[name], {target: 'draft-2020-12', io: 'output', override: leaveObjectsOpen}),
  $id: apiSchemaUrl(clinic, name),
  title: TITLES[name],
})

// The schemas depend on the code and the clinic's domain only: generated once per clinic object.
export const apiSchemaFiles = oncePerObject((clinic: Clinic): {path: string; contents: string}[] =>
  API_SCHEMA_NAMES.map((name) => ({path: apiSchemaFile(name), contents: `${JSON.stringify(apiJsonSchema(clinic, name), null, 2)}\n`})),
)
