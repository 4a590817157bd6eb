// The 404 page, in Arabic, with a way home; kept out of search indexes.
import {h} from 'hastscript'
import {renderPage, type Page} from '../layout.ts'
import {HOME_URL, NOT_FOUND_FILE} from '../sitePaths.ts'
import type {TextFile, RenderSiteInput} from '../types.ts'

export const notFoundPage = (input: RenderSiteInput): Page => ({
  path: NOT_FOUND_FILE,
  shell: {
    noindex: true,
    title: `الصفحة غير موجودة | ${input.clinic.name}`,
    main: [
      h('section', {className: ['not-found']}, [
        h('h1', 'الصفحة غير موجودة'),
        h('p', 'ربما نُقلت هذه الصفحة أو حُذفت، أو أن الرابط غير صحيح.'),
        h('p', h('a', {href: HOME_URL}, 'العودة إلى الصفحة الرئيسية')),
      ]),
    ],
  },
})

export const renderNotFoundPage = (input: RenderSiteInput): TextFile => renderPage(input, notFoundPage(input))
