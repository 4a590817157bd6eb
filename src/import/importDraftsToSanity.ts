// Sends imported drafts to the Content Lake through @sanity/client: one transaction of
// createOrReplace mutations, so a re-import updates the same drafts and a failure writes nothing.
import {createClient} from '@sanity/client'
import {SanadError} from '../errors/catalog.ts'
import type {SanityConfig} from '../sources/sanity/sanityEnv.ts'
import {toSanityRequestError} from '../sources/sanity/sanityRequestError.ts'
import type {StoredDocument} from './writeDraftsToDataset.ts'

export const importDraftsToSanity = async (
  config: SanityConfig,
  writeToken: string,
  documents: ReadonlyArray<StoredDocument & {_type: string}>,
): Promise<string[]> => {
  if (documents.some((document) => !document._id.startsWith('drafts.'))) {
    throw new SanadError('IMPORT_TARGET_INVALID', 'Only drafts (ids starting with "drafts.") are imported into Sanity.')
  }
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: writeToken,
    useCdn: false,
    ...(config.apiHost ? {apiHost: config.apiHost, useProjectHostname: false} : {}),
  })
  const transaction = documents.reduce((current, document) => current.createOrReplace(document), client.transaction())
  try {
    const result = await transaction.commit({visibility: 'sync'})
    return result.results.map((entry) => entry.id)
  } catch (error) {
    throw toSanityRequestError(error, {
      projectId: config.projectId,
      dataset: config.dataset,
      url: client.config().url ?? '',
      token: {variable: 'SANITY_WRITE_TOKEN', set: true},
    })
  }
}
