// The sitemap and Atom packages write a whole document at once. To keep each item's XML between
// builds, their output is cut into the part before the items, one piece per item, and the part
// after, and joined again from kept pieces (sitemapXml.ts, atomFeed.ts; test/delivery holds the
// joined bytes to the package's own output).

export interface XmlItemPieces {
  head: string
  items: string[]
  tail: string
}

/**
 * `xml` cut before each `itemStart` and at the last `end`. Only for documents whose text and
 * attribute values have `<` escaped (both packages escape them; the feeds' content is spliced in
 * later), so that neither marker appears anywhere else.
 */
export const xmlItemPieces = (xml: string, itemStart: string, end: string): XmlItemPieces => {
  const endAt = xml.lastIndexOf(end)
  // A package that wrote its document differently (an upgrade) must fail the build, not cut it wrong.
  if (endAt < 0) throw new Error(`xmlItemPieces: the document does not end with ${JSON.stringify(end)}; has the package's output format changed?`)
  const [head, ...items] = xml.slice(0, endAt).split(itemStart)
  return {head: head!, items: items.map((item) => itemStart + item), tail: xml.slice(endAt)}
}
