// The parsed, published content of one dataset, indexed by id so references resolve in O(1).
// Pure: built from already-parsed documents; sources and the gate both work against it. A graph and
// its documents are never changed after they are built (a rebuild loads a new graph), which is what
// lets hashes and derived dates be cached per document object.
import type {Article} from './documents/article.ts'
import type {Claim} from './documents/claim.ts'
import type {Clinic} from './documents/clinic.ts'
import type {Contraindication} from './documents/contraindication.ts'
import type {Disclaimer} from './documents/disclaimer.ts'
import type {Person} from './documents/person.ts'
import type {Procedure} from './documents/procedure.ts'
import type {Risk} from './documents/risk.ts'
import type {Finding} from '../findings/finding.ts'
import type {SanadDocument} from './parseDocuments.ts'

export interface ContentGraph {
  articles: Map<string, Article>
  claims: Map<string, Claim>
  clinics: Map<string, Clinic>
  contraindications: Map<string, Contraindication>
  disclaimers: Map<string, Disclaimer>
  people: Map<string, Person>
  procedures: Map<string, Procedure>
  risks: Map<string, Risk>
}

export const emptyGraph = (): ContentGraph => ({
  articles: new Map(),
  claims: new Map(),
  clinics: new Map(),
  contraindications: new Map(),
  disclaimers: new Map(),
  people: new Map(),
  procedures: new Map(),
  risks: new Map(),
})

/** Which of the graph's collections holds documents of each type. */
export const COLLECTION_OF: Readonly<Record<SanadDocument['_type'], keyof ContentGraph>> = {
  article: 'articles',
  claim: 'claims',
  clinic: 'clinics',
  contraindication: 'contraindications',
  disclaimer: 'disclaimers',
  person: 'people',
  procedure: 'procedures',
  risk: 'risks',
}

export const buildContentGraph = (documents: Iterable<SanadDocument>): ContentGraph => {
  const graph = emptyGraph()
  for (const document of documents) (graph[COLLECTION_OF[document._type]] as Map<string, SanadDocument>).set(document._id, document)
  return graph
}

/**
 * The findings no article's verdict carries, which reports therefore list on their own: those about
 * documents that never reached the graph (unreadable lines, documents failing the schema), and
 * notes on documents that did (an image file missing from the export). Of the loading findings, the
 * gate carries only a `schema-invalid` finding on an article in the graph (src/checks/schema-invalid.ts).
 */
export const findingsNoVerdictCarries = (graph: ContentGraph, findings: readonly Finding[]): Finding[] =>
  findings.filter((finding) => finding.ruleId !== 'schema-invalid' || !documentById(graph, finding.documentId))

/** The document with this id, whatever its type; `undefined` when it did not reach the graph. */
export const documentById = (graph: ContentGraph, id: string): SanadDocument | undefined => {
  for (const documents of Object.values(graph) as Map<string, SanadDocument>[]) {
    const document = documents.get(id)
    if (document) return document
  }
  return undefined
}

export const documentCount = (graph: ContentGraph): number =>
  Object.values(graph).reduce((total, documents: Map<string, unknown>) => total + documents.size, 0)
