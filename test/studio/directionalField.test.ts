// The Studio-wide field component: an Arabic header is wrapped right-to-left (dir="rtl" lang="ar")
// and the input under it is put back in the Studio's own direction and language, where
// DirectionalInput takes over; a header with no Arabic is left exactly as Sanity renders it.
import {ThemeProvider, studioTheme} from '@sanity/ui'
import {createElement, type ReactNode} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {usEnglishLocale, type FieldProps} from 'sanity'
import {LocaleContext, type LocaleContextValue} from 'sanity/_singletons'
import {describe, expect, test} from 'vitest'
import {DirectionalField} from '../../src/studio/inputs/DirectionalField.tsx'

/** The markup DirectionalField gives, with Sanity's default field as `<section>` around `children`. */
const render = (title: string, description?: string): string => {
  const props = {
    title,
    description,
    children: createElement('input', {id: 'the-input'}),
    renderDefault: ({title: header, children}: {title?: string; children: ReactNode}) => createElement('section', {'data-header': header}, children),
  } as unknown as FieldProps
  const locale = {currentLocale: usEnglishLocale, locales: [usEnglishLocale]} as unknown as LocaleContextValue
  return renderToStaticMarkup(
    createElement(ThemeProvider, {theme: studioTheme}, createElement(LocaleContext.Provider, {value: locale}, createElement(DirectionalField, props))),
  )
}

/** The wrappers as `dir/lang` pairs from outside in, and what they hold. */
const shape = (html: string): string =>
  html
    .replace(/<div[^>]* dir="(\w+)"[^>]* lang="([\w-]+)"[^>]*>/g, '[$1 $2]')
    .replace(/<\/div>/g, '[/]')

describe('DirectionalField', () => {
  test.each([
    ['نص الادعاء', undefined],
    ['PMID', 'رقم المقال في PubMed، أرقام فقط.'],
  ])('%s: header right-to-left, input back in the Studio direction', (title, description) => {
    expect(shape(render(title, description))).toBe(`[rtl ar]<section data-header="${title}">[ltr en-US]<input id="the-input"/>[/]</section>[/]`)
  })

  test('a header with no Arabic: Sanity\'s field untouched', () => {
    expect(render('Slug')).toBe('<section data-header="Slug"><input id="the-input"/></section>')
  })
})
