// /export/_not-found.md: the body of the 404 a missing Markdown export gets. On Netlify the /export/*
// path's headers label every answer there text/markdown, whatever its status, so the site's HTML 404
// page would reach a tool as Markdown-labelled HTML; this is Markdown, in Arabic and English, pointing at
// the API index, which lists every published article with its export's address (markdownUrl).
import type {InlineCode, Link, Root, Text} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {Clinic} from '../content/documents/clinic.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {API_INDEX_FILE, EXPORT_NOT_FOUND_FILE, fileUrlPath, siteUrl} from './deliveryPaths.ts'

const text = (value: string): Text => ({type: 'text', value})
const MARKDOWN_URL: InlineCode = {type: 'inlineCode', value: 'markdownUrl'}
// An absolute address is written `<…>`; a root-relative one (a clinic without a domain) as `[…](…)`,
// which `<…>` is not in Markdown.
const link = (url: string): Link => ({type: 'link', url, children: [text(url)]})

// Written through mdast, as the exports are: the clinic's name is text, and a `*`, `_`, `<b>` or
// `[…](…)` in it must not become emphasis, HTML or a link.
// Depends on the clinic's name and domain only: made once per clinic object, like the API's.
export const exportNotFoundFile = oncePerObject((clinic: Clinic): {path: string; contents: string} => {
  const index = siteUrl(clinic, fileUrlPath(API_INDEX_FILE))
  const document: Root = {
    type: 'root',
    children: [
      {type: 'heading', depth: 1, children: [text('لا يوجد هذا التصدير')]},
      {
        type: 'paragraph',
        children: [
          text(`لا يوجد مقال بهذا العنوان في تصدير Markdown لموقع «${clinic.name}»: لم يُنشر لهذه العيادة قط أو سُحب منها. يسرد فهرس واجهة المحتوى كل مقال منشور وعنوان تصديره (`),
          MARKDOWN_URL,
          text('):'),
        ],
      },
      {type: 'paragraph', children: [link(index)]},
      {
        type: 'paragraph',
        children: [
          text('No such Markdown export for this clinic: the article was never published here or has been withdrawn. The content API index lists every published article with its export ('),
          MARKDOWN_URL,
          text('): '),
          link(index),
        ],
      },
    ],
  }
  return {path: EXPORT_NOT_FOUND_FILE, contents: toMarkdown(document)}
})
