// The language an article is written in, as a BCP 47 tag: the regional variety its writer chose
// (an Egyptian-dialect article is ar-EG on a Saudi site too), or the clinic's locale when the
// writer said only "Arabic". The page marks its <article> with it when it differs from the page's
// own lang, and JSON-LD says it, so screen readers and search engines hear the text as written.
import type {Article} from '../../content/documents/article.ts'
import type {Clinic} from '../../content/documents/clinic.ts'

export const articleLanguage = (article: Article, clinic: Clinic): string => (article.language === 'ar' ? clinic.locale : article.language)
