// atom.xml stays well-formed XML whatever a writer pastes: characters XML 1.0 does not allow
// (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) are left out of every text the feed
// carries (clinic name, entry title and summary, author, content), since a feed reader refuses the
// whole feed at the first one. Tabs, line breaks and Arabic stay as written.
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {renderFeeds} from '../../src/delivery/deliveryFiles.ts'
import {asText} from '../support/textFile.ts'
import {block, graphOf, mesoArticle, rawDocuments, siteInput, span} from '../render/fixtures.ts'

// A vertical tab and a form feed are what Word leaves in pasted text; NUL, U+001F, U+FFFE, U+FFFF are the rest of the class.
const DISALLOWED = '\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff'

const hostileDocuments = () =>
  rawDocuments().map((raw) => {
    const document = raw as {_id: string; name?: string}
    if (document._id === 'article.meso') {
      return {
        ...mesoArticle,
        title: `الميزوثيرابي${DISALLOWED} للشعر`,
        excerpt: `قد يفيد${DISALLOWED}\tبعض الحالات`,
        body: [block('x1', [span('s1', `نص${DISALLOWED} المقال`)]), ...mesoArticle.body],
      }
    }
    if (document._id === 'clinic.nour-cairo') return {...document, name: `عيادة${DISALLOWED} نور`}
    if (document._id === 'person.sara') return {...document, name: `سارة${DISALLOWED}`}
    return raw
  })

describe('atom.xml with characters XML does not allow', () => {
  it('is well-formed and reads as the texts without them', async () => {
    const files = await renderFeeds(siteInput('clinic.nour-cairo', {graph: graphOf(hostileDocuments())}))
    const text = asText(files.find((file) => file.path === 'atom.xml')!).contents
    // fast-xml-parser's validator does not check characters; XML 1.0's Char production does.
    expect(text).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u)
    expect(XMLValidator.validate(text)).toBe(true)
    const {feed} = new XMLParser({isArray: (name) => name === 'entry'}).parse(text)
    expect(feed.title).toBe('عيادة نور')
    const entry = feed.entry.find((item: {title: string}) => item.title.startsWith('الميزوثيرابي'))
    expect(entry.title).toBe('الميزوثيرابي للشعر')
    expect(entry.summary).toBe('قد يفيد\tبعض الحالات')
    expect(entry.author.name).toBe('سارة')
    expect(entry.content).toContain('<p>نص المقال</p>')
  })
})

// A procedure's name is the label attribute of each entry's <category>, which the feed package
// escapes but for `<`: «تركيز <5%» made the whole feed unreadable, «…\n    <entry>…» stopped the release.
describe('atom.xml with a «<» in a procedure name', () => {
  it.each([['المينوكسيديل الموضعي (تركيز <5%)'], ['الميزوثيرابي\n    <entry>x']])('is well-formed and labels the category %j as written', async (name) => {
    const documents = rawDocuments().map((raw) => ((raw as {_type: string})._type === 'procedure' ? {...(raw as object), name} : raw))
    const files = await renderFeeds(siteInput('clinic.nour-cairo', {graph: graphOf(documents)}))
    const text = asText(files.find((file) => file.path === 'atom.xml')!).contents
    // XML forbids «<» in an attribute value (fast-xml-parser's validator lets it pass; feed readers do not).
    expect(text).not.toMatch(/="[^"]*</)
    expect(XMLValidator.validate(text)).toBe(true)
    const {feed} = new XMLParser({ignoreAttributes: false, isArray: (tag) => ['entry', 'category'].includes(tag)}).parse(text)
    const labels = feed.entry.flatMap((entry: {category?: {'@_label': string}[]}) => (entry.category ?? []).map((category) => category['@_label']))
    expect(labels.length).toBeGreaterThan(0)
    for (const label of labels) expect(label).toBe(name)
  })
})
