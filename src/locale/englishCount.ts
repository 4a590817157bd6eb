// Counts in operator-facing English text (CLI summaries): «1 draft», «2 drafts». Writer-facing
// Arabic counts are arabicCount.ts.
import {pluralRules} from './intlCache.ts'

export const englishCount = (count: number, one: string, other: string): string => `${count} ${pluralRules('en').select(count) === 'one' ? one : other}`
