// Reads a dataset's NDJSON line by line. A line that is not a document becomes a finding naming the
// file and line, and the rest of the dataset still loads: one bad line must not stop every clinic's build.
// A file that ends mid-document, or holds no document at all, is no export to build from: that stops the run.
import {isUtf8} from 'node:buffer'
import type {FileHandle} from 'node:fs/promises'
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {SanadError} from '../../errors/catalog.ts'
import {englishCount as plural} from '../../locale/englishCount.ts'
import type {UnreadableDocument} from '../contentSource.ts'
import {shareRepeatedStrings} from '../shareRepeatedStrings.ts'
import {dropReservedFields, type DroppedField} from './reservedFieldNames.ts'

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
  /** Documents named by lines that could not be read, and not loaded from another line. */
  unreadable: UnreadableDocument[]
  /** Lines that could not be read, whether or not they name a document. */
  unreadableLines: number
  /** Lines that repeat an earlier line's id (the later one is the document). */
  repeatedIds: number
}

/** A zip file's first bytes; read as UTF-8 (or Latin-1) text they stay these four characters. */
export const ZIP_SIGNATURE = 'PK\u0003\u0004'

// Findings about a line of the file, attributed to the line: a line that is no document has no
// id, and a repeated one is a fine document that a finding on its id would read as failing the schema.
// The documentId is `(line N)`, N counted from 1: never a Sanity id, which holds no spaces or
// parentheses, so reports list it among the documents that could not be read (README, JSON report).
const lineFinding = (line: number, severity: Finding['severity'], message: string): Finding => ({
  ruleId: 'schema-invalid',
  severity,
  message,
  documentId: `(line ${line})`,
  path: '',
  url: ruleDocsUrl('schema-invalid'),
})

const lineProblem = (label: string, line: number, problem: string, claimed?: UnreadableDocument): Finding =>
  lineFinding(
    line,
    'error',
    `السطر ${line} في الملف ${label} ${problem}، فلم يُحمَّل${claimed ? ` (يبدو من نصه أنه المستند ${claimed.id}${claimed.type ? ` من نوع ${claimed.type}` : ''})` : ''}. أعد تصدير مجموعة البيانات أو صحّح هذا السطر؛ بقية المستندات حُمِّلت.`,
  )

// The first "_id" and "_type" of a line JSON.parse could not read: enough to say which document is
// missing, and to keep a clinic whose line broke from being taken for one deleted from the content.
const CLAIMED_ID = /"_id"\s*:\s*"([^"\\]{1,200})"/
const CLAIMED_TYPE = /"_type"\s*:\s*"([^"\\]{1,100})"/

const claimedDocument = (line: string): UnreadableDocument | undefined => {
  const id = CLAIMED_ID.exec(line)?.[1]
  if (!id) return undefined
  const type = CLAIMED_TYPE.exec(line)?.[1]
  return type ? {id, type} : {id}
}

const reservedField = (label: string, line: number, id: string, {field, path}: DroppedField): Finding =>
  lineFinding(
    line,
    'warning',
    `السطر ${line} في الملف ${label}: المستند ${id} فيه حقل اسمه «${field}»${path === field ? '' : ` (في ${path})`}، وهو من الأسماء المحجوزة في JavaScript ولا يستعمله نموذج المحتوى؛ حُذف الحقل عند القراءة وحُمِّل المستند دونه. يُحذف الحقل من المستند حيث كُتب (استيراد أو نص برمجي أو واجهة Sanity البرمجية).`,
  )

const duplicateLine = (label: string, line: number, earlierLine: number, id: string): Finding =>
  lineFinding(
    line,
    'warning',
    `السطر ${line} في الملف ${label} يكرّر المستند ${id} الوارد في السطر ${earlierLine}؛ اعتُمد السطر الأخير وتُرك الأول، كما يفعل الاستيراد. أعد تصدير مجموعة البيانات إن لم يكن هذا مقصودًا.`,
  )

// A value that is there but is not text is not "missing": saying so would send the writer looking
// for a field they can see.
const envelopeProblem = (value: unknown, label: string, field: string): string | undefined => {
  if (value === undefined || value === null || value === '') return `مستند بلا ${label} ${field}`
  if (typeof value !== 'string') return `مستند حقل ${field} فيه ليس نصًا (${JSON.stringify(value)})`
  return undefined
}

export type ParsedNdjsonLine = {document: RawDocument; droppedFields?: DroppedField[]} | {problem: string; endsEarly?: true}

const NOT_JSON = 'ليس JSON صالحًا'

/**
 * What JSON.parse found wrong with `line`, in Arabic and counted in this line's characters, not in
 * the parser's English (whose «line 1 column 41» is not the file's line). V8 names where it stopped
 * («at position 40»), or says the input ended; a line that stops before its value closes ends early,
 * as every cut-off prefix of a document does.
 */
const notJson = (line: string, error: unknown): {problem: string; endsEarly?: true} => {
  const reason = error instanceof Error ? error.message : ''
  const text = line.trim()
  const at = /at position (\d+)/.exec(reason)
  const position = at ? Number(at[1]) : /end of JSON input/.test(reason) ? text.length : undefined
  if (position !== undefined && position >= text.length) return {problem: `${NOT_JSON} (ينتهي السطر قبل أن يكتمل المستند)`, endsEarly: true}
  if (position !== undefined) {
    const column = [...line.slice(0, line.length - line.trimStart().length + position)].length + 1
    return {problem: `${NOT_JSON} (خطأ في الصياغة عند الحرف ${column} من السطر)`}
  }
  const token = /^Unexpected token '(.+?)'/u.exec(reason)?.[1]
  return {problem: token ? `${NOT_JSON} (الرمز «${token}» في غير موضعه)` : NOT_JSON}
}

/** Classifies one non-empty line (surrounding spaces allowed): a document, or what is wrong with it (Arabic, for the finding). */
export const parseNdjsonLine = (line: string): ParsedNdjsonLine => {
  let value: unknown
  try {
    value = JSON.parse(line.trim())
  } catch (error) {
    return notJson(line, error)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {problem: 'ليس كائن مستند JSON'}
  }
  const record = value as Record<string, unknown>
  const idProblem = envelopeProblem(record._id, 'معرّف', '_id')
  if (idProblem) return {problem: idProblem}
  const typeProblem = envelopeProblem(record._type, 'نوع', '_type')
  if (typeProblem) return {problem: typeProblem}
  const droppedFields = dropReservedFields(line, record)
  return droppedFields.length > 0 ? {document: record as RawDocument, droppedFields} : {document: record as RawDocument}
}

/**
 * The lines of NDJSON text: split at "\n" only (a "\r" before it is dropped). Not readline, which
 * also breaks lines at U+2028 and U+2029: JSON.stringify leaves those unescaped inside strings, so
 * a document whose text holds one was cut in two and lost.
 */
const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line)

/** The lines of a whole NDJSON text, split as `ndjsonLines` splits a stream, without a leading BOM. */
export const ndjsonTextLines = (text: string): string[] => text.replace(/^\uFEFF/, '').split('\n').map(withoutCr)

export interface NdjsonLine {
  /** The line's bytes, without its "\n" (a "\r" before it dropped). */
  bytes: Buffer
  /** `false` only for a last line the file ends in without a "\n": where a cut-off file stops. */
  ended: boolean
}

const NEWLINE = 0x0a
const CR = 0x0d

const withoutCrByte = (line: Buffer): Buffer => (line.at(-1) === CR ? line.subarray(0, -1) : line)

/**
 * The lines of NDJSON bytes, split at "\n" only. Split before decoding: a "\n" byte is never part
 * of a UTF-8 sequence, so each line can be checked as UTF-8 on its own (readNdjsonDocuments below).
 */
async function* ndjsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<NdjsonLine> {
  let carried: Buffer[] = []
  for await (const chunk of chunks) {
    let from = 0
    let newline = chunk.indexOf(NEWLINE)
    while (newline !== -1) {
      const piece = chunk.subarray(from, newline)
      yield {bytes: withoutCrByte(carried.length === 0 ? piece : Buffer.concat([...carried, piece])), ended: true}
      carried = []
      from = newline + 1
      newline = chunk.indexOf(NEWLINE, from)
    }
    if (from < chunk.length) carried.push(chunk.subarray(from))
  }
  if (carried.length > 0) yield {bytes: withoutCrByte(Buffer.concat(carried)), ended: false}
}

/**
 * Where the first byte that is not UTF-8 is, counted in the line's characters as decoded (each
 * broken sequence reads as one U+FFFD); a U+FFFD the file holds as its own three bytes is text.
 */
const firstInvalidColumn = (bytes: Buffer, text: string): number => {
  let offset = 0
  let column = 1
  for (const character of text) {
    if (character === '\uFFFD' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return column
    offset += Buffer.byteLength(character)
    column++
  }
  return column
}

/** A line whose bytes are not UTF-8: where, and in which document if its JSON still names one. */
const notUtf8 = (bytes: Buffer): {problem: string; endsEarly?: true} => {
  const text = bytes.toString('utf8')
  const parsed = parseNdjsonLine(text)
  const id = 'document' in parsed ? `، في المستند ${parsed.document._id}` : ''
  const problem = `فيه بايتات لا تصحّ في ترميز UTF-8 (عند الحرف ${firstInvalidColumn(bytes, text)} من السطر${id})؛ يُحفظ الملف بترميز UTF-8`
  // A last line cut in the middle of a character is a cut file, which the caller stops on.
  return 'document' in parsed || !parsed.endsEarly ? {problem} : {problem, endsEarly: true}
}

/** The line's document with its short strings pooled (shareRepeatedStrings), or its problem as it is. */
const sharedDocument = (parsed: ParsedNdjsonLine, pool: Map<string, string>): ParsedNdjsonLine =>
  'document' in parsed ? {...parsed, document: shareRepeatedStrings(parsed.document, pool)} : parsed

// A document nested thousands of levels deep (no export writes one; a script can) overflows the
// stack of the walks over it, and that RangeError stopped every clinic's build with «Maximum call
// stack size exceeded». It is one line that cannot be read. (JSON.parse itself does not recurse.)
const TOO_DEEP = 'متداخل إلى عمق لا يُقرأ (آلاف المستويات من القوائم أو الكائنات بعضها داخل بعض)'

const withinStack = (read: () => ParsedNdjsonLine): ParsedNdjsonLine => {
  try {
    return read()
  } catch (error) {
    if (error instanceof RangeError) return {problem: TOO_DEEP}
    throw error
  }
}

// `sanity dataset export` ends every line, the last one too, with "\n"; a last line that breaks off
// inside its document with none after it is a file cut short. Read as it is, the documents after
// the cut would be missing, and every article needing them would be blocked as reference-broken
// and taken offline, so the run stops instead. (A hand-written file may end without "\n": its whole
// last document still loads.)
const truncatedFile = async (file: FileHandle, label: string, line: number): Promise<SanadError> => {
  const {size} = await file.stat()
  return new SanadError(
    'DATASET_UNREADABLE',
    `${label} ends in the middle of a document: line ${line}, its last line, breaks off at byte ${size} (the end of the file) with no newline after it, so the export looks truncated (an export, download or copy that stopped early, or a full disk). Sanad stops here rather than build without the documents after the cut, which would unpublish every article that needs them.`,
  )
}

// Zero documents is no dataset anyone publishes from; building it would publish nothing and look like success.
const emptyFile = (label: string, blankLines: number): SanadError =>
  new SanadError(
    'DATASET_UNREADABLE',
    `${label} holds no documents (${blankLines === 0 ? 'the file is empty' : `only ${plural(blankLines, 'blank line', 'blank lines')}`}). Sanad stops here rather than build from it: an empty data.ndjson is far more often an export or copy that stopped before its first document, or the wrong file, than a dataset with nothing in it.`,
  )

/** Reads `file` from its first byte; the handle stays open, so the same file can be read again. */
export const readNdjsonDocuments = async (file: FileHandle, label: string): Promise<NdjsonReadResult> => {
  const result: NdjsonReadResult = {documents: [], findings: [], lineCount: 0, unreadable: [], unreadableLines: 0, repeatedIds: 0}
  // One pool per read: the documents of this read share their short strings, and the pool goes with it.
  const pool = new Map<string, string>()
  const lineOf = new Map<string, {line: number; index: number}>()
  // Unreadable lines that name their document: which is unreadable is known once no later line holds it.
  const namingLines: {finding: Finding; claimed: UnreadableDocument; line: number}[] = []
  // autoClose: false keeps the handle open for the next read even when the stream ends or fails.
  // Bytes, not text: a stream decoding UTF-8 turns bytes that are not UTF-8 into U+FFFD without a
  // word, and a title saved in Windows-1256 would be published as «روتين�� منزلي».
  const input = file.createReadStream({start: 0, autoClose: false})
  try {
    for await (const {bytes, ended} of ndjsonLines(input)) {
      result.lineCount++
      if (result.lineCount === 1 && bytes.subarray(0, ZIP_SIGNATURE.length).toString('latin1') === ZIP_SIGNATURE) {
        throw new SanadError('DATASET_UNREADABLE', `${label} is a zip archive, not a dataset export. Unzip it and pass its data.ndjson, or pass the .tar.gz that \`sanity dataset export\` writes.`)
      }
      const valid = isUtf8(bytes)
      const rawLine = valid ? bytes.toString('utf8') : undefined
      const line = rawLine !== undefined && result.lineCount === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine
      if (line?.trim() === '') continue
      const parsed = line === undefined ? notUtf8(bytes) : withinStack(() => sharedDocument(parseNdjsonLine(line), pool))
      if (!('document' in parsed)) {
        if (!ended && parsed.endsEarly) throw await truncatedFile(file, label, result.lineCount)
        const claimed = claimedDocument(line ?? bytes.toString('utf8'))
        // A line of bytes that are not UTF-8 names its document already (notUtf8).
        const finding = lineProblem(label, result.lineCount, parsed.problem, claimed && !parsed.problem.includes(claimed.id) ? claimed : undefined)
        result.findings.push(finding)
        result.unreadableLines++
        if (claimed) namingLines.push({finding, claimed, line: result.lineCount})
        continue
      }
      for (const dropped of parsed.droppedFields ?? []) result.findings.push(reservedField(label, result.lineCount, parsed.document._id, dropped))
      const {document} = parsed
      const earlier = lineOf.get(document._id)
      if (earlier === undefined) {
        lineOf.set(document._id, {line: result.lineCount, index: result.documents.length})
        result.documents.push(document)
      } else {
        // One id, two lines: the later one is the document, as when the export is imported.
        result.documents[earlier.index] = document
        result.findings.push(duplicateLine(label, result.lineCount, earlier.line, document._id))
        result.repeatedIds++
        earlier.line = result.lineCount
      }
    }
  } catch (error) {
    if (error instanceof SanadError) throw error
    throw new SanadError(
      'DATASET_UNREADABLE',
      `Could not read ${label} (stopped at line ${result.lineCount + 1}): ${error instanceof Error ? error.message : String(error)}`,
      {cause: error},
    )
  }
  for (const {finding, claimed, line} of namingLines) {
    // A later line with the same id is the document, as with any repeated id.
    if (lineOf.has(claimed.id)) continue
    result.unreadable.push(claimed)
    finding.unreadableDocument = {id: claimed.id, line}
  }
  if (result.documents.length === 0 && result.findings.length === 0) throw emptyFile(label, result.lineCount)
  // Not one document among lines that are there: the file is something else (a text file, a
  // spreadsheet), and a build of "no documents" would look like a dataset with nothing to publish.
  if (result.documents.length === 0 && result.findings.length > 0) {
    throw new SanadError('DATASET_UNREADABLE', `${label} is not a dataset export: none of its ${result.findings.length} non-empty lines is a JSON document with _id and _type. Pass the data.ndjson (or .tar.gz) that \`sanity dataset export\` writes.`)
  }
  return result
}
