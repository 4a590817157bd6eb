// The self-hosted Arabic web font: which files of @fontsource/noto-naskh-arabic the publisher copies
// and the @font-face rules that point at them. One list feeds both, so they cannot drift apart.
import unicodeRanges from '@fontsource/noto-naskh-arabic/unicode.json' with {type: 'json'}
import type {CopiedFile} from './types.ts'
import {FONTS_DIR, FONTS_URL} from './sitePaths.ts'

export const FONT_PACKAGE = '@fontsource/noto-naskh-arabic'
export const FONT_FAMILY = 'Noto Naskh Arabic'

// Arabic for the text, Latin for study titles, PMIDs and DOIs; browsers fetch a subset only when
// the page uses a character in its unicode-range.
const FACES = [
  {subset: 'arabic', weight: 400},
  {subset: 'arabic', weight: 700},
  {subset: 'latin', weight: 400},
  {subset: 'latin', weight: 700},
] as const

const fileName = ({subset, weight}: (typeof FACES)[number]): string => `noto-naskh-arabic-${subset}-${weight}-normal.woff2`

/** The files to copy, as paths inside the package; the font licence travels with the fonts. */
export const fontPackageFiles = (): string[] => [...FACES.map((face) => `files/${fileName(face)}`), 'LICENSE']

export const fontCopies = (): CopiedFile[] =>
  fontPackageFiles().map((file) => ({
    path: `${FONTS_DIR}${file === 'LICENSE' ? 'LICENSE.txt' : file.slice('files/'.length)}`,
    copyFrom: {package: FONT_PACKAGE, file},
  }))

/** The font the browser needs first, worth a preload. */
export const PRELOADED_FONT_URL = `${FONTS_URL}${fileName(FACES[0])}`

export const fontFaceCss = (): string =>
  FACES.map(
    (face) => `@font-face {
  font-family: '${FONT_FAMILY}';
  font-style: normal;
  font-display: swap;
  font-weight: ${face.weight};
  src: url(${FONTS_URL}${fileName(face)}) format('woff2');
  unicode-range: ${unicodeRanges[face.subset]};
}`,
  ).join('\n')
