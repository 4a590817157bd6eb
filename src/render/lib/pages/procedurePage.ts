// A procedure page: summary, how it is performed, the session plan in Arabic, anaesthesia,
// downtime, risks by frequency, contraindications, alternatives that have pages, and the
// published articles about it, plus MedicalTherapy JSON-LD.
import {h} from 'hastscript'
import type {Element} from 'hast'
import {clinicVisitDetails} from '../../../content/clinicVisitDetails.ts'
import type {Procedure} from '../../../content/documents/procedure.ts'
import {ANAESTHESIA_KINDS, labelOf} from '../../../content/vocabulary.ts'
import {paragraphs} from '../paragraphs.ts'
import {procedureWording} from '../procedureWording.ts'
import {contraindicationsToHast, risksToHast} from '../blocks/procedureSafety.ts'
import {therapyJsonLd, serializeJsonLd} from '../jsonLd.ts'
import {fragmentBytesEach, fragmentSlot, type PageFragments} from '../fragments.ts'
import {renderListPage, type ListPage} from '../layout.ts'
import {formatMinutes, formatSessionCount, formatWeeks} from '../../../locale/localeFormat.ts'
import {localDigitsInTree} from '../localDigitsInTree.ts'
import {alternativesWithPages, articlesAbout} from '../siteContents.ts'
import {articleUrl, canonicalUrl, procedureFile, procedureUrl} from '../sitePaths.ts'
import type {RenderedFile, RenderSiteInput} from '../types.ts'

const procedureFacts = (locale: string, procedure: Procedure): Element[] => {
  const {sessions = {}, anaesthesia} = clinicVisitDetails(procedure)
  const sessionFacts: [string, string | undefined][] = [
    ['عدد الجلسات', formatSessionCount(locale, {min: sessions.countMin, max: sessions.countMax})],
    ['الفاصل بين الجلسات', formatWeeks(locale, {min: sessions.intervalWeeksMin, max: sessions.intervalWeeksMax})],
    ['مدة الجلسة', formatMinutes(locale, {min: sessions.durationMinutesMin, max: sessions.durationMinutesMax})],
  ]
  const otherFacts: [string, string | undefined][] = [
    ['التخدير', anaesthesia ? labelOf(ANAESTHESIA_KINDS, anaesthesia) : undefined],
    ['فترة التعافي', procedure.downtime],
  ]
  const given = (facts: [string, string | undefined][]) => facts.filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '')
  const sessionsGiven = given(sessionFacts)
  const present = [...sessionsGiven, ...given(otherFacts)]
  if (present.length === 0) return []
  return [
    h('h2', sessionsGiven.length > 0 ? 'الجلسات والتعافي' : procedure.setting === 'home' ? 'التعافي' : 'التخدير والتعافي'),
    h('dl', {className: ['facts']}, present.flatMap(([term, value]) => [h('dt', term), h('dd', value)])),
  ]
}

const linkItem = (link: {href: string; text: string}): Element => h('li', h('a', {href: link.href}, link.text))

const linkList = (heading: string, links: {href: string; text: string}[]): Element[] =>
  links.length === 0 ? [] : [h('h2', heading), h('ul', links.map(linkItem))]

export const procedurePage = (input: RenderSiteInput, procedure: Procedure, articles = articlesAbout(input, procedure)): ListPage => {
  const {clinic, graph} = input
  const urlPath = procedureUrl(procedure.slug.current)
  const alternatives = alternativesWithPages(input, procedure).map((alternative) => ({href: procedureUrl(alternative.slug.current), text: alternative.name}))
  const fragments: PageFragments = new Map()
  // One item per article about the procedure, rendered once per article (fragments.ts).
  const articleItems = fragmentBytesEach(
    articles,
    // Keyed by locale too: the digits of a title follow the clinic's locale (localDigitsInTree.ts).
    `procedure-page-link:${clinic.locale}`,
    (article) => localDigitsInTree(clinic.locale, [linkItem({href: articleUrl(article.slug.current), text: article.title})]),
    `procedure-page-link:${clinic._id}:${procedure._id}`,
  )
  const main = h('article', {className: ['article']}, [
    h('header', {className: ['article-header']}, [h('h1', procedure.name), h('p', {className: ['lead']}, procedure.summary)]),
    procedure.howPerformed ? [h('h2', procedureWording(procedure).howHeading), ...paragraphs(procedure.howPerformed)] : [],
    ...procedureFacts(clinic.locale, procedure),
    ...risksToHast(procedure, graph),
    ...contraindicationsToHast(procedure, graph),
    ...linkList('البدائل', alternatives),
    ...(articles.length === 0 ? [] : [h('h2', `مقالات عن ${procedure.name}`), h('ul', [fragmentSlot(fragments, articleItems)])]),
  ])
  const canonical = canonicalUrl(clinic, urlPath)
  return {
    path: procedureFile(procedure.slug.current),
    shell: {
      urlPath,
      title: `${procedure.name} | ${clinic.name}`,
      description: procedure.summary,
      openGraph: {type: 'website', title: procedure.name, locale: clinic.locale},
      main: [main],
      jsonLd: serializeJsonLd({'@context': 'https://schema.org', ...therapyJsonLd(procedure, graph, canonical)}),
    },
    fragments,
  }
}

export const renderProcedurePage = (input: RenderSiteInput, procedure: Procedure): RenderedFile =>
  renderListPage(input, procedurePage(input, procedure))
