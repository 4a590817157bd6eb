// The benchmark corpus as a minimal Hugo site: one section per clinic holding a Markdown page for
// every article that clinic publishes (same article pages as Sanad writes), with the body's claims
// as footnotes, the safety embed as lists, the FAQ and the clinic's own disclaimer. Templates are a
// small baseof/single/list set rendering full RTL pages; no theme. Pure: returns the files to write.
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import type {Article} from '../../src/content/documents/article.ts'
import type {Clinic} from '../../src/content/documents/clinic.ts'
import type {BodyBlock, TextBlock} from '../../src/content/portableText.ts'
import {GRADE_CERTAINTY, labelOf} from '../../src/content/vocabulary.ts'

export interface HugoSiteFile {
  path: string
  contents: string
}

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1')
const yamlString = (text: string): string => JSON.stringify(text)

const CONFIG = `baseURL = "https://bench.example/"
languageCode = "ar"
title = "Sanad benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = false
`

const BASEOF = `<!doctype html>
<html lang="{{ .Site.LanguageCode }}" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip-link" href="#main">انتقل إلى المحتوى</a>
<header class="site-header"><a class="brand" href="/">{{ .Site.Title }}</a></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><p>المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.</p></footer>
</body>
</html>
`

const SINGLE = `{{ define "main" }}<article class="article">
<header class="article-header"><h1>{{ .Title }}</h1>
<p class="review-dates">آخر مراجعة: <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
</header>
<div class="article-body">{{ .Content }}</div>
</article>{{ end }}
`

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul class="article-list">{{ range .Pages }}<li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ with .Description }}<p class="excerpt">{{ . }}</p>{{ end }}</li>{{ end }}</ul>{{ end }}
`

const NOT_FOUND = `{{ define "main" }}<h1>الصفحة غير موجودة</h1><p><a href="/">العودة إلى الصفحة الرئيسية</a></p>{{ end }}
`

interface MarkdownContext {
  graph: ContentGraph
  clinic: Clinic
  /** Footnote number of each claim, in order of first mention. */
  footnotes: Map<string, number>
}

const inlineMarkdown = (block: TextBlock, context: MarkdownContext): string =>
  block.children
    .map((span) => {
      let text = escapeMarkdown(span.text)
      if (span.marks.includes('strong') && text.trim()) text = `**${text.trim()}** `
      const claim = block.markDefs.find((mark) => mark._type === 'claimRef' && span.marks.includes(mark._key))
      if (claim?._type === 'claimRef') {
        const number = context.footnotes.get(claim.claim._ref) ?? context.footnotes.size + 1
        context.footnotes.set(claim.claim._ref, number)
        text = `${text}[^${number}]`
      }
      return text
    })
    .join('')

const safetyMarkdown = (procedureId: string, context: MarkdownContext): string[] => {
  const procedure = context.graph.procedures.get(procedureId)
  if (!procedure) return []
  const risks = procedure.risks.flatMap((entry) => {
    const risk = context.graph.risks.get(entry.risk._ref)
    return risk ? [`- **${escapeMarkdown(risk.name)}**: ${escapeMarkdown(risk.explanation ?? '')}`] : []
  })
  const contraindications = procedure.contraindications.flatMap((entry) => {
    const item = context.graph.contraindications.get(entry.contraindication._ref)
    return item ? [`- **${escapeMarkdown(item.name)}**: ${escapeMarkdown(item.explanation ?? '')}`] : []
  })
  return [`### المخاطر المعروفة: ${escapeMarkdown(procedure.name)}`, '', ...risks, '', '### موانع الاستخدام', '', ...contraindications, '']
}

const blockMarkdown = (block: BodyBlock, context: MarkdownContext): string[] => {
  switch (block._type) {
    case 'block': {
      const text = inlineMarkdown(block, context)
      if (block.listItem) return [`${block.listItem === 'number' ? '1.' : '-'} ${text}`]
      if (block.style === 'h2') return ['', `## ${text}`, '']
      if (block.style === 'h3') return ['', `### ${text}`, '']
      if (block.style === 'blockquote') return ['', `> ${text}`, '']
      return ['', text, '']
    }
    case 'evidenceNote':
      return ['', `> **قوة الدليل: ${block.certainty ? labelOf(GRADE_CERTAINTY, block.certainty) : 'غير محددة'}** — ${escapeMarkdown(block.text)}`, '']
    case 'procedureSafety':
      return ['', ...safetyMarkdown(block.procedure._ref, context)]
    case 'faq':
      return ['', `## ${escapeMarkdown(block.title ?? 'أسئلة شائعة')}`, '', ...block.items.flatMap((item) => [`### ${escapeMarkdown(item.question)}`, '', escapeMarkdown(item.answer), ''])]
    case 'disclaimerBlock': {
      const disclaimer = context.graph.disclaimers.get(block.disclaimer._ref)
      if (!disclaimer || disclaimer.jurisdiction !== context.clinic.jurisdiction) return []
      return ['', `> **${escapeMarkdown(disclaimer.title)}**`, '>', `> ${escapeMarkdown(disclaimer.text)}`, '']
    }
  }
}

const footnoteMarkdown = (claimId: string, number: number, graph: ContentGraph): string => {
  const claim = graph.claims.get(claimId)
  if (!claim) return `[^${number}]: ${claimId}`
  const certainty = claim.evidence?.certainty ? ` (قوة الدليل: ${labelOf(GRADE_CERTAINTY, claim.evidence.certainty)})` : ''
  const citations = (claim.evidence?.citations ?? [])
    .map((citation) => `${escapeMarkdown(citation.title)}${citation.year ? ` (${citation.year})` : ''}${citation.doi ? ` [doi:${citation.doi}](https://doi.org/${citation.doi})` : ''}`)
    .join('؛ ')
  return `[^${number}]: ${escapeMarkdown(claim.statement)}${certainty} ${citations}`
}

/** One article as the Markdown page of one clinic's section. */
export const articleMarkdown = (article: Article, clinic: Clinic, graph: ContentGraph): string => {
  const context: MarkdownContext = {graph, clinic, footnotes: new Map()}
  const body = article.body.flatMap((block) => blockMarkdown(block, context))
  const related = article.relatedArticles.flatMap((ref) => {
    const other = graph.articles.get(ref._ref)
    return other && other.targetClinics.some((target) => target._ref === clinic._id)
      ? [`- [${escapeMarkdown(other.title)}](/${clinic.slug.current}/${other.slug.current}/)`]
      : []
  })
  const frontMatter = [
    '---',
    `title: ${yamlString(article.title)}`,
    `date: ${article.lastReviewed ?? '2026-01-01'}`,
    `slug: ${yamlString(article.slug.current)}`,
    ...(article.excerpt ? [`description: ${yamlString(article.excerpt)}`] : []),
    '---',
  ]
  return [
    ...frontMatter,
    ...body,
    ...(related.length > 0 ? ['', '## مقالات ذات صلة', '', ...related] : []),
    '',
    ...[...context.footnotes].map(([claimId, number]) => footnoteMarkdown(claimId, number, graph)),
    '',
  ].join('\n')
}

/** Every file of the Hugo site: config, layouts, one section per clinic and its article pages. */
export const hugoSiteFiles = (graph: ContentGraph): HugoSiteFile[] => {
  const clinics = [...graph.clinics.values()]
  const files: HugoSiteFile[] = [
    {path: 'config.toml', contents: CONFIG},
    {path: 'layouts/_default/baseof.html', contents: BASEOF},
    {path: 'layouts/_default/single.html', contents: SINGLE},
    {path: 'layouts/_default/list.html', contents: LIST},
    {path: 'layouts/404.html', contents: NOT_FOUND},
    {path: 'static/assets/site.css', contents: 'body { font-family: serif; }\n'},
  ]
  for (const clinic of clinics) {
    files.push({path: `content/${clinic.slug.current}/_index.md`, contents: `---\ntitle: ${yamlString(clinic.name)}\n---\n`})
  }
  for (const article of graph.articles.values()) {
    for (const target of article.targetClinics) {
      const clinic = graph.clinics.get(target._ref)
      if (clinic) files.push({path: `content/${clinic.slug.current}/${article.slug.current}.md`, contents: articleMarkdown(article, clinic, graph)})
    }
  }
  return files
}
