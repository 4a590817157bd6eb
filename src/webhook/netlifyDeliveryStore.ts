// The Netlify Blobs store the webhook function records accepted deliveries in, opened from the Blobs
// context Netlify gives each function invocation.
import {getStore, type Store} from '@netlify/blobs'
import {SanadError} from '../errors/catalog.ts'

export const DELIVERY_STORE_NAME = 'sanad-webhook-deliveries'

export const openNetlifyDeliveryStore = (fetch: typeof globalThis.fetch): Store => {
  try {
    // Strong: the conditional write and the read of an entry's expiry go to the store itself, never
    // to an edge cache's copy that may predate another instance's write.
    return getStore({name: DELIVERY_STORE_NAME, consistency: 'strong', fetch})
  } catch (error) {
    // @netlify/blobs does not export this error's class, so it is known by its name.
    if (!(error instanceof Error) || error.name !== 'MissingBlobsEnvironmentError') throw error
    throw new SanadError(
      'REPLAY_STORE_NOT_CONFIGURED',
      'Netlify Blobs is not configured for this function (no NETLIFY_BLOBS_CONTEXT in its environment, no globalThis.netlifyBlobsContext), so it cannot tell a replayed delivery from a new one and accepts none.',
      {cause: error},
    )
  }
}
