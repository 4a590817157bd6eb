// What publishing an edit of a document other articles depend on (a clinic, a disclaimer, a person)
// does to those articles: the gate's own rules the edit bears on, run as the gate runs them (each
// clinic's preset, severities and options) on the published content and on it with the edit in
// place, and the articles they hold back only with the edit, of those the whole gate publishes today.
// The forms warn with these. Pure.
import type {RuleId} from '../../checks/registry.ts'
import {buildContentGraph, type ContentGraph} from '../../content/contentGraph.ts'
import type {Article} from '../../content/documents/article.ts'
import type {Clinic} from '../../content/documents/clinic.ts'
import {parseDocuments, type SanadDocument} from '../../content/parseDocuments.ts'
import {isError, type Finding} from '../../findings/finding.ts'
import {checkArticle, isPublishable} from '../../gate/checkArticle.ts'
import {presetFor} from '../../presets/index.ts'
import {referencedIds} from './referencedIds.ts'
import type {ArticleGateContext} from './studioArticleFindings.ts'

/** An article the edit would hold back in a clinic, and the errors the rules would then find in it there. */
export interface HeldBackArticle {
  clinic: Clinic
  article: Article
  errors: Finding[]
}

/** The published documents a form fetched, as they are (`before`) and with the edit published under `publishedId` (`after`). */
export const graphsAroundEdit = (published: readonly unknown[], edited: SanadDocument, publishedId: string): {before: ContentGraph; after: ContentGraph} => {
  const documents = parseDocuments(published).documents
  return {
    before: buildContentGraph(documents),
    after: buildContentGraph([...documents.filter((known) => known._id !== publishedId), {...edited, _id: publishedId}]),
  }
}

/** The errors the rules find in the article in the clinic, under the clinic's preset, in the order of `ruleIds`. */
const errorsOf = (ruleIds: readonly RuleId[], article: Article, clinic: Clinic, graph: ContentGraph, now: Date): Finding[] =>
  checkArticle({article, clinic, graph, now, preset: presetFor(clinic.jurisdiction), only: ruleIds})
    .filter(isError)
    .sort((a, b) => ruleIds.indexOf(a.ruleId as RuleId) - ruleIds.indexOf(b.ruleId as RuleId))

/**
 * Each article of `after` that the rules hold back in a clinic it targets there, and did not hold back
 * in that clinic in `before` (the published content): the articles publishing the edit holds back.
 */
export const newlyHeldBack = (before: ContentGraph, after: ContentGraph, ruleIds: readonly RuleId[], now: Date): HeldBackArticle[] =>
  [...after.articles.values()].flatMap((article) =>
    article.targetClinics.flatMap((target): HeldBackArticle[] => {
      const clinic = after.clinics.get(target._ref)
      if (!clinic) return []
      const errors = errorsOf(ruleIds, article, clinic, after, now)
      if (errors.length === 0) return []
      const [articleBefore, clinicBefore] = [before.articles.get(article._id), before.clinics.get(clinic._id)]
      const already = articleBefore && clinicBefore && articleBefore.targetClinics.some((known) => known._ref === clinic._id) && errorsOf(ruleIds, articleBefore, clinicBefore, before, now).length > 0
      return already ? [] : [{clinic, article, errors}]
    }),
  )

/**
 * What an edit does, worked out once from the form's first fetch: the edited document, the content
 * with it published (`after`), the articles its rules hold back only with it (`held`), and the
 * published documents fetched (`published`), which the form's second fetch completes.
 */
export interface HeldBackImpact<Edited extends SanadDocument> {
  edited: Edited
  after: ContentGraph
  held: HeldBackArticle[]
  published: readonly unknown[]
  now: Date
}

/** What a check of these articles with every rule reads beyond an edit's context (articleGateContextQuery's `$ids`): all they reference. */
export const idsReadByWholeGate = (held: readonly HeldBackArticle[]): string[] => referencedIds(held.map(({article}) => article))

/** The same, for an edit's impact: what its form fetches next. */
export const impactArticleIds = (impact: HeldBackImpact<SanadDocument>): string[] => idsReadByWholeGate(impact.held)

/**
 * Those of `held` that the whole gate (every rule of the clinic's preset) publishes in their clinic
 * today, on the published documents of the edit's context and those the articles reference
 * (`referenced`, articleGateContextQuery's result): an article another rule already holds back
 * there, an unapproved claim or a missing disclaimer, is not taken off the site by the edit.
 */
export const publishedToday = (held: readonly HeldBackArticle[], published: readonly unknown[], referenced: ArticleGateContext, now: Date): HeldBackArticle[] => {
  if (held.length === 0) return []
  const parsed = parseDocuments([...published, ...referenced.referenced, ...referenced.disclaimers, ...referenced.claimReviewers])
  const graph = buildContentGraph(parsed.documents)
  return held.filter(({article, clinic}) => {
    const [articleToday, clinicToday] = [graph.articles.get(article._id), graph.clinics.get(clinic._id)]
    return articleToday !== undefined && clinicToday !== undefined &&
      isPublishable(checkArticle({article: articleToday, clinic: clinicToday, graph, now, preset: presetFor(clinicToday.jurisdiction), parseFindings: parsed.findings}))
  })
}
