// What publishing an edit of a person (their roles, their licences) does to the articles that credit
// them or link a claim they approved: the articles the gate's rules that read a person would hold
// back once the edit is published (a medical reviewer's role taken away, a writer's, a licence
// removed), which the person's form did not show and the articles' and claims' forms then did. The
// same rules run on the published content and on it with the edit in place, and only articles the
// whole gate publishes today are named (heldBackByEdit.ts). Pure.
import {articleClaimReferences} from '../../checks/articleReferences.ts'
import {quoteClaim} from '../../checks/claimApproval.ts'
import type {RuleId} from '../../checks/registry.ts'
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {parseDraft} from './draftStandIns.ts'
import type {SanadDocument} from '../../content/parseDocuments.ts'
import {graphsAroundEdit, idsReadByWholeGate, newlyHeldBack, publishedToday, type HeldBackImpact} from './heldBackByEdit.ts'
import type {ArticleGateContext} from './studioArticleFindings.ts'

/** The result of `personEditContextQuery`, in the published perspective. */
export interface PersonEditContext {
  articles: unknown[]
  clinics: unknown[]
  claims: unknown[]
  people: unknown[]
}

export interface StudioPersonEditInput {
  document: unknown
  /** The id the edit is published under (the adapter reads it with Sanity's getPublishedId). */
  publishedId: string
  context: PersonEditContext
  now: Date
}

export interface StudioPersonEditFindingsInput extends StudioPersonEditInput {
  /** articleGateContextQuery's result for `personEditArticleIds`: what the whole gate reads of those articles today. */
  referenced: ArticleGateContext
}

/** The gate's rules whose verdict on an article depends on a person's roles or licences. */
export const PERSON_RULES: readonly RuleId[] = ['reviewer-missing', 'author-missing', 'reviewer-licence-jurisdiction', 'claim-reviewer-role', 'claim-approver-licence-jurisdiction']

interface HeldBackByRule {
  /** Article id → its title and the names of the clinics it would not be published in. */
  articles: Map<string, {title: string; clinics: string[]}>
  /** The claims the rule finds in those articles (a claim rule's findings are at their claimRefs). */
  claimIds: Set<string>
  /** What the rule says in the first of them: the reason and what to do, in the gate's words. */
  message: string
}

const publishedOf = (context: PersonEditContext): unknown[] => [...context.people, ...context.clinics, ...context.claims, ...context.articles]

type PersonEditImpact = HeldBackImpact<Extract<SanadDocument, {_type: 'person'}>>

/** The articles the person rules hold back only with the edit, in the clinics where they do. */
export const personEditImpact = ({document, publishedId, context, now}: StudioPersonEditInput): PersonEditImpact | undefined => {
  const draft = parseDraft(document)
  if (!('document' in draft) || draft.document._type !== 'person') return undefined
  const edited = draft.document
  const published = publishedOf(context)
  const {before, after} = graphsAroundEdit(published, edited, publishedId)
  return {edited, after, held: newlyHeldBack(before, after, PERSON_RULES, now), published, now}
}

/** What the form fetches next (articleGateContextQuery's `$ids`) to tell which of those articles are published today. */
export const personEditArticleIds = (input: StudioPersonEditInput): string[] => idsReadByWholeGate(personEditImpact(input)?.held ?? [])

export const studioPersonEditFindings = (input: StudioPersonEditFindingsInput): Finding[] => {
  const impact = personEditImpact(input)
  return impact ? personImpactFindings(impact, input.referenced) : []
}

/** The warnings of an edit's impact, naming only the articles the whole gate publishes today (on `referenced`, the form's second fetch). */
export const personImpactFindings = (impact: PersonEditImpact, referenced: ArticleGateContext): Finding[] => {
  const {edited, after} = impact
  const held = publishedToday(impact.held, impact.published, referenced, impact.now)
  const byRule = new Map<string, HeldBackByRule>()
  for (const {clinic, article, errors} of held) {
    for (const error of errors) {
      const held = byRule.get(error.ruleId) ?? {articles: new Map(), claimIds: new Set<string>(), message: error.message}
      byRule.set(error.ruleId, held)
      const entry = held.articles.get(article._id) ?? {title: article.title, clinics: []}
      held.articles.set(article._id, entry)
      if (!entry.clinics.includes(clinic.name)) entry.clinics.push(clinic.name)
      for (const {path, claimId} of articleClaimReferences(article)) if (path === error.path) held.claimIds.add(claimId)
    }
  }
  return [...byRule].map(([ruleId, {articles, claimIds, message}]) => {
    const list = [...articles.values()].map(({title, clinics}) => `«${title}» في ${clinics.map((name) => `«${name}»`).join(' و')}`)
    const claims = [...claimIds].map((claimId) => `${claimId} («${quoteClaim(after.claims.get(claimId)!)}»)`)
    const linking = claims.length > 0 ? `، لأنها تربط هذه الادعاءات التي اعتمدها «${edited.name}» (عددها ${claims.length}): ${claims.join('، ')}` : ''
    return {
      ruleId,
      severity: 'warning',
      message: `إن نُشر هذا التعديل فلن تُنشر هذه المقالات (عددها ${articles.size}): ${list.join('، ')}${linking}. ${message}`,
      documentId: edited._id,
      path: '',
      url: ruleDocsUrl(ruleId),
    }
  })
}
