// The per-clinic stylesheet: branding colours as CSS custom properties. A file rather than a
// <style> element because the site CSP forbids inline styles. Text colours are chosen by WCAG
// contrast so no brand colour can make the header, the search button or links unreadable: the
// renderer, not the gate, answers for it, since any colour a clinic picks has a readable text colour.
import type {Clinic} from '../../content/documents/clinic.ts'
import {numberFormat} from '../../locale/intlCache.ts'
import {PAPER, WASH} from './siteCss.ts'

export const DEFAULT_PRIMARY = '#1f4e79'
const DEFAULT_LINK = '#0b4f8a'
const WHITE = '#ffffff'
const INK = '#111418'
const BLACK = '#000000'
/** WCAG AA for body-size text. */
const MIN_TEXT_CONTRAST = 4.5

const channel = (hex: string, index: number): number => {
  const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

const luminance = (hex: string): number => 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2)

export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

// Numbered lists count in the digits Intl uses for the locale (Arabic-Indic in ar-EG), so list
// markers match every other number on the page.
const listMarkerCss = (locale: string): string =>
  numberFormat(locale).format(1) === '1' ? '' : 'ol { list-style-type: arabic-indic; }\n'

// White or the site's ink, whichever reads better; a mid-tone brand (#7a7a7a) reaches 4.5:1 with
// neither (4.29 and 4.30), but always with black (at least 4.58 where white falls short).
const textColourOn = (background: string): string => {
  const better = contrastRatio(background, WHITE) >= contrastRatio(background, INK) ? WHITE : INK
  return contrastRatio(background, better) >= MIN_TEXT_CONTRAST ? better : BLACK
}

export const clinicCss = (clinic: Clinic): string => {
  const primary = clinic.branding?.primaryColor.toLowerCase() ?? DEFAULT_PRIMARY
  const accent = clinic.branding?.accentColor?.toLowerCase() ?? primary
  const onPrimary = textColourOn(primary)
  const link = Math.min(contrastRatio(primary, PAPER), contrastRatio(primary, WASH)) >= MIN_TEXT_CONTRAST ? primary : DEFAULT_LINK
  return `:root {
  --brand: ${primary};
  --on-brand: ${onPrimary};
  --accent: ${accent};
  --link: ${link};
}
${listMarkerCss(clinic.locale)}`
}
