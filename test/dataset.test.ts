// The bundled dataset (dataset/, unpacked `sanity dataset export` layout): it parses cleanly, it is
// internally consistent like a real export, and it holds the awkward cases the gate and publisher rely on.
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Article} from '../src/content/documents/article.ts'
import type {Claim} from '../src/content/documents/claim.ts'
import type {Clinic} from '../src/content/documents/clinic.ts'
import type {Disclaimer} from '../src/content/documents/disclaimer.ts'
import type {Person} from '../src/content/documents/person.ts'
import {parseDocuments, type SanadDocument} from '../src/content/parseDocuments.ts'

const NOW = new Date('2026-11-21T12:00:00Z')
const TODAY = '2026-11-21'
const DRAFT_MARKER = 'نسخة تجريبية غير منشورة'

const datasetDir = new URL('../dataset/', import.meta.url)
const raws = readFileSync(new URL('data.ndjson', datasetDir), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record<string, unknown>)
const assets = JSON.parse(readFileSync(new URL('assets.json', datasetDir), 'utf8')) as Record<
  string,
  {sha1hash: string; size: number; metadata: {dimensions: {width: number; height: number}}}
>
const parsed = parseDocuments(raws)
const byId = new Map<string, SanadDocument>(parsed.documents.map((document) => [document._id, document]))

const ofType = <T extends SanadDocument['_type']>(type: T) =>
  parsed.documents.filter((document): document is Extract<SanadDocument, {_type: T}> => document._type === type)

const get = <T extends SanadDocument['_type']>(type: T, id: string): Extract<SanadDocument, {_type: T}> => {
  const document = byId.get(id)
  if (!document || document._type !== type) throw new Error(`dataset has no ${type} ${id}`)
  return document as Extract<SanadDocument, {_type: T}>
}

/** Every value in a JSON tree with the path that leads to it. */
const walk = (value: unknown, visit: (node: unknown, path: string) => void, path = ''): void => {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, visit, `${path}[${index}]`))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, visit, path ? `${path}.${key}` : key)
  }
}

const claimRefsOf = (article: Article): string[] =>
  article.body.flatMap((block) =>
    block._type === 'block' ? block.markDefs.flatMap((mark) => (mark._type === 'claimRef' ? [mark.claim._ref] : [])) : [],
  )
const disclaimerRefsOf = (article: Article): string[] =>
  article.body.flatMap((block) => (block._type === 'disclaimerBlock' ? [block.disclaimer._ref] : []))
const targetIds = (article: Article): string[] => article.targetClinics.map((clinic) => clinic._ref)

const isApprovedAt = (claim: Claim, today: string): boolean => {
  const reviewer = claim.review?.reviewer ? byId.get(claim.review.reviewer._ref) : undefined
  return (
    claim.review?.status === 'approved' &&
    reviewer?._type === 'person' &&
    reviewer.roles.includes('medicalReviewer') &&
    (claim.review.reviewDue ?? '') >= today
  )
}

const currentDisclaimer = (jurisdiction: Disclaimer['jurisdiction'], today: string): Disclaimer | undefined =>
  ofType('disclaimer')
    .filter((disclaimer) => disclaimer.jurisdiction === jurisdiction && disclaimer.effectiveDate <= today)
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0]

describe('dataset/data.ndjson through the zod boundary', () => {
  it('parses every line into a Sanad document with no findings', () => {
    expect(parsed.findings).toEqual([])
    expect(parsed.skippedUnknown).toEqual({})
    expect(parsed.skippedSystem).toBe(0)
    expect(parsed.documents).toHaveLength(raws.length)
  })

  it('has unique document ids', () => {
    expect(byId.size).toBe(raws.length)
  })

  it.each([
    ['clinic', ['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']],
    ['disclaimer', ['disclaimer.eg-2025', 'disclaimer.eg-2026', 'disclaimer.sa-2026', 'disclaimer.ae-2026']],
    [
      'procedure',
      [
        'procedure.mesotherapy-skin',
        'procedure.mesotherapy-hair',
        'procedure.prp-hair',
        'procedure.microneedling',
        'procedure.topical-minoxidil',
      ],
    ],
    [
      'article',
      [
        'article.meso-realistic',
        'drafts.article.meso-realistic',
        'article.meso-marketing',
        'article.hair-home-routine',
        'article.prp-hair-intro',
        'article.microneedling-basics',
        'article.meso-aftercare',
        'article.meso-session-faq',
      ],
    ],
  ] as const)('holds the %s documents other modules name by id', (type, ids) => {
    for (const id of ids) expect(byId.get(id)?._type, id).toBe(type)
  })

  it.each([
    ['writer', 2],
    ['medicalReviewer', 2],
    ['editor', 1],
  ] as const)('has at least %i person(s) with role %s', (role, minimum) => {
    expect(ofType('person').filter((person) => person.roles.includes(role)).length).toBeGreaterThanOrEqual(minimum)
  })
})

describe('dataset/data.ndjson looks like a real export', () => {
  it('gives every document the system fields, dated in 2026 before now', () => {
    for (const raw of raws) {
      const id = String(raw._id)
      expect(raw, id).toEqual(
        expect.objectContaining({
          _id: expect.any(String),
          _type: expect.any(String),
          _rev: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
          _createdAt: expect.stringMatching(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          _updatedAt: expect.stringMatching(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        }),
      )
      expect(Date.parse(String(raw._createdAt)), id).toBeLessThanOrEqual(Date.parse(String(raw._updatedAt)))
      expect(Date.parse(String(raw._updatedAt)), id).toBeLessThan(NOW.getTime())
    }
  })

  it('keys every array item with a 12-hex _key, unique within its array', () => {
    for (const raw of raws) {
      walk(raw, (node, path) => {
        if (!Array.isArray(node) || !node.some((item) => item && typeof item === 'object')) return
        const keys = node.map((item: {_key?: unknown}) => item._key)
        for (const key of keys) expect(key, `${String(raw._id)} ${path}`).toMatch(/^[0-9a-f]{12}$/)
        expect(new Set(keys).size, `${String(raw._id)} ${path}`).toBe(keys.length)
      })
    }
  })

  it('resolves every _ref to a document in the file', () => {
    const dangling: string[] = []
    for (const raw of raws) {
      walk(raw, (node, path) => {
        if (node && typeof node === 'object' && '_ref' in node) {
          const target = (node as {_ref: unknown})._ref
          if (typeof target !== 'string' || !byId.has(target)) dangling.push(`${String(raw._id)} ${path} -> ${String(target)}`)
        }
      })
    }
    expect(dangling).toEqual([])
  })

  it('backs every _sanityAsset with a file in images/ and an assets.json entry, as the export names them', () => {
    const used = new Set<string>()
    for (const raw of raws) {
      walk(raw, (node, path) => {
        if (!node || typeof node !== 'object' || !('_sanityAsset' in node)) return
        const where = `${String(raw._id)} ${path}`
        const value = String((node as {_sanityAsset: unknown})._sanityAsset)
        const match = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+)x(\d+)\.([a-z]+)$/.exec(value)
        expect(match, where).not.toBeNull()
        if (!match) return
        const [, hash = '', width, height, extension] = match
        const fileName = `${hash}-${width}x${height}.${extension}`
        const fileUrl = new URL(`images/${fileName}`, datasetDir)
        expect(existsSync(fileUrl), where).toBe(true)
        const bytes = readFileSync(fileUrl)
        expect(createHash('sha1').update(bytes).digest('hex'), where).toBe(hash)
        expect(assets[`image-${hash}`], where).toEqual(
          expect.objectContaining({
            sha1hash: hash,
            size: bytes.length,
            metadata: expect.objectContaining({
              dimensions: expect.objectContaining({width: Number(width), height: Number(height)}),
            }),
          }),
        )
        expect((node as {alt?: unknown}).alt, where).toMatch(/\p{Script=Arabic}/u)
        used.add(fileName)
      })
    }
    expect([...used].sort()).toEqual(readdirSync(new URL('images/', datasetDir)).sort())
    expect(Object.keys(assets).sort()).toEqual([...used].map((name) => `image-${name.slice(0, 40)}`).sort())
  })
})

describe('dataset content: the cases the pipeline must handle', () => {
  const realistic = get('article', 'article.meso-realistic')
  const draft = get('article', 'drafts.article.meso-realistic')
  const marketing = get('article', 'article.meso-marketing')

  it('has a drafts. copy of a published article whose unpublished marker appears in no published document', () => {
    expect(draft.slug.current).toBe(realistic.slug.current)
    expect(draft.title).toContain(DRAFT_MARKER)
    expect(JSON.stringify(draft.body)).toContain(DRAFT_MARKER)
    const published = raws.filter((raw) => !String(raw._id).startsWith('drafts.'))
    for (const raw of published) expect(JSON.stringify(raw), String(raw._id)).not.toContain(DRAFT_MARKER)
  })

  it.each([
    ['inReview, awaiting a reviewer', (claim: Claim) => claim.review?.status === 'inReview' && !claim.review.reviewedAt],
    ['approved but past its reviewDue', (claim: Claim) => claim.review?.status === 'approved' && (claim.review.reviewDue ?? '') < TODAY],
    ['rejected with an Arabic reviewer comment', (claim: Claim) => claim.review?.status === 'rejected' && /\p{Script=Arabic}/u.test(claim.review.comment ?? '')],
    ['draft', (claim: Claim) => claim.review?.status === 'draft'],
    ['approved and in date', (claim: Claim) => isApprovedAt(claim, TODAY)],
  ] as const)('has a claim that is %s', (_label, predicate) => {
    expect(ofType('claim').some(predicate)).toBe(true)
  })

  it.each(ofType('clinic').map((clinic): [string, Clinic] => [clinic._id, clinic]))(
    '%s points to the current disclaimer of its own jurisdiction',
    (_id, clinic) => {
      const disclaimer = clinic.disclaimer ? get('disclaimer', clinic.disclaimer._ref) : undefined
      expect(disclaimer?.jurisdiction).toBe(clinic.jurisdiction)
      expect(disclaimer?._id).toBe(currentDisclaimer(clinic.jurisdiction, TODAY)?._id)
    },
  )

  it('keeps a superseded EG disclaimer next to the current one', () => {
    expect(currentDisclaimer('EG', TODAY)?._id).toBe('disclaimer.eg-2026')
    expect(get('disclaimer', 'disclaimer.eg-2025').effectiveDate < get('disclaimer', 'disclaimer.eg-2026').effectiveDate).toBe(true)
  })

  it('models seed 004 as an article every gate rule can pass for all three clinics', () => {
    expect(targetIds(realistic).sort()).toEqual(['clinic.lulu-dubai', 'clinic.nour-cairo', 'clinic.rawda-riyadh'])
    expect(disclaimerRefsOf(realistic)).toEqual(['disclaimer.eg-2026', 'disclaimer.sa-2026', 'disclaimer.ae-2026'])
    const claims = claimRefsOf(realistic)
    expect(claims.length).toBeGreaterThanOrEqual(5)
    for (const id of claims) expect(isApprovedAt(get('claim', id), TODAY), id).toBe(true)
    for (const id of claims) {
      const citations = get('claim', id).evidence?.citations ?? []
      expect(citations.some((citation) => citation.pmid ?? citation.doi ?? citation.url), id).toBe(true)
    }
    const reviewer: Person | undefined = realistic.medicalReviewer ? get('person', realistic.medicalReviewer._ref) : undefined
    expect(reviewer?.roles).toContain('medicalReviewer')
    expect(realistic.nextReviewDue! > TODAY).toBe(true)
    expect(realistic.body.map((block) => block._type)).toEqual(
      expect.arrayContaining(['block', 'evidenceNote', 'procedureSafety', 'faq', 'disclaimerBlock']),
    )
    const faq = realistic.body.find((block) => block._type === 'faq')
    expect(faq?._type === 'faq' ? faq.items.length : 0).toBe(3)
  })

  it('links seed 004 to a related article that targets a strict subset of its clinics', () => {
    const own = new Set(targetIds(realistic))
    const subsets = realistic.relatedArticles
      .map((related) => get('article', related._ref))
      .filter((related) => {
        const targets = targetIds(related)
        return targets.length < own.size && targets.every((id) => own.has(id))
      })
    expect(subsets.map((related) => related._id)).toEqual(['article.hair-home-routine'])
    expect(targetIds(get('article', 'article.hair-home-routine'))).toEqual(['clinic.nour-cairo'])
  })

  it('keeps seed 000 as written: no disclaimer, no reviewer, no claim links, the absolute claim verbatim', () => {
    expect(disclaimerRefsOf(marketing)).toEqual([])
    expect(claimRefsOf(marketing)).toEqual([])
    expect(marketing.medicalReviewer).toBeUndefined()
    expect(marketing.author).toBeDefined()
    expect(JSON.stringify(marketing.body)).toContain('علاج موضعي قوي لا يُعرض الجسم لأي مضاعفات عامة أو دائمة')
  })

  it.each([
    ['article.prp-hair-intro', 'clinic.rawda-riyadh', 'disclaimer.sa-2026', 'inReview'],
    ['article.microneedling-basics', 'clinic.lulu-dubai', 'disclaimer.ae-2026', 'approved'],
  ] as const)('%s (for %s, carrying %s) links a claim that is %s but not approved today', (id, clinicId, disclaimerId, status) => {
    const article = get('article', id)
    expect(targetIds(article)).toEqual([clinicId])
    expect(disclaimerRefsOf(article)).toEqual([disclaimerId])
    const claims = claimRefsOf(article).map((claimId) => get('claim', claimId))
    expect(claims.map((claim) => claim.review?.status)).toEqual([status])
    expect(claims.some((claim) => isApprovedAt(claim, TODAY))).toBe(false)
  })

  it('has an article whose only disclaimer is the superseded one', () => {
    const article = get('article', 'article.meso-aftercare')
    expect(disclaimerRefsOf(article)).toEqual(['disclaimer.eg-2025'])
    for (const id of claimRefsOf(article)) expect(isApprovedAt(get('claim', id), TODAY), id).toBe(true)
  })
})
