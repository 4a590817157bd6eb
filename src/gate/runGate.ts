// The publish gate for one clinic: a verdict (findings + publishable) for every article that
// targets the clinic, under the clinic's preset. Pure; articles not targeting the clinic are ignored.
import {documentById, type ContentGraph} from '../content/contentGraph.ts'
import {rememberGraphReads, type GraphReadMemo} from '../content/graphReadMemo.ts'
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {calendarDateIn} from '../checks/calendarDates.ts'
import type {Finding} from '../findings/finding.ts'
import type {Preset} from '../presets/preset.ts'
import {checkArticle, isPublishable} from './checkArticle.ts'

export interface GateInput {
  graph: ContentGraph
  clinic: Clinic
  now: Date
  preset: Preset
  /** Findings from the zod boundary (parseDocuments); may be omitted when there were none. */
  parseFindings?: readonly Finding[]
  /** Findings of earlier runs (a running server's rebuilds): articles whose inputs did not change are not re-checked. */
  memo?: GraphReadMemo
}

export interface ArticleVerdict {
  articleId: string
  slug: string
  title: string
  publishable: boolean
  findings: Finding[]
}

export interface ClinicGateResult {
  clinicId: string
  clinicSlug: string
  jurisdiction: Clinic['jurisdiction']
  preset: string
  articles: ArticleVerdict[]
  /**
   * Schema findings for documents that never reached the graph. Their targets are unknown (the
   * document did not parse), so they cannot be attributed to an article here; any article among
   * them is unpublishable everywhere, and any other document among them surfaces as
   * reference-broken on the articles that point to it.
   */
  unparsed: Finding[]
}

const byId = (a: Article, b: Article): number => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

export const runGate = ({graph, clinic, now, preset, parseFindings = [], memo}: GateInput): ClinicGateResult => {
  const today = calendarDateIn(now, preset.timeZone)
  const scope = `gate:${clinic._id}`
  const check = (article: Article) =>
    memo
      ? rememberGraphReads(memo, {owner: article, scope, graph, keys: [clinic, preset, today, parseFindings]}, (view) =>
          checkArticle({article, clinic, graph: view, now, preset, parseFindings}),
        )
      : checkArticle({article, clinic, graph, now, preset, parseFindings})
  const targeting = [...graph.articles.values()].filter((article) => article.targetClinics.some((target) => target._ref === clinic._id))
  // Exports list documents by id, so the graph usually is in order already; checking costs one pass.
  if (!targeting.every((article, index) => index === 0 || targeting[index - 1]!._id < article._id)) targeting.sort(byId)
  const articles = targeting.map((article): ArticleVerdict => {
    const findings = check(article)
    return {articleId: article._id, slug: article.slug.current, title: article.title, publishable: isPublishable(findings), findings}
  })
  return {
    clinicId: clinic._id,
    clinicSlug: clinic.slug.current,
    jurisdiction: clinic.jurisdiction,
    preset: preset.name,
    articles,
    unparsed: parseFindings.filter((finding) => !documentById(graph, finding.documentId)),
  }
}
