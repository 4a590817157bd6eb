// Publish checks that threw (a bug in a rule, content no rule expected) are a blocking finding that
// names the document and says whom to tell: never a Publish left waiting on them for good, nor the
// English of Sanity's "Exception occurred while validating value". Pure.
import type {SanityDocument} from 'sanity'
import {documentLocation} from '../../content/fieldTitles/documentLocation.ts'
import type {Finding} from '../../findings/finding.ts'
import {technicalDetail} from '../messages/requestFailure.ts'

export const checksCrashed = (document: SanityDocument, error: unknown): Finding[] => [{
  ruleId: 'gate-crashed',
  severity: 'error',
  message: `تعذّر إكمال فحوص النشر ${documentLocation(document._id, '', document)}: تعطّل أحد الفحوص نفسه، فلا يُنشر قبل أن تكتمل. أبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة؛ يُعاد الفحص مع كل تعديل تحفظه. (التفاصيل التقنية: ${technicalDetail(error)})`,
  documentId: document._id,
  path: '',
  url: '',
}]

/** `check`'s findings, or the finding above when it throws. */
export const findingsOrCrash = <Found extends Finding>(document: SanityDocument, check: () => Found[]): Found[] | Finding[] => {
  try {
    return check()
  } catch (error) {
    return checksCrashed(document, error)
  }
}
