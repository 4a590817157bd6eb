// Wires the Studio together; everything it wires lives under schemas/ and src/studio/.
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {schemaTypes} from './schemas/index.ts'

export default defineConfig({
  name: 'sanad',
  title: 'سند',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID ?? 'sanad000',
  dataset: process.env.SANITY_STUDIO_DATASET ?? 'production',
  plugins: [structureTool(), visionTool()],
  schema: {types: schemaTypes},
})
