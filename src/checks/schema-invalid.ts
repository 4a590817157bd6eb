// schema-invalid: the zod boundary (src/content/parseDocuments.ts) is where these findings are
// made; this rule gives them a home in presets and docs, and carries them into an article's verdict.
import {defineCheck} from './check.ts'

export const schemaInvalid = defineCheck({
  ruleId: 'schema-invalid',
  description: 'A document failed the content-model schema at the zod boundary; the gate treats it as blocking.',
  defaultOptions: {},
  run({article, parseFindings}) {
    return parseFindings
      .filter((finding) => finding.ruleId === 'schema-invalid' && finding.documentId === article._id)
      .map(({message, documentId, path}) => ({message, documentId, path}))
  },
})
