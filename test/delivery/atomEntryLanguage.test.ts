// An Atom entry in another variety of Arabic than the clinic's says so with its own xml:lang (RFC
// 4287 §2, xml:lang on any element), as the page's <article lang> and JSON Feed's item `language` do.
import {XMLParser} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {renderFeeds} from '../../src/delivery/deliveryFiles.ts'
import {entryId} from '../../src/delivery/deliveryPaths.ts'
import type {Clinic} from '../../src/content/documents/clinic.ts'
import {asText} from '../support/textFile.ts'
import {graphOf, mesoArticle, rawDocuments, siteInput} from '../render/fixtures.ts'

// The fixture's Saudi clinic has no domain, so no feeds: it gets one here.
const withMesoLanguage = (language: string) =>
  rawDocuments().map((raw) => {
    const id = (raw as {_id: string})._id
    if (id === 'article.meso') return {...mesoArticle, language}
    return id === 'clinic.rawda-riyadh' ? {...(raw as object), domain: 'rawda.example'} : raw
  })

const feedsOf = async (clinicId: string, raws: unknown[]) => {
  const files = await renderFeeds(siteInput(clinicId, {graph: graphOf(raws)}))
  const text = (path: string) => asText(files.find((file) => file.path === path)!).contents
  const atom = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry'}).parse(text('atom.xml')).feed
  const json = JSON.parse(text('feed.json'))
  return {atom, json}
}


describe('Atom entry language', () => {
  it.each([
    // clinic, the meso article's language, its entry's xml:lang (undefined: inherits the feed's), the feed's
    {clinic: 'rawda-riyadh', language: 'ar-EG', entry: 'ar-EG', feed: 'ar-SA'},
    {clinic: 'rawda-riyadh', language: 'ar', entry: undefined, feed: 'ar-SA'},
    {clinic: 'rawda-riyadh', language: 'ar-SA', entry: undefined, feed: 'ar-SA'},
    {clinic: 'nour-cairo', language: 'ar-EG', entry: undefined, feed: 'ar-EG'},
    {clinic: 'nour-cairo', language: 'ar-AE', entry: 'ar-AE', feed: 'ar-EG'},
  ])('$clinic, article in $language: entry xml:lang $entry, feed $feed', async ({clinic, language, entry, feed}) => {
    const {atom, json} = await feedsOf(`clinic.${clinic}`, withMesoLanguage(language))
    expect(atom['xml:lang']).toBe(feed)
    const id = entryId({_id: `clinic.${clinic}`} as Clinic, 'article.meso')
    expect(atom.entry.find((item: {id: string}) => item.id === id)['xml:lang']).toBe(entry)
    // The other article (language "ar") inherits the feed's.
    expect(atom.entry.find((item: {id: string}) => item.id !== id)['xml:lang']).toBeUndefined()
    // What JSON Feed says of the same item, resolved as the page resolves it.
    expect(json.items.find((item: {id: string}) => item.id === id).language).toBe(language)
  })

  it('changes when only the article\'s language changes', async () => {
    const before = await feedsOf('clinic.rawda-riyadh', withMesoLanguage('ar-SA'))
    const after = await feedsOf('clinic.rawda-riyadh', withMesoLanguage('ar-EG'))
    const id = entryId({_id: 'clinic.rawda-riyadh'} as Clinic, 'article.meso')
    expect(before.atom.entry.find((item: {id: string}) => item.id === id)['xml:lang']).toBeUndefined()
    expect(after.atom.entry.find((item: {id: string}) => item.id === id)['xml:lang']).toBe('ar-EG')
  })
})
