// atomFeed on the render fixtures: an entry is written anew whenever something it shows changes (not
// only when its summary does), and a feed without entries is dated by its clinic.
import {XMLParser} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {atomFeed} from '../../src/delivery/atomFeed.ts'
import {feedEntries} from '../../src/delivery/feedItems.ts'
import {graphOf, rawDocuments, siteInput} from '../render/fixtures.ts'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)
const feedOf = (xml: string) => new XMLParser({isArray: (name) => name === 'entry'}).parse(xml).feed

/** The Cairo site with its clinic document changed as given. */
const cairoWith = (clinic: Record<string, unknown>) =>
  siteInput('clinic.nour-cairo', {
    graph: graphOf(rawDocuments().map((raw) => ((raw as {_id: string})._id === 'clinic.nour-cairo' ? {...(raw as object), ...clinic} : raw))),
  })

describe('atomFeed', () => {
  it('writes an entry anew when its author or publication time changes and its summary does not', async () => {
    const site = siteInput('clinic.nour-cairo')
    const entries = await feedEntries(site)
    expect(feedOf(text(atomFeed(site, entries))).entry.map((entry: {author: {name: string}}) => entry.author.name)).toEqual(['سارة علي', 'عيادة نور'])
    // The same summary objects, as a rebuild has them when only the author's person document changed.
    const changed = entries.map((entry) => ({...entry, authorName: 'د. سلمى يوسف', publishedAt: '2026-11-01T09:00:00.000Z'}))
    const after = feedOf(text(atomFeed(site, changed))).entry
    expect(after.map((entry: {author: {name: string}; published: string}) => [entry.author.name, entry.published])).toEqual([
      ['د. سلمى يوسف', '2026-11-01T09:00:00.000Z'],
      ['د. سلمى يوسف', '2026-11-01T09:00:00.000Z'],
    ])
  })

  it('is dated by its clinic when it has no entries', () => {
    const site = cairoWith({_updatedAt: '2026-10-12T07:30:00Z'})
    expect(feedOf(text(atomFeed(site, []))).updated).toBe('2026-10-12T07:30:00.000Z')
  })
})
