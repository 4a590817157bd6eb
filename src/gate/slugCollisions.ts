// slug-duplicate: two articles a clinic would publish at one address. Each would be written to
// /articles/<slug>/, the second over the first, and the index would link both titles to one page.
// A rule over a clinic's whole article list, so it runs after the per-article checks: the article
// that had the address first (earliest _createdAt, then id) keeps it and the others are blocked.
import type {Article} from '../content/documents/article.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'
import type {ArticleVerdict} from './runGate.ts'

export const SLUG_DUPLICATE = 'slug-duplicate'

const earlier = (a: Article, b: Article): boolean => {
  const created = (a._createdAt ?? '').localeCompare(b._createdAt ?? '')
  return created < 0 || (created === 0 && a._id < b._id)
}

const duplicateFinding = (article: Article, holder: Article): Finding => ({
  ruleId: SLUG_DUPLICATE,
  severity: 'error',
  message: `الرابط /articles/${article.slug.current}/ يستخدمه مقال آخر منشور لهذه العيادة: «${holder.title}» (${holder._id}). لو نُشر المقالان لحلّ أحدهما محل الآخر على الرابط نفسه. غيّر «الرابط المختصر» (slug) لهذا المقال ثم أعد النشر.`,
  documentId: article._id,
  path: 'slug',
  url: ruleDocsUrl(SLUG_DUPLICATE),
})

/**
 * `verdicts[i]` is the verdict of `articles[i]`. Returns `verdicts` itself when no two publishable
 * articles share a slug (the usual case, so callers may compare by identity), else a copy in which
 * every publishable article but the slug's first holder is blocked with a slug-duplicate finding.
 */
export const blockSlugCollisions = (verdicts: ArticleVerdict[], articles: readonly Article[]): ArticleVerdict[] => {
  const holders = new Map<string, number>()
  let collided = false
  for (const [index, verdict] of verdicts.entries()) {
    if (!verdict.publishable) continue
    const holder = holders.get(verdict.slug)
    if (holder === undefined) holders.set(verdict.slug, index)
    else {
      collided = true
      if (earlier(articles[index]!, articles[holder]!)) holders.set(verdict.slug, index)
    }
  }
  if (!collided) return verdicts
  return verdicts.map((verdict, index) => {
    if (!verdict.publishable) return verdict
    const holder = holders.get(verdict.slug)!
    if (holder === index) return verdict
    return {...verdict, publishable: false, findings: [...verdict.findings, duplicateFinding(articles[index]!, articles[holder]!)]}
  })
}
