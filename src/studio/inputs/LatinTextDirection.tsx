// Wraps an input that holds a Latin/technical value (URL, slug, PMID, colour…) so it stays
// left-to-right even when it sits inside an Arabic (right-to-left) container.
import {Box} from '@sanity/ui'
import type {ReactNode} from 'react'

export function LatinTextDirection({children}: {children: ReactNode}) {
  return <Box dir="ltr">{children}</Box>
}
