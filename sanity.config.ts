// Wires the Studio together; everything it wires lives under schemas/ and src/studio/.
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {schemaTypes} from './schemas/index.ts'
import {resolveDocumentActions} from './src/studio/actions/index.ts'
import {resolveDocumentBadges} from './src/studio/badges/index.ts'
import {DirectionalField} from './src/studio/inputs/DirectionalField.tsx'
import {DirectionalInput} from './src/studio/inputs/DirectionalInput.tsx'
import {structure} from './src/studio/structure/index.ts'
import {arabicStructureMessages} from './src/studio/messages/arabicStructureMessages.ts'
import {arabicStudioMessages} from './src/studio/messages/arabicStudioMessages.ts'
import {arabicValidationMessages} from './src/studio/messages/arabicValidationMessages.ts'

export default defineConfig({
  name: 'sanad',
  title: 'سند',
  // Placeholders keep offline commands (schema validate/extract, build) working without a project.
  projectId: process.env.SANITY_STUDIO_PROJECT_ID ?? 'sanad000',
  dataset: process.env.SANITY_STUDIO_DATASET ?? 'production',
  // Tool titles in the navbar; their names (the /structure and /vision paths) stay.
  plugins: [structureTool({structure, title: 'المحتوى'}), visionTool({title: 'استعلامات GROQ'})],
  schema: {types: schemaTypes},
  form: {components: {field: DirectionalField, input: DirectionalInput}},
  document: {actions: resolveDocumentActions, badges: resolveDocumentBadges},
  i18n: {bundles: [arabicValidationMessages, arabicStructureMessages, arabicStudioMessages]},
})
