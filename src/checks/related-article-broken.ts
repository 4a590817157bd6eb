// related-article-broken: an entry of «مقالات ذات صلة» that is not a published, valid article. The
// page leaves the link out, as it leaves out a related article not published for the clinic, so the
// reader meets no dead link: the writer is told, and the article still publishes. As
// reference-broken's error it kept an article off every clinic because the article it points to
// was deleted, or failed the content model for a while. An entry naming the article itself is told
// too: the page never links an article to itself (liveRelatedArticles), so it too is left out.
import {isSelfReference} from '../content/publishedId.ts'
import {articleReferences, resolvesTo} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {describeBrokenReference} from './describeBrokenReference.ts'

export const relatedArticleBroken = defineCheck({
  ruleId: 'related-article-broken',
  description: 'An entry of relatedArticles points to the article itself, or to an id that is not a published article; the page leaves the link out.',
  defaultOptions: {},
  run({article, graph, parseFindings}) {
    return articleReferences(article).flatMap((reference) => {
      if (reference.expectedType !== 'article') return []
      if (isSelfReference(article._id, reference.id)) {
        return [{documentId: article._id, path: reference.path, message: `الربط في «${reference.label}» يشير إلى المقال نفسه (${reference.id})، والمقال لا يكون ذا صلة بنفسه. لا يظهر هذا الرابط في الصفحة، ويُنشر المقال من دونه. احذف الربط، أو اختر مقالًا آخر.`}]
      }
      if (resolvesTo(graph, reference.id, 'article')) return []
      const {why, fix} = describeBrokenReference(graph, parseFindings, reference)
      return [{documentId: article._id, path: reference.path, message: `${why} لا يظهر هذا الرابط في الصفحة، ويُنشر المقال من دونه. ${fix}`}]
    })
  },
})
