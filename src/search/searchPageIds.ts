// The element ids the search page renders and its script looks up: one list, so they cannot drift.
export const SEARCH_FORM_ID = 'search-form'
export const SEARCH_INPUT_ID = 'search-query'
export const SEARCH_STATUS_ID = 'search-status'
export const SEARCH_RESULTS_ID = 'search-results'
/** The query parameter: the form submits `/search/?q=…`, so a search can be linked and bookmarked. */
export const SEARCH_QUERY_PARAM = 'q'
