// The article's reference list: every citation of every claim the body cites, numbered in order of
// first mention, so a claim can link to its entries and the JSON-LD can list the same works.
import {h} from 'hastscript'
import type {Element, ElementContent} from 'hast'
import type {ContentGraph} from '../../content/contentGraph.ts'
import type {Citation} from '../../content/documents/claim.ts'
import type {BodyBlock} from '../../content/portableText.ts'
import {labelOf, STUDY_TYPES} from '../../content/vocabulary.ts'
import {safeLinkHref} from './linkHref.ts'
import {formatNumber} from '../../locale/localeFormat.ts'
import {latinTextLanguage} from './latinText.ts'

/** What a page calls a claim's GRADE certainty (beside each claim); the citations section explains it once. */
export const GRADE_TERM = 'درجة الدليل'

export interface NumberedCitation {
  number: number
  citation: Citation
}

export interface ArticleCitations {
  list: NumberedCitation[]
  /** Citation numbers of each cited claim, by claim id. */
  numbersByClaim: ReadonlyMap<string, readonly number[]>
}

export const citationAnchor = (number: number): string => `cite-${number}`

export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`
export const doiUrl = (doi: string): string => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`

// Two claims citing the same study share one entry.
const identity = (citation: Citation): string =>
  citation.pmid ? `pmid:${citation.pmid}` : citation.doi ? `doi:${citation.doi.toLowerCase()}` : citation.url ? `url:${citation.url}` : `title:${citation.title}|${citation.year ?? ''}`

/** Claim ids in the order the body first cites them. */
export const citedClaimIds = (body: readonly BodyBlock[]): string[] => {
  const ids = new Set<string>()
  for (const block of body) {
    if (block._type !== 'block') continue
    for (const span of block.children) {
      for (const mark of span.marks) {
        const definition = block.markDefs.find((markDef) => markDef._key === mark)
        if (definition?._type === 'claimRef') ids.add(definition.claim._ref)
      }
    }
  }
  return [...ids]
}

export const collectArticleCitations = (body: readonly BodyBlock[], graph: ContentGraph): ArticleCitations => {
  const list: NumberedCitation[] = []
  const numberOf = new Map<string, number>()
  const numbersByClaim = new Map<string, number[]>()
  for (const claimId of citedClaimIds(body)) {
    const claim = graph.claims.get(claimId)
    if (!claim) continue
    const numbers: number[] = []
    for (const citation of claim.evidence?.citations ?? []) {
      const key = identity(citation)
      let number = numberOf.get(key)
      if (number === undefined) {
        number = list.length + 1
        numberOf.set(key, number)
        list.push({number, citation})
      }
      if (!numbers.includes(number)) numbers.push(number)
    }
    numbersByClaim.set(claimId, numbers)
  }
  return {list, numbersByClaim}
}

const citationLinks = (citation: Citation): ElementContent[] => {
  const links: {href: string; label: string; dir?: 'ltr'; className?: string[]}[] = []
  if (citation.pmid) links.push({href: pubmedUrl(citation.pmid), label: `PMID: ${citation.pmid}`, dir: 'ltr'})
  if (citation.doi) links.push({href: doiUrl(citation.doi), label: `DOI: ${citation.doi}`, dir: 'ltr'})
  const url = citation.url ? safeLinkHref(citation.url) : undefined
  // A label that does not say where it leads: printed, the page writes the address after it (siteCss.ts).
  if (url && !links.some((link) => link.href === url)) links.push({href: url, label: 'رابط المصدر', className: ['source-link']})
  return links.flatMap((link, index) => [
    ...(index > 0 ? [{type: 'text' as const, value: ' · '}] : []),
    h('a', {href: link.href, rel: ['noopener'], dir: link.dir, className: link.className}, link.label),
  ])
}

const citationItem = (locale: string, {number, citation}: NumberedCitation): Element => {
  const details = [
    citation.year === undefined ? undefined : formatNumber(locale, citation.year),
    citation.studyType ? labelOf(STUDY_TYPES, citation.studyType) : undefined,
  ].filter((part): part is string => part !== undefined)
  const links = citationLinks(citation)
  return h('li', {id: citationAnchor(number)}, [
    h('span', {className: ['cite-number']}, `${formatNumber(locale, number)}.`),
    ' ',
    h('cite', {dir: 'auto', lang: latinTextLanguage(citation.title)}, citation.title),
    details.length > 0 ? ` (${details.join('، ')})` : '',
    links.length > 0 ? ['. ', ...links] : '',
  ])
}

export const CITATIONS_HEADING_ID = 'citations-heading'

export const citationListToHast = (locale: string, citations: ArticleCitations): Element[] =>
  citations.list.length === 0
    ? []
    : [
        h('section', {className: ['citations'], ariaLabelledBy: CITATIONS_HEADING_ID}, [
          h('h2', {id: CITATIONS_HEADING_ID}, 'المراجع العلمية'),
          // «درجة الدليل» after a claim is GRADE's certainty: said once, in words a patient reads. GRADE
          // weighs the studies' quality and agreement, not their number, and only reviewed claims carry one.
          h(
            'p',
            {className: ['grade-explained']},
            `تُبيّن «${GRADE_TERM}» المكتوبة بعد بعض المعلومات مدى الثقة بصحتها بحسب جودة الدراسات التي تدعمها واتساق نتائجها (منهج GRADE): «مرتفعة» تعني أن الأبحاث الجديدة لن تغيّرها غالبًا، و«منخفضة» أو «منخفضة جدًا» تعني أنها قد تتغيّر.`,
          ),
          h('ol', {className: ['citation-list']}, citations.list.map((entry) => citationItem(locale, entry))),
        ]),
      ]
