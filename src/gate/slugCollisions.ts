// slug-duplicate: two articles a clinic would publish at one address. Each would be written to
// /articles/<slug>/, the second over the first, and the index would link both titles to one page.
// A rule over a clinic's whole article list, so it runs after the per-article checks: the article
// that had the address first (earliest _createdAt, then id) keeps it and the others are blocked.
// Slugs that differ only in letter case are one address (slugAddressKey).
import type {Article} from '../content/documents/article.ts'
import {slugAddressKey} from '../content/slugAddressKey.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'
import type {ArticleVerdict} from './runGate.ts'

export const SLUG_DUPLICATE = 'slug-duplicate'

const earlier = (a: Article, b: Article): boolean => {
  const created = (a._createdAt ?? '').localeCompare(b._createdAt ?? '')
  return created < 0 || (created === 0 && a._id < b._id)
}

// Said when the slugs differ as typed: «the same address» would read as wrong to a writer comparing them.
const sharedAddress = (slug: string, holderSlug: string): string =>
  slug === holderSlug
    ? `الرابط /articles/${slug}/ يستخدمه مقال آخر منشور لهذه العيادة`
    : `الرابط /articles/${slug}/ لا يختلف عن الرابط /articles/${holderSlug}/ إلا في حالة الأحرف، وتعدّهما أنظمة الملفات وكثير من الخوادم رابطًا واحدًا، وهو لمقال آخر منشور لهذه العيادة`

const duplicateFinding = (article: Article, holder: Article): Finding => ({
  ruleId: SLUG_DUPLICATE,
  severity: 'error',
  message: `${sharedAddress(article.slug.current, holder.slug.current)}: «${holder.title}» (${holder._id}). لو نُشر المقالان لحلّ أحدهما محل الآخر على الرابط نفسه. غيّر «المعرّف في الرابط» (slug) لهذا المقال ثم أعد النشر.`,
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
    const address = slugAddressKey(verdict.slug)
    const holder = holders.get(address)
    if (holder === undefined) holders.set(address, index)
    else {
      collided = true
      if (earlier(articles[index]!, articles[holder]!)) holders.set(address, index)
    }
  }
  if (!collided) return verdicts
  return verdicts.map((verdict, index) => {
    if (!verdict.publishable) return verdict
    const holder = holders.get(slugAddressKey(verdict.slug))!
    if (holder === index) return verdict
    return {...verdict, publishable: false, findings: [...verdict.findings, duplicateFinding(articles[index]!, articles[holder]!)]}
  })
}

/**
 * blockSlugCollisions for a list that comes back build after build (a clinic's gate in a running
 * process). It keeps how many publishable verdicts hold each slug and, when the list is as long as
 * last time, updates those counts only at the positions whose verdict changed: while no slug is held
 * twice the verdicts are the answer, found without reading each of thousands of scattered verdicts
 * again after every edit. Same answers as blockSlugCollisions.
 */
export const slugCollisionWatch = (): typeof blockSlugCollisions => {
  let last: {verdicts: readonly ArticleVerdict[]; holders: Map<string, number>; shared: number} | undefined
  return (verdicts, articles) => {
    // A list of another length is counted afresh: positions no longer correspond.
    const before = last && last.verdicts.length === verdicts.length ? last : undefined
    const holders = before?.holders ?? new Map<string, number>()
    let shared = before?.shared ?? 0
    const hold = (slug: string, by: 1 | -1) => {
      const address = slugAddressKey(slug)
      const count = (holders.get(address) ?? 0) + by
      if (by === 1 && count === 2) shared++
      if (by === -1 && count === 1) shared--
      if (count === 0) holders.delete(address)
      else holders.set(address, count)
    }
    for (let index = 0; index < verdicts.length; index++) {
      const verdict = verdicts[index]!
      const was = before?.verdicts[index]
      if (was === verdict) continue
      if (was?.publishable) hold(was.slug, -1)
      if (verdict.publishable) hold(verdict.slug, 1)
    }
    last = {verdicts, holders, shared}
    return shared === 0 ? verdicts : blockSlugCollisions(verdicts, articles)
  }
}
