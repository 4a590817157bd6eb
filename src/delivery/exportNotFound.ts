// /export/_not-found.md: the body of the 404 a missing Markdown export gets. On Netlify the /export/*
// path's headers label every answer there text/markdown, whatever its status, so the site's HTML 404
// page would reach a tool as Markdown-labelled HTML; this is Markdown, in Arabic and English, pointing at
// the API index, which lists every published article with its export's address (markdownUrl).
import type {Clinic} from '../content/documents/clinic.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {API_INDEX_FILE, EXPORT_NOT_FOUND_FILE, fileUrlPath, siteUrl} from './deliveryPaths.ts'

// Depends on the clinic's name and domain only: made once per clinic object, like the API's.
export const exportNotFoundFile = oncePerObject((clinic: Clinic): {path: string; contents: string} => {
  const index = siteUrl(clinic, fileUrlPath(API_INDEX_FILE))
  return {
    path: EXPORT_NOT_FOUND_FILE,
    contents: [
      '# لا يوجد هذا التصدير',
      '',
      `لا يوجد مقال بهذا العنوان في تصدير Markdown لموقع «${clinic.name}»: لم يُنشر لهذه العيادة قط أو سُحب منها. يسرد فهرس واجهة المحتوى كل مقال منشور وعنوان تصديره (\`markdownUrl\`):`,
      '',
      `<${index}>`,
      '',
      `No such Markdown export for this clinic: the article was never published here or has been withdrawn. The content API index lists every published article with its export (\`markdownUrl\`): <${index}>`,
      '',
    ].join('\n'),
  }
})
