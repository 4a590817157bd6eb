// Lays one Studio field out right-to-left as Arabic. Sanity's field header places its field-actions
// button and presence avatars with `position: absolute; right: …` (left-to-right only), where they
// would cover the start of an Arabic title; in a right-to-left header they join the header's flex row
// instead, at its left end, and the validation marker keeps its gap from the title.
// Selectors are Sanity's own `data-ui` hooks (sanity 6.9.2); test/browser/studio.test.ts checks them.
import {Box} from '@sanity/ui'
import type {ReactNode} from 'react'
import {styled} from 'styled-components'

const RightToLeftBox = styled(Box)`
  & [data-ui='fieldHeaderContentBox']:dir(rtl) ~ :is([data-actions-visible], [data-ui='PresenceBox']) {
    position: static;
  }
  /* 8px is Sanity's space[2], the gap its title row leaves on the marker's left in left-to-right. */
  & [data-ui='fieldHeaderContentBox']:dir(rtl) > [data-ui='Stack'] > [data-ui='Flex']:first-child > :first-child:not(:last-child) {
    margin-inline-end: 8px;
  }
`

export function ArabicField({children}: {children: ReactNode}) {
  return (
    <RightToLeftBox dir="rtl" lang="ar">
      {children}
    </RightToLeftBox>
  )
}
