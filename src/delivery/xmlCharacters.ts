// What XML 1.0 lets a document hold (its Char production). Writers paste C0 controls (Word's vertical
// tab and form feed) and noncharacters that a browser shows as nothing, but a feed reader refuses the
// whole feed at the first one; an XML file the pipeline writes leaves them out.

const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const EVERY_NOT_XML_CHARACTER = new RegExp(NOT_XML_CHARACTER.source, 'gu')

/** `text` without the characters XML 1.0 does not allow, escaped or not; the same string when it has none. */
export const withoutNonXmlCharacters = (text: string): string =>
  NOT_XML_CHARACTER.test(text) ? text.replace(EVERY_NOT_XML_CHARACTER, '') : text
