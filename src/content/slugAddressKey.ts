// When two page slugs name one address. A case-insensitive file system (macOS, Windows) stores
// articles/Meso-Tips/ and articles/meso-tips/ as one folder, so the second page written replaces the
// first, and many hosts and readers take the two URLs for one; slug-duplicate compares this key,
// not the slugs as typed. Pure.

/** Equal for two slugs that differ only in letter case or Unicode normalization. */
export const slugAddressKey = (slug: string): string => slug.normalize('NFC').toLowerCase()
