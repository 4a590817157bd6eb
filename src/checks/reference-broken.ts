// reference-broken: a reference that does not resolve to a published document of the right type
// would render as a hole (a missing safety section, a missing disclaimer, a claim nobody vouches
// for). Related articles are related-article-broken's: their links are simply left out.
import {articleReferences, failsContentModel, resolvesTo} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {describeBrokenReference} from './describeBrokenReference.ts'
import {brokenSafetyReferences} from './procedureSafetyReferences.ts'
import {proceduresShown} from './textsShown.ts'

export const referenceBroken = defineCheck({
  ruleId: 'reference-broken',
  description: 'A reference anywhere in the article, other than a related article, points to an id that is not a published document of the expected type.',
  defaultOptions: {},
  run({article, graph, parseFindings}) {
    const references = articleReferences(article).flatMap((reference) => {
      // A related article's link is left off the page: related-article-broken, which does not block.
      if (reference.expectedType === 'article' || resolvesTo(graph, reference.id, reference.expectedType)) return []
      // A block of a disclaimer that fails the content model shows nothing, and matters only where
      // that disclaimer may be in force: there its clinics are held back (disclaimerInForceUnknown.ts).
      // An article for three countries is not kept off Cairo's site by the UAE's disclaimer.
      if (reference.expectedType === 'disclaimer' && failsContentModel(parseFindings, reference.id)) return []
      const {why, fix} = describeBrokenReference(graph, parseFindings, reference)
      return [{documentId: article._id, path: reference.path, message: `${why} ${fix}`}]
    })
    // The risks and contraindications the page shows come from the procedures it is about or
    // embeds: one of theirs that is missing would be left out without a word.
    const safety = proceduresShown(article, graph).flatMap((procedure) => brokenSafetyReferences(procedure, graph, parseFindings))
    return [...references, ...safety]
  },
})
