// A citation's title in the Studio's lists reads in its own direction: English or Arabic, it is
// isolated with dir="auto"; a missing title is left to Sanity's "Untitled".
import {createElement, type ReactNode} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import type {PreviewProps} from 'sanity'
import {describe, expect, test} from 'vitest'
import {CitationPreview} from '../../src/studio/previews/CitationPreview.tsx'

const render = (title: PreviewProps['title']): string =>
  renderToStaticMarkup(
    createElement(CitationPreview, {
      title,
      subtitle: 2011,
      renderDefault: ({title: shown, subtitle}: {title?: ReactNode; subtitle?: ReactNode}) => createElement('div', null, shown ?? 'Untitled', ' · ', subtitle),
    } as unknown as PreviewProps),
  )

describe('CitationPreview', () => {
  test.each([
    ['Mesotherapy: a consensus report.', '<div><span dir="auto">Mesotherapy: a consensus report.</span> · 2011</div>'],
    ['الميزوثيرابي في طب الجلد: مراجعة منهجية.', '<div><span dir="auto">الميزوثيرابي في طب الجلد: مراجعة منهجية.</span> · 2011</div>'],
    [undefined, '<div>Untitled · 2011</div>'],
    ['', '<div> · 2011</div>'],
  ])('%j', (title, expected) => {
    expect(render(title)).toBe(expected)
  })
})
