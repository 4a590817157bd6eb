// Why a Studio request failed, said in Arabic for writers and reviewers (in an action's toast, in a
// form's finding): what happened and what to do, read from the error's shape (@sanity/client's HTTP
// errors carry `statusCode`, get-it's network errors `isNetworkError`, its timeouts `code`); the
// error's own English words are kept apart as the technical detail, for whoever they report it to. Pure.

export type RequestFailureCause = 'offline' | 'timeout' | 'session' | 'forbidden' | 'rateLimited' | 'server' | 'refused' | 'unexpected'

/** What happened and what to do, by cause. */
export const REQUEST_FAILURE_ADVICE: Readonly<Record<RequestFailureCause, string>> = {
  offline: 'لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
  timeout: 'لم يردّ خادم المحتوى في الوقت المحدد: أعد المحاولة بعد قليل.',
  session: 'انتهت جلسة دخولك: سجّل الدخول من جديد ثم أعد المحاولة.',
  forbidden: 'ليست لحسابك صلاحية هذا الطلب: اطلبها من مسؤول الاستوديو.',
  rateLimited: 'كثرت الطلبات على خادم المحتوى: انتظر دقيقة ثم أعد المحاولة.',
  server: 'تعطّل خادم المحتوى مؤقتًا: أعد المحاولة بعد دقائق، وإن تكرّر فأبلغ مسؤول الاستوديو.',
  refused: 'رفض خادم المحتوى الطلب: أبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة.',
  unexpected: 'حدث خطأ غير متوقَّع: أعد المحاولة، وإن تكرّر فأبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة.',
}

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT'])

const requestFailureCause = (error: unknown): RequestFailureCause => {
  if (typeof error !== 'object' || error === null) return 'unexpected'
  const {statusCode, isNetworkError, code} = error as {statusCode?: unknown; isNetworkError?: unknown; code?: unknown}
  if (typeof statusCode === 'number') {
    if (statusCode === 401) return 'session'
    if (statusCode === 403) return 'forbidden'
    if (statusCode === 429) return 'rateLimited'
    if (statusCode >= 500) return 'server'
    return 'refused'
  }
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return 'timeout'
  if (isNetworkError === true) return 'offline'
  return 'unexpected'
}

/** The error's own words, for the secondary line. */
export const technicalDetail = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** The two lines a failure shows under what failed: what happened and what to do, then the technical detail. */
export const requestFailureLines = (error: unknown): [advice: string, detail: string] => [
  REQUEST_FAILURE_ADVICE[requestFailureCause(error)],
  `التفاصيل التقنية: ${technicalDetail(error)}`,
]

/** The same in one sentence, for a form's finding: what happened and what to do, the detail in brackets. */
export const requestFailureSentence = (error: unknown): string =>
  `${REQUEST_FAILURE_ADVICE[requestFailureCause(error)]} (التفاصيل التقنية: ${technicalDetail(error)})`
