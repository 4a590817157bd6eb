// The content hash of a claim: sha256 over its statement + evidence as canonical JSON (RFC 8785),
// so an approval names exactly the wording and sources the reviewer saw. Pure and synchronous, so
// the pipeline (parsed claims) and the Studio (raw documents, in the browser) compute the same value.
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils.js'
import canonicalize from 'canonicalize'
import {oncePerObject} from '../memo/oncePerObject.ts'

/** The approved content. Sanity bookkeeping keys (`_key`, `_type`) are not content and are left out. */
export interface ClaimContent {
  statement: string
  evidence: {
    certainty?: unknown
    note?: unknown
    citations: Record<string, unknown>[]
  } | null
}

const CITATION_FIELDS = ['title', 'year', 'studyType', 'pmid', 'doi', 'url'] as const

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const pick = (source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(fields.flatMap((field) => (source[field] === undefined || source[field] === null ? [] : [[field, source[field]]])))

/**
 * The content of a parsed claim or of a raw Studio document. A missing citations list counts as an
 * empty one, because the zod boundary defaults it to `[]`: both sides must hash the same.
 */
export const claimContent = (claim: {statement?: unknown; evidence?: unknown}): ClaimContent => {
  const evidence = isRecord(claim.evidence) ? claim.evidence : undefined
  return {
    statement: typeof claim.statement === 'string' ? claim.statement : '',
    evidence: evidence
      ? {
          ...pick(evidence, ['certainty', 'note']),
          citations: (Array.isArray(evidence.citations) ? evidence.citations : []).filter(isRecord).map((citation) => pick(citation, CITATION_FIELDS)),
        }
      : null,
  }
}

// Parsed claims are never mutated, and the gate asks for the same claim's hash once per rule, link
// and clinic; hashing it once per object took it out of the build profile.
/** 64 lowercase hex digits. */
export const claimContentHash = oncePerObject((claim: {statement?: unknown; evidence?: unknown}): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalize(claimContent(claim)) ?? 'null'))),
)
