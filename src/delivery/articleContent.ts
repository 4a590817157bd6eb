// What one published article shows on one clinic's site, as hast and as data: the body in page
// order, its claims with evidence, and the disclaimer in force. The API, the feeds and the Markdown
// export all start here, so they say exactly what the page says.
import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Article} from '../content/documents/article.ts'
import {approvalLastDay} from '../checks/claimApproval.ts'
import {presetFor} from '../presets/index.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import type {BodyBlock, TextBlock} from '../content/portableText.ts'
import {GRADE_CERTAINTY, labelOf, STUDY_TYPES} from '../content/vocabulary.ts'
import {articleContentParts} from '../render/lib/articleContentParts.ts'
import {citedClaimIds} from '../render/lib/citations.ts'
import {clinicDisclaimer} from '../render/lib/clinicDisclaimer.ts'
import {safeLinkHref} from '../render/lib/linkHref.ts'
import {missingSafetyBlocks} from '../render/lib/missingSafetyBlocks.ts'
import {sanitizeSiteContent} from '../render/lib/siteSchema.ts'
import {bodyWithoutTrailingBlocks} from '../render/lib/trailingBlocks.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ClaimEntry} from './apiShapes.ts'
import {personCredit} from './credits.ts'

/** A text block without the links the page would not show (see safeLinkHref); their text stays. */
const withShownLinks = (block: TextBlock): TextBlock => {
  const hidden = new Set(block.markDefs.flatMap((mark) => (mark._type === 'link' && !safeLinkHref(mark.href) ? [mark._key] : [])))
  if (hidden.size === 0) return block
  return {
    ...block,
    markDefs: block.markDefs.filter((mark) => !hidden.has(mark._key)),
    children: block.children.map((child) => (child.marks.some((mark) => hidden.has(mark)) ? {...child, marks: child.marks.filter((mark) => !hidden.has(mark))} : child)),
  }
}

/**
 * The body as the page shows it, in the page's order (articleContentParts.ts): other jurisdictions'
 * (and superseded) disclaimer blocks left out, links the page drops (`javascript:`, relative, …)
 * unlinked, the safety sections the page adds (missingSafetyBlocks.ts) before the FAQ and
 * disclaimer it moves to the end. A clinic site rendering this Portable Text shows a patient every
 * risk the page shows, and nothing the page itself would not carry.
 */
export const clinicBody = (site: RenderSiteInput, article: Article): BodyBlock[] => {
  const disclaimer = clinicDisclaimer(site)
  const shown = article.body.flatMap((block): BodyBlock[] => {
    if (block._type === 'disclaimerBlock') return block.disclaimer._ref === disclaimer?._id ? [block] : []
    return block._type === 'block' ? [withShownLinks(block)] : [block]
  })
  return [
    ...bodyWithoutTrailingBlocks(shown),
    ...missingSafetyBlocks(article),
    ...shown.filter((block) => block._type === 'faq'),
    ...shown.filter((block) => block._type === 'disclaimerBlock'),
  ]
}

/** Body, citation list, FAQ and disclaimer (the page's own parts), sanitised by the same schema as the pages. */
export const articleContentTree = (site: RenderSiteInput, article: Article): Element[] => {
  const {body, citationList, faq, disclaimers} = articleContentParts(site, article)
  return sanitizeSiteContent([...body, ...citationList, ...faq, ...disclaimers]).filter((node): node is Element => node.type === 'element')
}

export const articleContentHtml = (site: RenderSiteInput, article: Article): string => toHtml(articleContentTree(site, article))

/** Claims in the order the body first cites them; a published article has only approved ones. */
export const articleClaims = (site: RenderSiteInput, article: Article): ClaimEntry[] =>
  citedClaimIds(article.body).flatMap((id) => {
    const claim = site.graph.claims.get(id)
    const reviewer = site.graph.people.get(claim?.review?.reviewer?._ref ?? '')
    if (!claim || !reviewer || !claim.review?.reviewDue) return []
    return [{
      id: claim._id,
      statement: claim.statement,
      evidence: {
        certainty: claim.evidence?.certainty ?? null,
        certaintyLabel: labelOf(GRADE_CERTAINTY, claim.evidence?.certainty) || 'غير محدّدة',
        note: claim.evidence?.note ?? null,
        citations: (claim.evidence?.citations ?? []).map((citation) => ({
          title: citation.title,
          year: citation.year ?? null,
          studyType: citation.studyType ?? null,
          studyTypeLabel: citation.studyType ? labelOf(STUDY_TYPES, citation.studyType) : null,
          pmid: citation.pmid ?? null,
          doi: citation.doi ?? null,
          url: citation.url ? (safeLinkHref(citation.url) ?? null) : null,
        })),
      },
      // The day the approval lapses for this clinic (claim-expired): the recorded date or the policy's limit, whichever is first.
      review: {reviewer: personCredit(reviewer, site.clinic.jurisdiction), reviewedAt: claim.review.reviewedAt ?? null, reviewDue: approvalLastDay(claim.review, presetFor(site.clinic.jurisdiction).claimReviewPeriodMonths) ?? claim.review.reviewDue},
    }]
  })

/** The procedures the article is about, then those its safety blocks embed, each once. */
export const articleProcedures = (site: RenderSiteInput, article: Article): Procedure[] => {
  const ids = [
    ...article.procedures.map((ref) => ref._ref),
    ...article.body.flatMap((block) => (block._type === 'procedureSafety' ? [block.procedure._ref] : [])),
  ]
  return [...new Set(ids)].flatMap((id) => site.graph.procedures.get(id) ?? [])
}

export const articleFaq = (article: Article): {question: string; answer: string}[] =>
  article.body.flatMap((block) => (block._type === 'faq' ? block.items.map(({question, answer}) => ({question, answer})) : []))
