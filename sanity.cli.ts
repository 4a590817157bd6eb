// Sanity CLI settings. The project id and dataset come from the environment so the same checkout
// works against any project; the placeholders keep offline commands (schema validate, build) working.
import {defineCliConfig} from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID ?? process.env.SANITY_PROJECT_ID ?? 'sanad000',
    dataset: process.env.SANITY_STUDIO_DATASET ?? process.env.SANITY_DATASET ?? 'production',
  },
  // Auto-updates make the built Studio load its runtime from Sanity's CDN; Sanad builds offline.
  deployment: {autoUpdates: false},
  // Required fields become non-optional in sanity.types.ts, so the zod ⇄ TypeGen contract
  // (src/content/typegenContract.ts) also checks that zod demands what the Studio demands.
  schemaExtraction: {path: 'schema.json', enforceRequiredFields: true},
  typegen: {
    path: './{schemas,src}/**/*.{ts,tsx}',
    schema: './schema.json',
    generates: './sanity.types.ts',
  },
})
