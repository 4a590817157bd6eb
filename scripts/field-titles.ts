// Writes src/content/fieldTitles/fieldTitles.generated.ts from the Studio schema, so the pipeline's
// messages name fields by their Studio titles without loading Sanity. Run by `npm run typegen`
// (through `sanity exec`, which loads the schema's .tsx previews); test/content/fieldTitles.test.ts
// fails while the file is stale.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {schemaTypes} from '../schemas/index.ts'
import {extractDocumentTypeTitles, extractFieldTitles, type SchemaTypeDefinition} from '../src/content/fieldTitles/extractFieldTitles.ts'
import {fieldTitlesModule} from '../src/content/fieldTitles/fieldTitlesModule.ts'

const target = fileURLToPath(new URL('../src/content/fieldTitles/fieldTitles.generated.ts', import.meta.url))
const types = schemaTypes as unknown as SchemaTypeDefinition[]
writeFileSync(target, fieldTitlesModule(extractFieldTitles(types), extractDocumentTypeTitles(types)))
console.log(`كُتبت عناوين الحقول في ${target}`)
