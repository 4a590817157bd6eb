// What the Studio calls a document whose name field is still empty. Sanity's own fallback is English
// («New», «Untitled»), which made a new article's pane read «مقال New». Pure.
import type {DocumentType} from '../../content/parseDocuments.ts'

/** Per document type, the Arabic name of one not named yet. */
export const UNTITLED = {
  article: 'مقال بلا عنوان',
  claim: 'ادعاء لم يُكتب نصه',
  clinic: 'عيادة بلا اسم',
  contraindication: 'مانع استخدام بلا اسم',
  disclaimer: 'إخلاء مسؤولية بلا اسم',
  person: 'شخص بلا اسم',
  procedure: 'إجراء بلا اسم',
  risk: 'خطر بلا اسم',
} as const satisfies Record<DocumentType, string>

/** The preview title: the document's own, or its type's «بلا اسم» while that is empty. */
export const previewTitle = (type: DocumentType, title: unknown): string => (typeof title === 'string' && title.trim() !== '' ? title : UNTITLED[type])
