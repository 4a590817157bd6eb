// The site stylesheet, shared by every clinic (branding comes from clinic.css): small, responsive,
// RTL through logical properties, a ~70ch measure and Arabic-friendly line height.
import {FONT_FAMILY, fontFaceCss} from './fontFiles.ts'

/** The page's background. */
export const PAPER = '#ffffff'
/**
 * The darkest background a link is drawn on (the footer, evidence notes); the disclaimer box and a
 * targeted citation are lighter. clinicCss.ts checks the brand's link colour against it.
 */
export const WASH = '#f4f6f8'

const RULES = `
:root {
  --ink: #16191d;
  --muted: #4b5563;
  --paper: ${PAPER};
  --wash: ${WASH};
  --line: #d5dae0;
  --measure: 70ch;
  --gutter: 1rem;
  --focus: #b45309;
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  font-family: '${FONT_FAMILY}', 'Noto Naskh Arabic UI', Tahoma, 'Segoe UI', sans-serif;
  font-size: 1.125rem;
  line-height: 1.8;
  color: var(--ink);
  background: var(--paper);
  overflow-wrap: break-word;
  /* Short pages (404, search) keep the footer at the bottom of the screen. */
  display: flex;
  flex-direction: column;
  min-block-size: 100vh;
}

/* Centre every band on the reading measure without wrapper elements. */
.site-header, main, .site-footer {
  padding-inline: max(var(--gutter), calc((100% - var(--measure)) / 2));
}

h1, h2, h3, h4, h5 { line-height: 1.4; margin-block: 1.6em 0.5em; }
h1 { font-size: clamp(1.6rem, 1.1rem + 2.4vw, 2.3rem); margin-block-start: 0.8em; }
h2 { font-size: 1.45rem; }
h3 { font-size: 1.2rem; }
h4 { font-size: 1.1rem; }
h5 { font-size: 1rem; }
p, ul, ol, dl, blockquote { margin-block: 0 1em; }
ul, ol { padding-inline-start: 1.5rem; }
li { margin-block-end: 0.35em; }
li > ul, li > ol { margin-block: 0.35em 0; }

img { display: block; max-inline-size: 100%; block-size: auto; }

a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.25em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }

blockquote {
  margin-inline: 0;
  padding-inline-start: 1rem;
  border-inline-start: 4px solid var(--accent);
  color: var(--muted);
}

.skip-link {
  position: absolute;
  inset-inline-start: 0.5rem;
  inset-block-start: -10rem;
  padding: 0.5rem 1rem;
  background: var(--paper);
  color: var(--ink);
  z-index: 10;
}
.skip-link:focus { inset-block-start: 0.5rem; }
/* Shown over the header band, whose brand colour the outline's amber met at about 2:1 (WCAG 1.4.11
   asks 3:1): the ring is drawn inside the link's own paper box instead, 5:1 whatever the brand. */
.skip-link:focus-visible { outline-offset: -6px; }

.site-header {
  display: flex;
  align-items: center;
  gap: 1rem;
  padding-block: 0.75rem;
  background: var(--brand);
  color: var(--on-brand);
}
.brand {
  display: inline-flex;
  align-items: center;
  gap: 0.6rem;
  color: inherit;
  text-decoration: none;
  font-weight: 700;
  font-size: 1.2rem;
}
.brand-logo { inline-size: auto; block-size: 2.5rem; }
.site-header { flex-wrap: wrap; }
.search-link { margin-inline-start: auto; color: inherit; font-size: 1rem; }
.site-header :focus-visible { outline-color: currentColor; }

main { display: block; flex: 1 0 auto; padding-block-end: 2rem; }

.article-header { margin-block-end: 1.5rem; }
.byline, .review-dates, .about-procedures, .meta { color: var(--muted); font-size: 0.95rem; margin-block-end: 0.25rem; }
.hero { margin-block: 1rem 1.5rem; border-radius: 0.5rem; inline-size: 100%; }
.lead { font-size: 1.2rem; }

.claim-text { text-decoration: underline dotted var(--muted); text-underline-offset: 0.35em; }
.claim-evidence { font-size: 0.8em; color: var(--muted); }
.grade-explained { font-size: 0.9em; color: var(--muted); }
.claim-grade {
  display: inline-block;
  padding-inline: 0.45em;
  border: 1px solid var(--line);
  border-inline-start-width: 4px;
  border-radius: 0.3em;
  background: var(--wash);
  color: var(--ink);
  line-height: 1.6;
}
.grade-high .claim-grade, .evidence-note.grade-high { border-inline-start-color: #15803d; }
.grade-moderate .claim-grade, .evidence-note.grade-moderate { border-inline-start-color: #1d4ed8; }
.grade-low .claim-grade, .evidence-note.grade-low { border-inline-start-color: #b45309; }
.grade-veryLow .claim-grade, .evidence-note.grade-veryLow { border-inline-start-color: #b91c1c; }
.cite-link { text-decoration: none; padding-inline: 0.1em; }
sup { line-height: 0; }

.evidence-note {
  margin-block: 1.5rem;
  padding: 0.75rem 1rem;
  background: var(--wash);
  border: 1px solid var(--line);
  border-inline-start: 5px solid var(--accent);
  border-radius: 0.4rem;
}
.evidence-note p:last-child { margin-block-end: 0; }
.evidence-grade { font-weight: 700; margin-block-end: 0.25em; }

.procedure-safety ul { list-style: none; padding-inline-start: 0; }
.risk, .contraindication {
  padding: 0.6rem 0.9rem;
  margin-block-end: 0.75rem;
  border: 1px solid var(--line);
  border-radius: 0.4rem;
}
.risk p, .contraindication p { margin-block-end: 0.35em; }
.risk p:last-child, .contraindication p:last-child { margin-block-end: 0; }
.severity {
  display: inline-block;
  margin-inline-start: 0.5rem;
  padding-inline: 0.5em;
  border-radius: 1em;
  font-size: 0.85rem;
  background: var(--wash);
  border: 1px solid var(--line);
}
.severity-moderate { background: #fff7e6; border-color: #e7b45a; }
.severity-severe { background: #fdecec; border-color: #e08585; }

.faq dt { font-weight: 700; margin-block-start: 1rem; }
.faq dd { margin-inline-start: 0; }

.citations { font-size: 0.95rem; }
.citation-list { list-style: none; padding-inline-start: 0; }
.citation-list li { overflow-wrap: anywhere; }
.citation-list li:target { background: #fff7d6; }
.cite-number { font-weight: 700; }

.related ul, .article-list, .procedure-list { list-style: none; padding-inline-start: 0; }
.article-list > li, .procedure-list > li { padding-block: 0.75rem; border-block-end: 1px solid var(--line); }
.article-list h3, .procedure-list h3 { margin-block: 0 0.25rem; }
.excerpt { margin-block-end: 0.25rem; }
.pagination { display: flex; gap: 0.5rem; align-items: center; justify-content: space-between; margin-block: 1.5rem; }
.pagination a { padding-block: 0.5rem; }

.search-form { margin-block: 1rem; }
.search-form label { display: block; font-weight: 700; margin-block-end: 0.25rem; }
.search-row { display: flex; gap: 0.5rem; }
.search-row input {
  flex: 1;
  min-inline-size: 0;
  padding: 0.4rem 0.6rem;
  font: inherit;
  color: var(--ink);
  background: var(--paper);
  border: 2px solid var(--muted);
  border-radius: 0.4rem;
}
.search-row button {
  padding: 0.4rem 1.1rem;
  font: inherit;
  font-weight: 700;
  color: var(--on-brand);
  background: var(--brand);
  /* Transparent, not none: in forced-colors mode (Windows contrast themes) the brand background is
     dropped and this border is what is left to show the button's edge. */
  border: 2px solid transparent;
  border-radius: 0.4rem;
  cursor: pointer;
}
.search-status { color: var(--muted); min-block-size: 1.8em; }
.search-results h2 { font-size: 1.2rem; margin-block: 0 0.25rem; }

.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }

.disclaimer {
  margin-block: 2rem 1rem;
  padding: 1rem;
  background: #fffbeb;
  border: 1px solid #e8d48a;
  border-radius: 0.4rem;
}
.disclaimer h2 { margin-block-start: 0; font-size: 1.15rem; }
.disclaimer-version { color: var(--muted); font-size: 0.85rem; margin-block-end: 0; }

.site-footer {
  padding-block: 1.5rem 2rem;
  background: var(--wash);
  border-block-start: 4px solid var(--brand);
}
/* On the children, not the band: the band's padding is in ch of the body text, like main's. */
.site-footer > * { font-size: 0.95rem; }
.contact { font-style: normal; }
.contact p { margin-block-end: 0.25rem; }
.footer-disclaimer { color: var(--muted); margin-block: 1rem 0; }

/*
 * On paper a link cannot be followed: a source link (a citation's «رابط المصدر», a body link to
 * another site labelled with words), whose label says nothing of where it leads, is followed by its address (isolated left to right, so its slashes stay on the right side), and what
 * only works on a screen (the skip link, the way to the search page, its form) is left out. Boxes
 * are not split across two sheets. Backgrounds are not printed and Chromium only greys the header's
 * white text (to #ababab, 2.1:1 on paper), so the header prints in the ink on no background.
 */
@media print {
  .skip-link, .search-link, .search-form { display: none; }
  .site-header { color: var(--ink); background: none; }
  .source-link::after {
    content: ' ' attr(href);
    direction: ltr;
    unicode-bidi: isolate;
  }
  .risk, .contraindication, .evidence-note, .disclaimer, .citation-list li, .claim-grade { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}

@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}
`

export const siteCss = (): string => `/* Sanad site stylesheet */\n${fontFaceCss()}\n${RULES.trimStart()}`
