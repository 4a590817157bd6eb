// The structure tool's names for a document not named yet, in Arabic: its own «New {{schemaType}}» made
// a new article's pane read «مقال New». As with the validation messages (arabicValidationMessages.ts),
// there is no Arabic Studio locale on the registry, so these override the strings of the one locale
// the Studio runs in (en-US, namespace `structure`); keys and {{placeholders}} are Sanity's.
import {defineLocaleResourceBundle} from 'sanity'

// «مسودة جديدة» after the type's name: an adjective after it would have to agree with «عيادة» and «مقال» alike.
export const ARABIC_STRUCTURE_MESSAGES = {
  'panes.document-header-title.new.text': '{{schemaType}}: مسودة جديدة',
  'panes.document-header-title.untitled.text': 'بلا عنوان',
  'document-view.form-view.form-title-fallback': 'بلا عنوان',
  'doc-title.fallback.text': 'بلا عنوان',
  'browser-document-title.untitled-document': 'بلا عنوان',
} as const

export const arabicStructureMessages = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'structure',
  resources: ARABIC_STRUCTURE_MESSAGES,
})
