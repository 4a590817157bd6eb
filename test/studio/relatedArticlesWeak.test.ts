// A related article that is not published: the build leaves its link off the page and publishes the
// article (related-article-broken, a warning), and the Studio says the same and lets it be published;
// as a strong reference Sanity's own check refused Publish with «انشره أولًا».
import {describe, expect, test} from 'vitest'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {gateFindings, ref, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'
import {studioMarkers} from '../support/studioMarkers.ts'

const related = ref('article.meso-realistic-v2', 'x1')
const draftOnly = {...seed004Article(), _id: 'drafts.article.meso-realistic-v2'}

describe('relatedArticles: an entry that is not published', () => {
  test('the form warns, at the entry, in the words of the build, and nothing blocks Publish', async () => {
    const documents = [...supportingDocuments(), draftOnly]
    const article = {...seed004Article({relatedArticles: [related]}), _id: 'drafts.article.meso-realistic'}
    const markers = (await studioMarkers(article, documents)).filter((marker) => marker.path.startsWith('relatedArticles'))

    const graph = buildContentGraph(parseDocuments([...supportingDocuments(), seed004Article({relatedArticles: [related]})]).documents)
    const build = gateFindings(graph).filter((finding) => finding.ruleId === 'related-article-broken')
    expect(build.map(({severity, path}) => `${severity} ${path}`)).toEqual(['warning relatedArticles[_key=="x1"]'])
    expect(markers).toEqual([{level: 'warning', path: 'relatedArticles[_key=="x1"]', message: `${build[0]!.message} [related-article-broken]`}])
  })
})
