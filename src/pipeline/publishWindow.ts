// Scheduled publishing: an article that passes the gate is live only between its publishAt and
// unpublishAt instants. Pure; the scheduler and `sanad serve` rebuild at those instants so they hold.
import type {Article} from '../content/documents/article.ts'

export type PublishWindowState =
  | {live: true}
  | {live: false; reason: 'before-publish-at'; at: string}
  | {live: false; reason: 'after-unpublish-at'; at: string}

export const publishWindowState = (article: Pick<Article, 'publishAt' | 'unpublishAt'>, now: Date): PublishWindowState => {
  const time = now.getTime()
  if (article.unpublishAt && Date.parse(article.unpublishAt) <= time) return {live: false, reason: 'after-unpublish-at', at: article.unpublishAt}
  if (article.publishAt && Date.parse(article.publishAt) > time) return {live: false, reason: 'before-publish-at', at: article.publishAt}
  return {live: true}
}

/** Every future instant at which some article's window opens or closes, earliest first. */
export const upcomingWindowChanges = (articles: Iterable<Pick<Article, 'publishAt' | 'unpublishAt'>>, now: Date): string[] => {
  const times = new Set<number>()
  for (const article of articles) {
    for (const at of [article.publishAt, article.unpublishAt]) {
      const time = at ? Date.parse(at) : Number.NaN
      if (time > now.getTime()) times.add(time)
    }
  }
  return [...times].sort((a, b) => a - b).map((time) => new Date(time).toISOString())
}

/** The ids of the clinics targeted by an article whose window opens or closes at one of `instants`. */
export const clinicsWithWindowChangeAt = (articles: Iterable<Pick<Article, 'publishAt' | 'unpublishAt' | 'targetClinics'>>, instants: Iterable<string>): Set<string> => {
  const times = new Set([...instants].map((at) => Date.parse(at)))
  const changesThen = (at: string | undefined) => at !== undefined && times.has(Date.parse(at))
  const clinicIds = new Set<string>()
  for (const article of articles) {
    if (changesThen(article.publishAt) || changesThen(article.unpublishAt)) for (const ref of article.targetClinics) clinicIds.add(ref._ref)
  }
  return clinicIds
}
