import { isIpv4, isIpv6, isMacAddress } from '#src/features/schema/address.ts'
import type { Sensitive } from '#src/features/schema/field-meta.ts'

export const MASK = '•'

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Only the last four characters stay: enough to tell two ids apart on a slide, not to look one up. */
export function maskId(text: string): string {
  if (text.length <= 4) return MASK.repeat(text.length)
  const head = text.slice(0, -4)
  return (GUID.test(text) ? head.replace(/[0-9a-fA-F]/g, MASK) : MASK.repeat(head.length)) + text.slice(-4)
}

/** The domain stays (`•••@contoso.com`): it says which tenant, which a workshop usually shows anyway. */
export function maskUpn(text: string): string {
  const at = text.lastIndexOf('@')
  return at < 0 ? maskId(text) : `${MASK.repeat(3)}${text.slice(at)}`
}

/** First and last parts stay: `10.•.•.2`, `2001:•:•::7334`, `00-••-••-••-••-55`. */
export function maskAddress(text: string): string {
  if (isIpv4(text)) return keepEnds(text.split('.'), '.', () => MASK)
  if (isIpv6(text)) {
    const [address = '', zone] = text.split('%')
    const groups = address.split(':')
    const masked = groups
      .map((group, index) => {
        if (group.includes('.')) return maskAddress(group)
        return index === 0 || index === groups.length - 1 || group === '' ? group : MASK
      })
      .join(':')
    return zone === undefined ? masked : `${masked}%${MASK}`
  }
  if (/^[0-9a-fA-F]{12}$/.test(text)) return text.slice(0, 2) + MASK.repeat(8) + text.slice(-2)
  const separator = text.includes('.') ? '.' : text.includes(':') ? ':' : '-'
  return keepEnds(text.split(separator), separator, (part) => MASK.repeat(part.length))
}

/** Initials stay: `Abbie Wilkins` → `A•••• W••••••`. */
export function maskName(text: string): string {
  return text.replace(/(\S)(\S*)/gu, (_, first: string, rest: string) => first + rest.replace(/./gu, MASK))
}

export function isAddressShaped(text: string): boolean {
  return isIpv4(text) || isIpv6(text) || isMacAddress(text)
}

export function isEmailShaped(text: string): boolean {
  return EMAIL.test(text)
}

export function maskAs(kind: Sensitive, text: string): string {
  if (text === '') return text
  switch (kind) {
    case 'id':
      return maskId(text)
    case 'upn':
      return maskUpn(text)
    case 'ip':
    case 'mac':
      return isAddressShaped(text) ? maskAddress(text) : maskId(text)
    case 'name':
      return maskName(text)
  }
}

function keepEnds(parts: string[], separator: string, mask: (part: string) => string): string {
  return parts
    .map((part, index) => (index === 0 || index === parts.length - 1 ? part : mask(part)))
    .join(separator)
}
