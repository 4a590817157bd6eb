// Reads a dataset's NDJSON line by line. A line that is not a document becomes a finding naming the
// file and line, and the rest of the dataset still loads: one bad line must not stop every clinic's build.
import type {FileHandle} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {SanadError} from '../../errors/catalog.ts'
import {shareRepeatedStrings} from '../shareRepeatedStrings.ts'

/** The envelope every stored Sanity document has; the content model is checked later, in parseDocuments. */
export interface RawDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface NdjsonReadResult {
  documents: RawDocument[]
  findings: Finding[]
  lineCount: number
}

const lineProblem = (label: string, line: number, problem: string): Finding => ({
  ruleId: 'schema-invalid',
  severity: 'error',
  message: `السطر ${line} في الملف ${label} ${problem}، فلم يُحمَّل. أعد تصدير مجموعة البيانات أو صحّح هذا السطر؛ بقية المستندات حُمِّلت.`,
  documentId: `(line ${line})`,
  path: '',
  url: ruleDocsUrl('schema-invalid'),
})

/** Classifies one non-empty line: a document, or what is wrong with it (Arabic, for the finding). */
export const parseNdjsonLine = (text: string): {document: RawDocument} | {problem: string} => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {problem: `ليس JSON صالحًا (${error instanceof Error ? error.message : String(error)})`}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {problem: 'ليس كائن مستند JSON'}
  }
  const record = value as Record<string, unknown>
  if (typeof record._id !== 'string' || record._id === '') return {problem: 'مستند بلا معرّف _id'}
  if (typeof record._type !== 'string' || record._type === '') return {problem: 'مستند بلا نوع _type'}
  return {document: record as RawDocument}
}

/** Reads `file` from its first byte; the handle stays open, so the same file can be read again. */
export const readNdjsonDocuments = async (file: FileHandle, label: string): Promise<NdjsonReadResult> => {
  const result: NdjsonReadResult = {documents: [], findings: [], lineCount: 0}
  // One pool per read: the documents of this read share their short strings, and the pool goes with it.
  const pool = new Map<string, string>()
  const input = file.createReadStream({encoding: 'utf8', start: 0, autoClose: false})
  const lines = createInterface({input, crlfDelay: Infinity})
  try {
    for await (const rawLine of lines) {
      result.lineCount++
      const text = (result.lineCount === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine).trim()
      if (text === '') continue
      const parsed = parseNdjsonLine(text)
      if ('document' in parsed) result.documents.push(shareRepeatedStrings(parsed.document, pool))
      else result.findings.push(lineProblem(label, result.lineCount, parsed.problem))
    }
  } catch (error) {
    throw new SanadError(
      'DATASET_UNREADABLE',
      `Could not read ${label} (stopped at line ${result.lineCount + 1}): ${error instanceof Error ? error.message : String(error)}`,
      {cause: error},
    )
  } finally {
    // Not input.destroy(): it would close the handle, which must stay open for the next read.
    lines.close()
  }
  return result
}
