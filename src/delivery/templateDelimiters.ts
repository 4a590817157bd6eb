// Markdown sites are built by generators that run a template language over a page's Markdown before
// rendering it: Jekyll and Eleventy (Liquid: `{{ … }}`, `{% … %}`), Eleventy with Nunjucks (also
// `{# … #}`), Hugo (shortcodes: `{{< … >}}`, `{{% … %}}`). Content typed with such a delimiter would
// be run by the clinic's generator: a build error that stops the clinic's whole site, or the site's
// own data and includes shown inside a medical article. So the export writes a `{` that would open
// one as the character reference `&#123;`: CommonMark renders it as «{» (references are decoded in
// text, link text, destinations and titles alike; the export writes no code and no raw HTML, where
// they are not), and no template language reads it as a delimiter.
const OPENS_DELIMITER = /\{(?=[{%#])/g

/** `markdown` with every `{` that opens a template delimiter written as a character reference. */
export const withoutTemplateDelimiters = (markdown: string): string => markdown.replace(OPENS_DELIMITER, '&#123;')
