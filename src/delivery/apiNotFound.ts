// /api/v1/not-found.json: the body of the 404 a missing API path gets, so a clinic site's code reads
// a JSON error instead of the site's HTML 404 page. It names only the clinic's own URLs, so it changes
// with the clinic's domain alone.
import type {Clinic} from '../content/documents/clinic.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import type {ApiError} from './apiShapes.ts'
import {API_INDEX_FILE, API_NOT_FOUND_FILE, fileUrlPath, siteUrl} from './deliveryPaths.ts'

export const API_NOT_FOUND_MESSAGE =
  "No such document in this clinic's content API. The index lists every published article and every procedure the clinic offers; an article missing from it was never published for this clinic or has been withdrawn."
export const API_NOT_FOUND_MESSAGE_AR =
  'لا يوجد هذا المستند في واجهة المحتوى لهذه العيادة. يسرد الفهرس كل مقال منشور وكل إجراء تقدّمه العيادة؛ والمقال الغائب عنه لم يُنشر لهذه العيادة قط أو سُحب منها.'

export const apiNotFound = (clinic: Clinic): ApiError => ({
  $schema: apiSchemaUrl(clinic, 'error'),
  apiVersion: 'v1',
  error: {
    status: 404,
    code: 'not-found',
    message: API_NOT_FOUND_MESSAGE,
    messageAr: API_NOT_FOUND_MESSAGE_AR,
    index: siteUrl(clinic, fileUrlPath(API_INDEX_FILE)),
  },
})

// Depends on the code and the clinic's domain only: made once per clinic object, like the schemas.
export const apiNotFoundFile = oncePerObject((clinic: Clinic): {path: string; contents: string} => ({
  path: API_NOT_FOUND_FILE,
  contents: `${JSON.stringify(apiNotFound(clinic), null, 2)}\n`,
}))
