// Wraps an input so its text, caret and Portable Text blocks run right-to-left as Arabic; Studio has
// no RTL mode of its own (sanity-io/sanity#2613), and `dir`/`lang` are inherited by the input inside.
import {Box} from '@sanity/ui'
import type {ReactNode} from 'react'

export function ArabicTextDirection({children}: {children: ReactNode}) {
  return (
    <Box dir="rtl" lang="ar">
      {children}
    </Box>
  )
}
