// Puts an input back in Sanity's own direction and language (left-to-right, the Studio's UI locale)
// under an Arabic field header, so the header's dir/lang do not leak into Sanity's English controls
// or into a Latin value; DirectionalInput then sets the input's own direction inside it.
import {Box} from '@sanity/ui'
import type {ReactNode} from 'react'
import {useCurrentLocale} from 'sanity'

export function StudioTextDirection({children}: {children: ReactNode}) {
  const locale = useCurrentLocale()
  return (
    <Box dir="ltr" lang={locale.id}>
      {children}
    </Box>
  )
}
