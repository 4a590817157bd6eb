// The Content Lake API version the Studio's filtered document lists query with; pinned so a Studio
// upgrade cannot silently change what a list shows.
export const STRUCTURE_API_VERSION = '2025-02-19'
