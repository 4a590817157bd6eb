// Which link targets may reach a page, and how contact details become links. Content links are
// limited to these protocols here and again by the sanitizer schema, which imports the same list.
import type {Clinic} from '../../content/documents/clinic.ts'
import {clinicOrigin} from './sitePaths.ts'
import {asciiDigits} from '../../locale/asciiDigits.ts'

export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const

/** The normalised href, or `undefined` for anything that is not an absolute http/https/mailto/tel URL. */
export const safeLinkHref = (href: string): string | undefined => {
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return undefined
  }
  const protocol = url.protocol.slice(0, -1)
  return (LINK_PROTOCOLS as readonly string[]).includes(protocol) ? url.href : undefined
}

/** Web links that leave the clinic's own site (they get rel="noopener"). */
export const isExternalHref = (href: string, clinic: Clinic): boolean => {
  const url = new URL(href)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.origin !== clinicOrigin(clinic)
}


interface DialNumber {
  digits: string
  international: boolean
}

// LRM, an isolate or an embedding typed to keep the number left-to-right in an Arabic line would
// otherwise hide a leading "+" or "00".
const BIDI_CONTROLS = /\p{Bidi_Control}/gu

const dialNumber = (phone: string): DialNumber | undefined => {
  const ascii = asciiDigits(phone).replace(BIDI_CONTROLS, '').trim()
  const international = ascii.startsWith('+') || ascii.startsWith('00')
  const digits = ascii.replace(/\D/g, '').slice(ascii.startsWith('00') ? 2 : 0)
  return digits ? {digits, international} : undefined
}

export const telHref = (phone: string): string | undefined => {
  const number = dialNumber(phone)
  return number ? `tel:${number.international ? '+' : ''}${number.digits}` : undefined
}

/**
 * wa.me wants the international number without "+" or "00"; a number written the local way
 * ("050 000 0303" in Dubai) loses its trunk 0 and gets the country's calling code, since wa.me
 * cannot know which country the clinic is in.
 */
export const whatsappHref = (phone: string, callingCode: string): string | undefined => {
  const number = dialNumber(phone)
  if (!number) return undefined
  return `https://wa.me/${number.international ? number.digits : `${callingCode}${number.digits.replace(/^0/, '')}`}`
}
