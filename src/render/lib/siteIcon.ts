// The browser-tab icon of a clinic site: its logo when it has one, else a small square in the brand
// colour. Without an icon link a browser asks every site for /favicon.ico and logs the 404.
import type {Clinic} from '../../content/documents/clinic.ts'
import {DEFAULT_PRIMARY} from './clinicCss.ts'
import {ICON_FILE, ICON_URL} from './sitePaths.ts'
import type {RenderedFile, RenderSiteInput} from './types.ts'

type IconInput = Pick<RenderSiteInput, 'clinic' | 'imageUrl'>

const logoUrl = ({clinic, imageUrl}: IconInput): string | undefined => (clinic.branding?.logo ? imageUrl(clinic.branding.logo) : undefined)

export const siteIconHref = (input: IconInput): string => logoUrl(input) ?? ICON_URL

const brandSquare = (clinic: Clinic): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${clinic.branding?.primaryColor ?? DEFAULT_PRIMARY}"/></svg>\n`

/** The generated icon file, needed only when the clinic has no usable logo. */
export const siteIconFiles = (input: IconInput): RenderedFile[] => (logoUrl(input) ? [] : [{path: ICON_FILE, contents: brandSquare(input.clinic)}])
